import {
  Button,
  Fieldset,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Controller, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  CouncilMemberInput,
  CreateCouncilInput,
  type CouncilOutput,
} from '../../contracts/evaluation.contracts';
import type { CouncilLevel } from '../../domain/evaluation/evaluation.types';
import { applyProblemToForm } from '../forms/apply-problem';
import { localizedResolver } from '../forms/localized-resolver';
import { CompositionPanel } from './CompositionCheck';
import { agencyOptions, roleOptions } from './council-labels';
import { councilsApi } from './councils.api';
import { COUNCILS_NS } from './councils-i18n';

/** The contract's schema, adapted to what the fields hold (empty strings for "none"); `id` marks an existing seat. */
export const CouncilFormSchema = CreateCouncilInput.extend({
  establishedBy: z.string().trim().max(200),
  termTo: z.union([z.literal(''), z.iso.date()]),
  members: z
    .array(
      CouncilMemberInput.extend({
        id: z.uuid().optional(),
        accountId: z.union([z.literal(''), z.uuid()]),
        organisation: z.string().trim().max(300),
      }),
    )
    .min(1)
    .max(40),
});
export type CouncilFormValues = z.input<typeof CouncilFormSchema>;
export type CouncilFormOutput = z.output<typeof CouncilFormSchema>;
type CouncilFormMember = CouncilFormValues['members'][number];

const FIELDS = ['unitId', 'name', 'establishedBy', 'termFrom', 'termTo', 'members'] as const;
export const emptyMember = (role: CouncilFormMember['role'] = 'member'): CouncilFormMember => ({
  accountId: '',
  fullName: '',
  agency: 'other',
  position: '',
  organisation: '',
  role,
});

/** The form's values as the API takes them: nulls instead of empty strings. */
export function toCouncilInput(
  values: CouncilFormOutput,
): CreateCouncilInput & { members: { id?: string }[] } {
  return {
    ...values,
    termTo: values.termTo || null,
    members: values.members.map((m) => ({ ...m, accountId: m.accountId || null })),
  };
}

/** A saved council as form values, for editing. */
export function councilToFormValues(council: CouncilOutput): CouncilFormValues {
  return {
    unitId: council.unitId,
    name: council.name,
    establishedBy: council.establishedBy,
    termFrom: council.termFrom,
    termTo: council.termTo ?? '',
    members: council.members.map((m) => ({
      id: m.id,
      accountId: m.accountId ?? '',
      fullName: m.fullName,
      agency: m.agency as CouncilFormMember['agency'],
      position: m.position,
      organisation: m.organisation,
      role: m.role,
    })),
  };
}

export interface CouncilFormUnit {
  unitId: string;
  unitName: string;
  level: CouncilLevel;
}

/**
 * The council form shared by setting up and editing a council: unit, decision, term, the members
 * with account, agency, position and role (advisory team included), and the live composition
 * check. The server's per-field problems land on the fields; other errors go to `renderError`.
 */
