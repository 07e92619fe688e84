import { Button, Card, Group, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CreateNewsArticleInput } from '../../contracts/news.contracts';
import { NEWS_KIND_LABELS_VI, NEWS_KINDS } from '../../domain/news/news.types';
import { ErrorAlert } from '../forms/ErrorAlert';
import { GrantUnitSelect } from '../promotion/GrantUnitSelect';
import { MentionPicker, type MentionOption } from './MentionPicker';
import { NEWS_NS } from './news-i18n';

export const NEWS_FIELDS = [
  'unitId',
  'kind',
  'title',
  'summary',
  'body',
  'productIds',
  'producerIds',
] as const;

/** The fields of an article; the unit is chosen only when drafting (`withUnit`). */
export function NewsArticleForm(props: {
  form: UseFormReturn<CreateNewsArticleInput>;
  withUnit: boolean;
  /** Names of the products and producers already mentioned (editing). */
  mentioned?: { products: readonly MentionOption[]; producers: readonly MentionOption[] };
  error: unknown;
  isSaving: boolean;
  onSubmit: (values: CreateNewsArticleInput) => void;
}) {
  const { t } = useTranslation(NEWS_NS);
  const { form } = props;
  const { errors } = form.formState;
  return (
    <form noValidate onSubmit={form.handleSubmit(props.onSubmit)} aria-labelledby="page-heading">
      <Card withBorder>
        <Stack gap="sm">
          <ErrorAlert error={props.error} />
          {props.withUnit && (
            <Controller
              control={form.control}
              name="unitId"
              render={({ field }) => (
                <GrantUnitSelect
                  action="promotion.manage"
                  levels={['nation', 'province']}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={errors.unitId?.message}
                />
              )}
            />
          )}
          <Controller
            control={form.control}
            name="kind"
            render={({ field }) => (
              <Radio.Group label={t('kind')} value={field.value} onChange={field.onChange}>
                <Group mt="xs">
                  {NEWS_KINDS.map((kind) => (
                    <Radio key={kind} value={kind} label={NEWS_KIND_LABELS_VI[kind]} />
                  ))}
                </Group>
              </Radio.Group>
            )}
          />
          <TextInput
            label={t('titleField')}
            required
            maxLength={300}
            error={errors.title?.message}
            {...form.register('title')}
          />
          <Textarea
            label={t('summary')}
            autosize
            minRows={2}
            maxLength={1000}
            error={errors.summary?.message}
            {...form.register('summary')}
          />
          <Textarea
            label={t('body')}
            required
            autosize
            minRows={8}
            error={errors.body?.message}
            {...form.register('body')}
          />
          <Controller
            control={form.control}
            name="productIds"
            render={({ field }) => (
              <MentionPicker
                kind="products"
                label={t('mentionedProducts')}
                value={field.value ?? []}
                initial={props.mentioned?.products ?? []}
                onChange={field.onChange}
                error={errors.productIds?.message ?? errors.productIds?.root?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="producerIds"
            render={({ field }) => (
              <MentionPicker
                kind="producers"
                label={t('mentionedProducers')}
                value={field.value ?? []}
                initial={props.mentioned?.producers ?? []}
                onChange={field.onChange}
                error={errors.producerIds?.message ?? errors.producerIds?.root?.message}
              />
            )}
          />
          {!props.withUnit && (
            <Text size="sm" c="dimmed">
              {t('editHint')}
            </Text>
          )}
          <Group justify="flex-end">
            <Button component={Link} to="/news" variant="default">
              {t('cancel')}
            </Button>
            <Button type="submit" loading={props.isSaving}>
              {t('save')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </form>
  );
}
