import { Anchor, Button, Fieldset, Group, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { Controller, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CouncilMemberInput, CreateCouncilInput } from '../../contracts/evaluation.contracts';
import { useMe } from '../auth/useMe';
import { applyProblemToForm } from '../forms/apply-problem';
import { ErrorAlert } from '../forms/ErrorAlert';
import { localizedResolver } from '../forms/localized-resolver';
import { todayIsoDate } from '../i18n/format';
import { PageHeading } from '../layout/PageHeading';
import { CompositionPanel } from './CompositionCheck';
import { agencyOptions, roleOptions } from './council-labels';
import { COUNCILS_KEY, councilsApi } from './councils.api';
import { COUNCILS_NS } from './councils-i18n';

/** The contract's schema, adapted to what the fields hold (empty strings for "none"). */
const CouncilForm = CreateCouncilInput.extend({
  establishedBy: z.string().trim().max(200),
  termTo: z.union([z.literal(''), z.iso.date()]),
  members: z.array(CouncilMemberInput.extend({ accountId: z.union([z.literal(''), z.uuid()]), organisation: z.string().trim().max(300) })).min(1).max(40),
});
type CouncilForm = z.input<typeof CouncilForm>;
type CouncilFormMember = CouncilForm['members'][number];

const FIELDS = ['unitId', 'name', 'establishedBy', 'termFrom', 'termTo', 'members'] as const;
const emptyMember = (role: CouncilFormMember['role'] = 'member'): CouncilFormMember => ({ accountId: '', fullName: '', agency: 'other', position: '', organisation: '', role });

function toInput(values: z.output<typeof CouncilForm>): CreateCouncilInput {
  return {
    ...values,
    termTo: values.termTo || null,
    members: values.members.map((m) => ({ ...m, accountId: m.accountId || null })),
  };
}

/** Set up a council: unit, term, and the members with their agency, position and role. */
export function CouncilCreatePage() {
  const { t, i18n } = useTranslation(COUNCILS_NS);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const units = me.grants.filter((g) => g.role === 'standing_office' && (g.unitLevel === 'province' || g.unitLevel === 'nation'));
  const form = useForm<CouncilForm, unknown, z.output<typeof CouncilForm>>({
    resolver: localizedResolver(CouncilForm),
    defaultValues: { unitId: units[0]?.unitId ?? '', name: '', establishedBy: '', termFrom: todayIsoDate(), termTo: '', members: [emptyMember('chair')] },
  });
  const members = useFieldArray({ control: form.control, name: 'members' });
  const watched = useWatch({ control: form.control, name: 'members' });
  const unitId = useWatch({ control: form.control, name: 'unitId' });
  const candidates = useQuery({ queryKey: ['council-candidates', unitId], queryFn: ({ signal }) => councilsApi.candidates(unitId, signal), enabled: !!unitId });
  const accountOptions = (candidates.data?.items ?? []).map((c) => ({ value: c.accountId, label: `${c.displayName} (${c.username})` }));
  const mutation = useMutation({
    mutationFn: councilsApi.createCouncil,
    onSuccess: async (council) => {
      await queryClient.invalidateQueries({ queryKey: COUNCILS_KEY });
      await navigate({ to: '/councils/$councilId', params: { councilId: council.id } });
    },
    onError: (error) => applyProblemToForm(error, form.setError, FIELDS, i18n.language),
  });
  const { errors } = form.formState;
  const level = units.find((u) => u.unitId === unitId)?.unitLevel === 'nation' ? 'central' : 'province';

  return (
    <Stack gap="lg" maw={1000}>
      <Anchor renderRoot={(props) => <Link {...props} to="/councils" />} size="sm">
        ← {t('backToCouncils')}
      </Anchor>
      <PageHeading>{t('createCouncilTitle')}</PageHeading>
      <form noValidate onSubmit={form.handleSubmit((values) => mutation.mutate(toInput(values)))}>
        <Stack>
          <ErrorAlert error={mutation.error} />
          <Paper withBorder p="lg">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('councilName')} required error={errors.name?.message} {...form.register('name')} />
              <Controller
                control={form.control}
                name="unitId"
                render={({ field, fieldState }) => (
                  <Select label={t('unit')} required data={units.map((u) => ({ value: u.unitId, label: u.unitName }))} value={field.value || null} onChange={(v) => field.onChange(v ?? '')} onBlur={field.onBlur} error={fieldState.error?.message} allowDeselect={false} />
                )}
              />
              <TextInput label={t('establishedBy')} description={t('establishedByHint')} error={errors.establishedBy?.message} {...form.register('establishedBy')} />
              <Group grow align="flex-start">
                <TextInput type="date" label={t('termFrom')} required error={errors.termFrom?.message} {...form.register('termFrom')} />
                <TextInput type="date" label={t('termTo')} error={errors.termTo?.message} {...form.register('termTo')} />
              </Group>
            </SimpleGrid>
          </Paper>

          <Title order={2} size="h3">
            {t('members')}
          </Title>
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
                        if (picked && !form.getValues(`members.${index}.fullName`)) form.setValue(`members.${index}.fullName`, picked.displayName);
                      }}
                      onBlur={f.onBlur}
                    />
                  )}
                />
                <TextInput label={t('fullName')} required error={errors.members?.[index]?.fullName?.message} {...form.register(`members.${index}.fullName`)} />
                <Controller
                  control={form.control}
                  name={`members.${index}.role`}
                  render={({ field: f }) => <Select label={t('role')} required data={roleOptions(i18n.language)} value={f.value} onChange={(v) => f.onChange(v ?? 'member')} allowDeselect={false} />}
                />
                <Controller
                  control={form.control}
                  name={`members.${index}.agency`}
                  render={({ field: f }) => <Select label={t('agency')} required data={agencyOptions(i18n.language)} value={f.value} onChange={(v) => f.onChange(v ?? 'other')} allowDeselect={false} />}
                />
                <TextInput label={t('position')} required error={errors.members?.[index]?.position?.message} {...form.register(`members.${index}.position`)} />
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
              {t('saveCouncil')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
