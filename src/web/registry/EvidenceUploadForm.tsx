import { Button, FileInput, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { EvidenceOutput } from '../../contracts/evidence.contracts';
import type { ProductOutput } from '../../contracts/products.contracts';
import type { EvidenceType } from '../../domain/registry/evidence-types';
import { useMe } from '../auth/useMe';
import { applyProblemToForm } from '../forms/apply-problem';
import { ErrorAlert } from '../forms/ErrorAlert';
import { localizedResolver } from '../forms/localized-resolver';
import {
  EVIDENCE_ACCEPT,
  EVIDENCE_FIELDS,
  evidenceFormData,
  EvidenceUploadSchema,
  PHOTO_ACCEPT,
  toEvidenceFields,
  type EvidenceFormValues,
} from './evidence-form';
import { evidenceTypeOptions } from './labels';
import { REGISTRY_NS } from './registry-i18n';
import { REGISTRY_KEY, registryApi } from './registry.api';
import { zodPreprocess } from './zod-preprocess';

const schema = zodPreprocess(toEvidenceFields, EvidenceUploadSchema);

function formatMegabytes(megabytes: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 2 }).format(
    megabytes,
  );
}

/** The file box's `accept` from the server's list (`jpg` also matches `.jpeg`). */
function acceptOf(extensions: readonly string[] | undefined): string | undefined {
  if (!extensions || extensions.length === 0) return undefined;
  return extensions.flatMap((ext) => (ext === 'jpg' ? ['.jpg', '.jpeg'] : [`.${ext}`])).join(',');
}

interface EvidenceUploadFormProps {
  producerId: string;
  /** Products the document may be linked to; a fixed `productId` hides the choice. */
  products?: readonly Pick<ProductOutput, 'id' | 'name'>[];
  productId?: string;
  documentType?: EvidenceType;
  onUploaded?: (evidence: EvidenceOutput) => void;
}

/** Upload one document (or photo) into the producer's evidence library. */
export function EvidenceUploadForm({
  producerId,
  products = [],
  productId,
  documentType,
  onUploaded,
}: EvidenceUploadFormProps) {
  const { t, i18n } = useTranslation(REGISTRY_NS);
  const me = useMe();
  const queryClient = useQueryClient();
  const isPhoto = documentType === 'photo';
  const empty: EvidenceFormValues = {
    documentType: documentType ?? '',
    title: '',
    issuer: '',
    issuedOn: '',
    validUntil: '',
    productId: productId ?? '',
    file: null,
  };
  const form = useForm<EvidenceFormValues, unknown, z.output<typeof EvidenceUploadSchema>>({
    resolver: localizedResolver(schema),
    defaultValues: empty,
  });
  const mutation = useMutation({
    mutationFn: (input: z.output<typeof EvidenceUploadSchema>) =>
      registryApi.uploadEvidence(producerId, evidenceFormData(input), me.csrfToken),
    onSuccess: async (evidence) => {
      form.reset(empty);
      await queryClient.invalidateQueries({ queryKey: REGISTRY_KEY });
      onUploaded?.(evidence);
    },
    onError: (error) => applyProblemToForm(error, form.setError, EVIDENCE_FIELDS, i18n.language),
  });
  const policy = useQuery({
    queryKey: [...REGISTRY_KEY, 'upload-policy'],
    queryFn: ({ signal }) => registryApi.uploadPolicy(signal),
    staleTime: Infinity,
  });
  const { errors } = form.formState;
  const maxBytes = policy.data?.maxBytes;
  const limitText = policy.data
    ? t('evidence.limitOf', { size: formatMegabytes(policy.data.maxMegabytes, i18n.language) })
    : t('evidence.limit');

  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((input) => {
        if (maxBytes !== undefined && input.file.size > maxBytes) {
          form.setError('file', { type: 'size', message: limitText }, { shouldFocus: true });
          return;
        }
        mutation.mutate(input);
      })}
      aria-label={isPhoto ? t('photo.uploadTitle') : t('evidence.uploadTitle')}
    >
      <Stack gap="sm">
        <ErrorAlert error={mutation.error} title={t('evidence.rejected')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {!documentType && (
            <Controller
              control={form.control}
              name="documentType"
              render={({ field }) => (
                <Select
                  label={t('evidence.type')}
                  required
                  placeholder={t('choose')}
                  data={evidenceTypeOptions(i18n.language)}
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  onBlur={field.onBlur}
                  error={errors.documentType?.message}
                />
              )}
            />
          )}
          <TextInput
            label={isPhoto ? t('photo.caption') : t('evidence.title')}
            required
            error={errors.title?.message}
            {...form.register('title')}
          />
          {!isPhoto && (
            <>
              <TextInput
                label={t('evidence.issuer')}
                error={errors.issuer?.message}
                {...form.register('issuer')}
              />
              <TextInput
                label={t('evidence.issuedOn')}
                type="date"
                error={errors.issuedOn?.message}
                {...form.register('issuedOn')}
              />
              <TextInput
                label={t('evidence.validUntil')}
                type="date"
                error={errors.validUntil?.message}
                {...form.register('validUntil')}
              />
            </>
          )}
          {!productId && products.length > 0 && (
            <Controller
              control={form.control}
              name="productId"
              render={({ field }) => (
                <Select
                  label={t('evidence.product')}
                  description={t('evidence.productHint')}
                  clearable
                  placeholder={t('evidence.noProduct')}
                  data={products.map((product) => ({ value: product.id, label: product.name }))}
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  error={errors.productId?.message}
                />
              )}
            />
          )}
          <Controller
            control={form.control}
            name="file"
            render={({ field }) => (
              <FileInput
                label={isPhoto ? t('photo.file') : t('evidence.file')}
                description={isPhoto ? t('photo.accepted') : t('evidence.accepted')}
                placeholder={t('evidence.choose')}
                required
                clearable
                accept={
                  isPhoto ? PHOTO_ACCEPT : (acceptOf(policy.data?.acceptedExtensions) ?? EVIDENCE_ACCEPT)
                }
                value={field.value}
                onChange={(file) => field.onChange(file)}
                onBlur={field.onBlur}
                error={errors.file?.message}
              />
            )}
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {limitText}
        </Text>
        <Group justify="flex-end">
          <Button
            type="submit"
            loading={mutation.isPending}
            leftSection={<IconUpload size={16} aria-hidden />}
          >
            {isPhoto ? t('photo.upload') : t('evidence.upload')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
