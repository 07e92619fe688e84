import { Checkbox, Fieldset, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { Controller, get, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DecimalInput } from '../forms/DecimalInput';
import { GENDERS } from '../../domain/registry/producer-types';
import { CommunePicker } from './CommunePicker';
import { producerTypeOptions } from './labels';
import { REGISTRY_NS } from './registry-i18n';

interface ProducerFieldsProps {
  form: UseFormReturn<FieldValues>;
  /** Where the producer values sit in the form: '' or 'producer.' (self-registration). */
  prefix?: '' | 'producer.';
  /** False when the API did not return the legal representative (the caller may not see it). */
  hasRepresentative?: boolean;
  communeLabel?: string | undefined;
}

const WORKFORCE = ['total', 'female', 'local', 'ethnicMinority'] as const;

/** The fields of a producer profile (chủ thể), shared by create, edit and self-registration. */
export function ProducerFields({
  form,
  prefix = '',
  hasRepresentative = true,
  communeLabel,
}: ProducerFieldsProps) {
  const { t, i18n } = useTranslation(REGISTRY_NS);
  const errors = form.formState.errors;
  const name = (path: string) => `${prefix}${path}`;
  const errorOf = (path: string): string | undefined => {
    const error: unknown = get(errors, name(path));
    return error && typeof error === 'object' && 'message' in error && typeof error.message === 'string'
      ? error.message
      : undefined;
  };
  const isMinority = Boolean(form.watch(name('legalRepresentative.isEthnicMinority')));

  return (
    <Stack>
      <Fieldset legend={t('producer.sectionProfile')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={form.control}
            name={name('type')}
            render={({ field }) => (
              <Select
                label={t('producer.type')}
                required
                data={producerTypeOptions(i18n.language)}
                placeholder={t('choose')}
                value={(field.value as string) || null}
                onChange={(value) => field.onChange(value ?? '')}
                onBlur={field.onBlur}
                error={errorOf('type')}
              />
            )}
          />
          <TextInput
            label={t('producer.name')}
            required
            error={errorOf('name')}
            {...form.register(name('name'))}
          />
          <TextInput
            label={t('producer.registrationNumber')}
            description={t('producer.registrationNumberHint')}
            required
            error={errorOf('registrationNumber')}
            {...form.register(name('registrationNumber'))}
          />
          <Controller
            control={form.control}
            name={name('communeId')}
            render={({ field }) => (
              <CommunePicker
                label={t('producer.commune')}
                required
                value={(field.value as string) || null}
                valueLabel={communeLabel}
                onChange={(value) => field.onChange(value ?? '')}
                onBlur={field.onBlur}
                error={errorOf('communeId')}
              />
            )}
          />
        </SimpleGrid>
        <TextInput
          mt="sm"
          label={t('producer.address')}
          required
          error={errorOf('address')}
          {...form.register(name('address'))}
        />
      </Fieldset>

      {hasRepresentative && (
        <Fieldset legend={t('producer.sectionRepresentative')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('producer.repFullName')}
              required
              error={errorOf('legalRepresentative.fullName')}
              {...form.register(name('legalRepresentative.fullName'))}
            />
            <TextInput
              label={t('producer.repTitle')}
              required
              error={errorOf('legalRepresentative.title')}
              {...form.register(name('legalRepresentative.title'))}
            />
            <Controller
              control={form.control}
              name={name('legalRepresentative.gender')}
              render={({ field }) => (
                <Select
                  label={t('producer.repGender')}
                  required
                  placeholder={t('choose')}
                  data={GENDERS.map((value) => ({ value, label: t(`gender.${value}`) }))}
                  value={(field.value as string) || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  onBlur={field.onBlur}
                  error={errorOf('legalRepresentative.gender')}
                />
              )}
            />
            <Stack gap="xs" justify="flex-end">
              <Checkbox
                label={t('producer.repEthnicMinority')}
                error={errorOf('legalRepresentative.isEthnicMinority')}
                {...form.register(name('legalRepresentative.isEthnicMinority'))}
              />
              {isMinority && (
                <TextInput
                  label={t('producer.repEthnicity')}
                  error={errorOf('legalRepresentative.ethnicity')}
                  {...form.register(name('legalRepresentative.ethnicity'))}
                />
              )}
            </Stack>
          </SimpleGrid>
        </Fieldset>
      )}

      <Fieldset legend={t('producer.sectionContacts')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('producer.phone')}
            type="tel"
            error={errorOf('contacts.phone')}
            {...form.register(name('contacts.phone'))}
          />
          <TextInput
            label={t('producer.email')}
            type="email"
            error={errorOf('contacts.email')}
            {...form.register(name('contacts.email'))}
          />
          <TextInput
            label={t('producer.website')}
            type="url"
            placeholder="https://"
            error={errorOf('contacts.website')}
            {...form.register(name('contacts.website'))}
          />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('producer.sectionWorkforce')}>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {WORKFORCE.map((key) => (
            <Controller
              key={key}
              control={form.control}
              name={name(`workforce.${key}`)}
              render={({ field }) => (
                <DecimalInput
                  label={t(`producer.workforce.${key}`)}
                  min={0}
                  isWhole
                  value={field.value as number | ''}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={errorOf(`workforce.${key}`)}
                />
              )}
            />
          ))}
        </SimpleGrid>
      </Fieldset>
    </Stack>
  );
}
