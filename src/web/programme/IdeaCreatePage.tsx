import { Alert, Button, Card, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { CreateProductIdeaInput, type ProductIdeaOutput } from '../../contracts/programme.contracts';
import { applyProblemToForm } from '../forms/apply-problem';
import { DecimalInput } from '../forms/DecimalInput';
import { ErrorAlert } from '../forms/ErrorAlert';
import { localizedResolver } from '../forms/localized-resolver';
import { PageHeading } from '../layout/PageHeading';
import { registryApi } from '../registry/registry.api';
import { IDEAS_KEY } from './IdeasPage';
import { PROGRAMME_NS } from './programme-i18n';
import { programmeApi } from './programme.api';

const FIELDS = [
  'producerId',
  'year',
  'productName',
  'productSet',
  'description',
  'rawMaterialArea',
  'rawMaterialAreaHectares',
  'market',
  'novelty',
  'packaging',
] as const;

/** A producer (or its commune officer) registers a product idea for the year. */
export function IdeaCreatePage() {
  return <IdeaForm />;
}

/**
 * The idea form: a new idea, or (with `idea`) the idea the commune sent back for changes, whose
 * producer and year stay as registered; saving it submits it to the commune again.
 */
export function IdeaForm({ idea }: { idea?: ProductIdeaOutput }) {
  const { t, i18n } = useTranslation(PROGRAMME_NS);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const producers = useQuery({
    queryKey: ['registry', 'producers', 'for-ideas'],
    queryFn: ({ signal }) => registryApi.producers({}, signal),
    enabled: !idea,
  });
  const form = useForm<z.input<typeof CreateProductIdeaInput>, unknown, CreateProductIdeaInput>({
    resolver: localizedResolver(CreateProductIdeaInput),
    defaultValues: {
      producerId: idea?.producerId ?? '',
      year: idea?.year ?? new Date().getFullYear(),
      productName: idea?.productName ?? '',
      productSet: idea?.productSet ?? 7,
      description: idea?.description ?? '',
      rawMaterialArea: idea?.rawMaterialArea ?? '',
      rawMaterialAreaHectares: idea?.rawMaterialAreaHectares ?? null,
      market: idea?.market ?? '',
      novelty: idea?.novelty ?? '',
      packaging: idea?.packaging ?? '',
    },
  });
  const producerOptions = idea
    ? [{ value: idea.producerId, label: idea.producerName }]
    : (producers.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }));
  const save = useMutation({
    mutationFn: ({ producerId, year, ...fields }: CreateProductIdeaInput) =>
      idea
        ? programmeApi.updateIdea(idea.id, { ...fields, version: idea.version })
        : programmeApi.createIdea({ producerId, year, ...fields }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: IDEAS_KEY });
      await navigate({ to: '/ideas' });
    },
    onError: (error) => applyProblemToForm(error, form.setError, FIELDS, i18n.language),
  });
  const { errors } = form.formState;
  return (
    <Stack>
      <PageHeading>{idea ? t('ideaEditTitle', { name: idea.productName }) : t('ideaNew')}</PageHeading>
      {idea?.lastReview && (
        <Alert color="orange" title={t('communeAskedForChanges')}>
          {idea.lastReview.reason}
        </Alert>
      )}
      <form
        noValidate
        onSubmit={form.handleSubmit((values) => save.mutate(values))}
        aria-labelledby="page-heading"
      >
        <Card withBorder>
          <Stack gap="sm">
            <ErrorAlert error={save.error ?? producers.error} />
            <Controller
              control={form.control}
              name="producerId"
              render={({ field }) => (
                <Select
                  label={t('producer')}
                  placeholder={t('chooseProducer')}
                  required
                  disabled={Boolean(idea)}
                  data={producerOptions}
                  value={field.value || null}
                  onChange={(v) => field.onChange(v ?? '')}
                  error={errors.producerId?.message}
                />
              )}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t('productName')}
                required
                error={errors.productName?.message}
                {...form.register('productName')}
              />
              <Controller
                control={form.control}
                name="productSet"
                render={({ field }) => (
                  <DecimalInput
                    label={t('productSet')}
                    required
                    isWhole
                    min={1}
                    max={99}
                    value={field.value}
                    onChange={(v) => field.onChange(v === '' ? Number.NaN : v)}
                    error={errors.productSet?.message}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="year"
                render={({ field }) => (
                  <DecimalInput
                    label={t('year')}
                    required
                    disabled={Boolean(idea)}
                    isWhole
                    min={2018}
                    max={2100}
                    value={field.value}
                    onChange={(v) => field.onChange(v === '' ? Number.NaN : v)}
                    error={errors.year?.message}
                  />
                )}
              />
            </SimpleGrid>
            <Textarea
              label={t('description')}
              autosize
              minRows={2}
              error={errors.description?.message}
              {...form.register('description')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('rawMaterialArea')}
                error={errors.rawMaterialArea?.message}
                {...form.register('rawMaterialArea')}
              />
              <Controller
                control={form.control}
                name="rawMaterialAreaHectares"
                render={({ field }) => (
                  <DecimalInput
                    label={t('rawMaterialAreaHectares')}
                    value={field.value ?? ''}
                    onChange={(v) => field.onChange(v === '' ? null : v)}
                    onBlur={field.onBlur}
                    error={errors.rawMaterialAreaHectares?.message}
                  />
                )}
              />
              <TextInput label={t('market')} error={errors.market?.message} {...form.register('market')} />
              <TextInput
                label={t('packaging')}
                error={errors.packaging?.message}
                {...form.register('packaging')}
              />
            </SimpleGrid>
            <Textarea
              label={t('novelty')}
              autosize
              minRows={2}
              error={errors.novelty?.message}
              {...form.register('novelty')}
            />
            <Group justify="flex-end">
              <Button component={Link} to="/ideas" variant="default">
                {t('cancel')}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {idea ? t('saveAndResubmit') : t('save')}
              </Button>
            </Group>
          </Stack>
        </Card>
      </form>
    </Stack>
  );
}
