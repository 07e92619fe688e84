import { Button, Group, Loader, Paper, Stack } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useForm, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ButtonLink } from './ButtonLink';
import { AnchorLink } from '../layout/AnchorLink';
import {
  ProducerProfileInput,
  UpdateProducerInput,
  type ProducerOutput,
} from '../../contracts/producers.contracts';
import { applyProblemToForm } from '../forms/apply-problem';
import { ErrorAlert } from '../forms/ErrorAlert';
import { localizedResolver } from '../forms/localized-resolver';
import { PageHeading } from '../layout/PageHeading';
import { ProducerFields } from './ProducerFields';
import {
  EMPTY_PRODUCER_FORM,
  PRODUCER_FIELDS,
  producerToForm,
  toProducerInput,
  type ProducerFormValues,
} from './producer-form';
import { REGISTRY_NS } from './registry-i18n';
import { SaveErrorAlert } from './SaveErrorAlert';
import { REGISTRY_KEY, registryApi } from './registry.api';
import { zodPreprocess } from './zod-preprocess';

const createSchema = zodPreprocess(toProducerInput, ProducerProfileInput);
const updateWithoutRepresentative = zodPreprocess(
  (values: ProducerFormValues) => ({
    ...toProducerInput(values),
    legalRepresentative: undefined,
    version: 1,
  }),
  UpdateProducerInput,
);

/** What the form hands over after validation: a full profile, or (without the representative) a patch. */
type ProducerInput = ProducerProfileInput | UpdateProducerInput;

interface ProducerFormProps {
  producer?: ProducerOutput | undefined;
  onSaved: (producer: ProducerOutput) => Promise<void>;
}

function ProducerForm({ producer, onSaved }: ProducerFormProps) {
  const { t, i18n } = useTranslation(REGISTRY_NS);
  const queryClient = useQueryClient();
  const hasRepresentative = !producer || producer.legalRepresentative !== null;
  const form = useForm<ProducerFormValues, unknown, ProducerInput>({
    resolver: localizedResolver(
      (hasRepresentative ? createSchema : updateWithoutRepresentative) as z.ZodType<
        ProducerInput,
        ProducerFormValues
      >,
    ),
    defaultValues: producer ? producerToForm(producer) : EMPTY_PRODUCER_FORM,
  });
  const mutation = useMutation({
    mutationFn: (input: ProducerInput) => {
      if (!producer) return registryApi.createProducer(input as ProducerProfileInput);
      const { version: _ignored, ...profile } = input as UpdateProducerInput;
      return registryApi.updateProducer(producer.id, { ...profile, version: producer.version });
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: REGISTRY_KEY });
      await onSaved(saved);
    },
    onError: (error) => applyProblemToForm(error, form.setError, PRODUCER_FIELDS, i18n.language),
  });
  const cancelTarget = producer
    ? { to: '/producers/$producerId' as const, params: { producerId: producer.id } }
    : { to: '/producers' as const };

  return (
    <Paper withBorder p="lg">
      <form noValidate onSubmit={form.handleSubmit((input) => mutation.mutate(input))}>
        <Stack>
          <SaveErrorAlert error={mutation.error} staleMessage={t('staleBody')} />
          <ProducerFields
            form={form as unknown as UseFormReturn<FieldValues>}
            hasRepresentative={hasRepresentative}
            communeLabel={producer?.communeName}
          />
          <Group justify="flex-end">
            <ButtonLink variant="default" {...cancelTarget}>
              {t('cancel')}
            </ButtonLink>
            <Button type="submit" loading={mutation.isPending}>
              {producer ? t('save') : t('producer.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** An official records a new producer (chủ thể) in their commune or province. */
export function ProducerCreatePage() {
  const { t } = useTranslation(REGISTRY_NS);
  const navigate = useNavigate();
  return (
    <Stack gap="lg" maw={960}>
      <AnchorLink to="/producers" size="sm">
        ← {t('producer.backToList')}
      </AnchorLink>
      <PageHeading>{t('producer.createTitle')}</PageHeading>
      <ProducerForm
        onSaved={(saved) => navigate({ to: '/producers/$producerId', params: { producerId: saved.id } })}
      />
    </Stack>
  );
}

const editRoute = getRouteApi('/authenticated/producers/$producerId/edit');

/** Edit a producer's profile; a save over someone else's newer change is refused (409) and explained. */
export function ProducerEditPage() {
  const { t } = useTranslation(REGISTRY_NS);
  const navigate = useNavigate();
  const { producerId } = editRoute.useParams();
  const query = useQuery({
    queryKey: [...REGISTRY_KEY, 'producer', producerId],
    queryFn: ({ signal }) => registryApi.producer(producerId, signal),
  });
  return (
    <Stack gap="lg" maw={960}>
      <AnchorLink to="/producers/$producerId" params={{ producerId }} size="sm">
        ← {t('producer.backToProducer')}
      </AnchorLink>
      <PageHeading documentTitle={t('producer.editTitle')}>
        {t('producer.editTitle')}
        {query.data ? `: ${query.data.name}` : ''}
      </PageHeading>
      <ErrorAlert error={query.error} />
      {query.isPending && <Loader aria-label={t('loading')} />}
      {query.data && (
        <ProducerForm
          key={query.data.version}
          producer={query.data}
          onSaved={(saved) => navigate({ to: '/producers/$producerId', params: { producerId: saved.id } })}
        />
      )}
    </Stack>
  );
}