export function CouncilForm(props: {
  defaultValues: CouncilFormValues;
  units: readonly CouncilFormUnit[];
  isUnitFixed?: boolean;
  submitLabel: string;
  onSubmit: (values: CouncilFormOutput) => Promise<unknown>;
  renderError: (error: unknown) => ReactNode;
}) {
  const { t, i18n } = useTranslation(COUNCILS_NS);
  const form = useForm<CouncilFormValues, unknown, CouncilFormOutput>({
    resolver: localizedResolver(CouncilFormSchema),
    defaultValues: props.defaultValues,
  });
  const members = useFieldArray({ control: form.control, name: 'members' });
  const watched = useWatch({ control: form.control, name: 'members' });
  const unitId = useWatch({ control: form.control, name: 'unitId' });
  const candidates = useQuery({
    queryKey: ['council-candidates', unitId],
    queryFn: ({ signal }) => councilsApi.candidates(unitId, signal),
    enabled: !!unitId,
  });
  const accountOptions = (candidates.data?.items ?? []).map((c) => ({
    value: c.accountId,
    label: `${c.displayName} (${c.username})`,
  }));
  // A seated account that no longer holds a council grant still shows by its name.
  for (const m of props.defaultValues.members)
    if (m.accountId && !accountOptions.some((o) => o.value === m.accountId))
      accountOptions.push({ value: m.accountId, label: m.fullName });
  const mutation = useMutation({
    mutationFn: props.onSubmit,
    onError: (error) => applyProblemToForm(error, form.setError, FIELDS, i18n.language),
  });
  const { errors } = form.formState;
  const level = props.units.find((u) => u.unitId === unitId)?.level ?? 'province';
  const membersError = errors.members?.message ?? errors.members?.root?.message;

  return (
    <form noValidate onSubmit={form.handleSubmit((values) => mutation.mutate(values))}>
      <Stack>
        {props.renderError(mutation.error)}
        <Paper withBorder p="lg">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('councilName')}
              required
              error={errors.name?.message}
              {...form.register('name')}
            />
            <Controller
              control={form.control}
              name="unitId"
              render={({ field, fieldState }) => (
                <Select
                  label={t('unit')}
                  required
                  disabled={props.isUnitFixed}
                  data={props.units.map((u) => ({ value: u.unitId, label: u.unitName }))}
                  value={field.value || null}
                  onChange={(v) => field.onChange(v ?? '')}
                  onBlur={field.onBlur}
                  error={fieldState.error?.message}
                  allowDeselect={false}
                />
              )}
            />
            <TextInput
              label={t('establishedBy')}
              description={t('establishedByHint')}
              error={errors.establishedBy?.message}
              {...form.register('establishedBy')}
            />
            <Group grow align="flex-start">
              <TextInput
                type="date"
                label={t('termFrom')}
                required
                error={errors.termFrom?.message}
                {...form.register('termFrom')}
              />
              <TextInput
                type="date"
                label={t('termTo')}
                error={errors.termTo?.message}
                {...form.register('termTo')}
              />
            </Group>
          </SimpleGrid>
        </Paper>

        <Title order={2} size="h3">
          {t('members')}
        </Title>
        {membersError && (
          <Text c="red" role="alert">
            {membersError}
          </Text>
        )}
        {members.fields.map((field, index) => (
          <Fieldset key={field.id} legend={t('memberN', { n: index + 1 })}>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
              <Controller
                control={form.control}
                name={`members.${index}.accountId`}
                render={({ field: f }) => (
                  <Select
                    label={t('account')}
                    description={t('accountHint')}
                    placeholder={t('accountNone')}
                    data={accountOptions}
                    searchable
                    clearable
                    value={f.value || null}
                    onChange={(value) => {
                      f.onChange(value ?? '');
                      const picked = candidates.data?.items.find((c) => c.accountId === value);
                      if (picked && !form.getValues(`members.${index}.fullName`))
                        form.setValue(`members.${index}.fullName`, picked.displayName);
                    }}
                    onBlur={f.onBlur}
                  />
                )}
              />
              <TextInput
                label={t('fullName')}
                required
                error={errors.members?.[index]?.fullName?.message}
                {...form.register(`members.${index}.fullName`)}
              />
              <Controller
                control={form.control}
                name={`members.${index}.role`}
                render={({ field: f }) => (
                  <Select
                    label={t('role')}
                    required
                    data={roleOptions(i18n.language)}
                    value={f.value}
                    onChange={(v) => f.onChange(v ?? 'member')}
                    allowDeselect={false}
                  />
                )}
              />
              <Controller
                control={form.control}
                name={`members.${index}.agency`}
                render={({ field: f }) => (
                  <Select
                    label={t('agency')}
                    required
                    data={agencyOptions(i18n.language)}
                    value={f.value}
                    onChange={(v) => f.onChange(v ?? 'other')}
                    allowDeselect={false}
                  />
                )}
              />
              <TextInput
                label={t('position')}
                required
                error={errors.members?.[index]?.position?.message}
                {...form.register(`members.${index}.position`)}
              />
              <TextInput label={t('organisation')} {...form.register(`members.${index}.organisation`)} />
            </SimpleGrid>
            {members.fields.length > 1 && (
              <Button variant="subtle" color="red" mt="sm" onClick={() => members.remove(index)}>
                {t('removeMember', { n: index + 1 })}
              </Button>
            )}
          </Fieldset>
        ))}
        <Group>
          <Button variant="light" onClick={() => members.append(emptyMember())}>
            {t('addMember')}
          </Button>
        </Group>

        <CompositionPanel members={watched} level={level} />
        <Group>
          <Button type="submit" size="md" loading={mutation.isPending}>
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
