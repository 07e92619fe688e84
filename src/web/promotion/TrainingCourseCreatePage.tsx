import { Button, Card, Checkbox, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CreateTrainingCourseInput } from '../../contracts/promotion.contracts';
import { TRAINING_AUDIENCE_LABELS, TRAINING_AUDIENCES } from '../../domain/promotion/promotion.types';
import { DecimalInput } from '../forms/DecimalInput';
import { ErrorAlert } from '../forms/ErrorAlert';
import { localizedResolver } from '../forms/localized-resolver';
import { todayIsoDate } from '../i18n/format';
import { PageHeading } from '../layout/PageHeading';
import { GrantUnitSelect } from './GrantUnitSelect';
import { useCreateRecord } from './useCreateRecord';
import { PROMOTION_NS } from './promotion-i18n';
import { promotionApi } from './promotion.api';
import { TRAINING_KEY } from './TrainingCoursesPage';

const FIELDS = [
  'unitId',
  'title',
  'topic',
  'audience',
  'startsOn',
  'endsOn',
  'place',
  'trainers',
  'budgetVnd',
  'participants',
] as const;

/** "Nguyễn Văn A, HTX Chè" per line → people without an account. */
export function participantsFromLines(text: string): CreateTrainingCourseInput['participants'] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const [fullName = '', ...rest] = line.split(',');
      return { kind: 'person' as const, fullName: fullName.trim(), organisation: rest.join(',').trim() };
    });
}

/** Records a training course of one of the account's units, with participants typed by name. */
export function TrainingCourseCreatePage() {
  const { t, i18n } = useTranslation(PROMOTION_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const [names, setNames] = useState('');
  const form = useForm<CreateTrainingCourseInput>({
    resolver: localizedResolver(CreateTrainingCourseInput),
    defaultValues: {
      unitId: '',
      title: '',
      topic: '',
      audience: 'producers',
      startsOn: todayIsoDate(),
      endsOn: todayIsoDate(),
      place: '',
      isOnline: false,
      trainers: '',
      budgetVnd: null,
    },
  });
  const save = useCreateRecord({
    create: (values: CreateTrainingCourseInput) => promotionApi.createTrainingCourse(values),
    setError: form.setError,
    fields: FIELDS,
    listKey: TRAINING_KEY,
    listPath: '/training',
  });
  const { errors } = form.formState;
  const submit = form.handleSubmit((values) =>
    save.mutate({ ...values, participants: participantsFromLines(names) }),
  );
  return (
    <Stack>
      <PageHeading>{t('trainingNew')}</PageHeading>
      <form noValidate onSubmit={submit} aria-labelledby="page-heading">
        <Card withBorder>
          <Stack gap="sm">
            <ErrorAlert error={save.error} />
            <Controller
              control={form.control}
              name="unitId"
              render={({ field }) => (
                <GrantUnitSelect
                  action="promotion.manage"
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={errors.unitId?.message}
                />
              )}
            />
            <TextInput
              label={t('title')}
              required
              maxLength={300}
              error={errors.title?.message}
              {...form.register('title')}
            />
            <Textarea
              label={t('topic')}
              autosize
              minRows={2}
              error={errors.topic?.message}
              {...form.register('topic')}
            />
            <Controller
              control={form.control}
              name="audience"
              render={({ field }) => (
                <Select
                  label={t('audience')}
                  required
                  data={TRAINING_AUDIENCES.map((a) => ({
                    value: a,
                    label: TRAINING_AUDIENCE_LABELS[a][lang],
                  }))}
                  value={field.value}
                  onChange={(v) => field.onChange(v ?? 'producers')}
                  error={errors.audience?.message}
                />
              )}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="date"
                label={t('startsOn')}
                required
                error={errors.startsOn?.message}
                {...form.register('startsOn')}
              />
              <TextInput
                type="date"
                label={t('endsOn')}
                required
                error={errors.endsOn?.message}
                {...form.register('endsOn')}
              />
              <TextInput label={t('place')} error={errors.place?.message} {...form.register('place')} />
              <TextInput
                label={t('trainers')}
                error={errors.trainers?.message}
                {...form.register('trainers')}
              />
            </SimpleGrid>
            <Checkbox label={t('isOnline')} {...form.register('isOnline')} />
            <Controller
              control={form.control}
              name="budgetVnd"
              render={({ field }) => (
                <DecimalInput
                  label={t('budgetVnd')}
                  isWhole
                  min={0}
                  value={field.value ?? ''}
                  onChange={(v) => field.onChange(v === '' ? null : v)}
                  onBlur={field.onBlur}
                  error={errors.budgetVnd?.message}
                />
              )}
            />
            <Textarea
              label={t('participantNames')}
              description={t('participantNamesHint')}
              autosize
              minRows={3}
              value={names}
              onChange={(event) => setNames(event.currentTarget.value)}
              error={errors.participants?.message}
            />
            <Group justify="flex-end">
              <Button component={Link} to="/training" variant="default">
                {t('cancel')}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {t('save')}
              </Button>
            </Group>
          </Stack>
        </Card>
      </form>
    </Stack>
  );
}
