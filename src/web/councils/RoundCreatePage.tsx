import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Loader,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { CouncilOutput, PoolItemOutput } from '../../contracts/evaluation.contracts';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { CompositionCheck } from './CompositionCheck';
import { isVotingRole, PRODUCT_SETS, setLabel } from './council-labels';
import { COUNCILS_KEY, ROUNDS_KEY, councilsApi } from './councils.api';
import { COUNCILS_NS } from './councils-i18n';
import { fieldProblem } from './field-problem';

type PoolItem = z.infer<typeof PoolItemOutput>;
const ON_SITE_SET = 26;

function defaultAssignees(council: CouncilOutput): string[] {
  return council.members.filter((m) => isVotingRole(m.role) && m.accountId !== null).map((m) => m.id);
}

/**
 * Set up a round: the council, meeting date(s), products drawn from the council's pool (filtered
 * by product set) and the members who score each product. Set 26 is marked for on-site inspection.
 */
export function RoundCreatePage() {
  const { t, i18n } = useTranslation(COUNCILS_NS);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const search = useSearch({ from: '/authenticated/rounds/new' });
  const [councilId, setCouncilId] = useState<string>(search.councilId ?? '');
  const [name, setName] = useState('');
  const [meetingOn, setMeetingOn] = useState('');
  const [meetingEndOn, setMeetingEndOn] = useState('');
  const [setFilter, setSetFilter] = useState<string | null>(null);
  const [selected, setSelected] = useState<PoolItem[]>([]);
  const [assignees, setAssignees] = useState<Record<string, string[]>>({});
  const [formProblem, setFormProblem] = useState<string | null>(null);

  const councils = useQuery({
    queryKey: COUNCILS_KEY,
    queryFn: ({ signal }) => councilsApi.councils(signal),
  });
  const council = councils.data?.items.find((c) => c.id === councilId);
  const set = setFilter ? Number(setFilter) : undefined;
  const pool = useQuery({
    queryKey: ['council-pool', councilId, set],
    queryFn: ({ signal }) => councilsApi.pool(councilId, set, signal),
    enabled: !!councilId,
  });
  const voting = council?.members.filter((m) => isVotingRole(m.role)) ?? [];

  const toggleProduct = (item: PoolItem, isChecked: boolean) => {
    setSelected((current) =>
      isChecked ? [...current, item] : current.filter((p) => p.dossierId !== item.dossierId),
    );
    if (isChecked && council)
      setAssignees((current) => ({
        ...current,
        [item.dossierId]: current[item.dossierId] ?? defaultAssignees(council),
      }));
  };
  const toggleMember = (dossierId: string, memberId: string, isChecked: boolean) =>
    setAssignees((current) => {
      const now = current[dossierId] ?? [];
      return {
        ...current,
        [dossierId]: isChecked ? [...now, memberId] : now.filter((id) => id !== memberId),
      };
    });

  const mutation = useMutation({
    mutationFn: councilsApi.createRound,
    onSuccess: async (round) => {
      await queryClient.invalidateQueries({ queryKey: ROUNDS_KEY });
      await navigate({ to: '/rounds/$roundId', params: { roundId: round.id } });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (selected.length === 0) return setFormProblem(t('noProductSelected'));
    if (selected.some((p) => (assignees[p.dossierId] ?? []).length === 0))
      return setFormProblem(t('noMemberAssigned'));
    setFormProblem(null);
    mutation.mutate({
      councilId,
      name,
      meetingOn,
      meetingEndOn: meetingEndOn || null,
      dossierIds: selected.map((p) => p.dossierId),
      assignments: selected.map((p) => ({ dossierId: p.dossierId, memberIds: assignees[p.dossierId] ?? [] })),
    });
  };
  const fieldError = (field: string) => fieldProblem(mutation.error, field, i18n.language);

  return (
    <Stack gap="lg" maw={1100}>
      <Anchor renderRoot={(props) => <Link {...props} to="/rounds" />} size="sm">
        ← {t('backToRounds')}
      </Anchor>
      <PageHeading>{t('createRoundTitle')}</PageHeading>
      <form noValidate onSubmit={submit}>
        <Stack>
          <ErrorAlert error={mutation.error} />
          <Paper withBorder p="lg">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('council')}
                placeholder={t('chooseCouncil')}
                required
                data={(councils.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
                value={councilId || null}
                onChange={(v) => {
                  setCouncilId(v ?? '');
                  setSelected([]);
                  setAssignees({});
                }}
                error={fieldError('councilId')}
                allowDeselect={false}
              />
              <TextInput
                label={t('roundName')}
                required
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={fieldError('name')}
              />
              <TextInput
                type="date"
                label={t('meetingOn')}
                required
                value={meetingOn}
                onChange={(e) => setMeetingOn(e.currentTarget.value)}
                error={fieldError('meetingOn')}
              />
              <TextInput
                type="date"
                label={t('meetingEndOn')}
                description={t('meetingEndOnHint')}
                value={meetingEndOn}
                onChange={(e) => setMeetingEndOn(e.currentTarget.value)}
                error={fieldError('meetingEndOn')}
              />
            </SimpleGrid>
          </Paper>

          {council && (
            <Paper withBorder p="lg">
              <Stack>
                <Title order={2} size="h3">
                  {t('pool')}
                </Title>
                <Text size="sm">{t('poolIntro')}</Text>
                <Select
                  label={t('setFilter')}
                  placeholder={t('allSets')}
                  clearable
                  data={PRODUCT_SETS.map((n) => ({ value: String(n), label: setLabel(n, i18n.language) }))}
                  value={setFilter}
                  onChange={setSetFilter}
                  maw={480}
                />
                <ErrorAlert error={pool.error} />
                {pool.isPending && <Loader aria-label={t('loading')} />}
                {pool.data && pool.data.items.length === 0 && <Text c="dimmed">{t('poolEmpty')}</Text>}
                {pool.data && pool.data.items.length > 0 && (
                  <Table.ScrollContainer minWidth={600}>
                    <Table striped withTableBorder verticalSpacing="sm">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('select')}</Table.Th>
                          <Table.Th>{t('product')}</Table.Th>
                          <Table.Th>{t('producer')}</Table.Th>
                          <Table.Th>{t('commune')}</Table.Th>
                          <Table.Th>{t('set')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {pool.data.items.map((item) => (
                          <Table.Tr key={item.dossierId}>
                            <Table.Td>
                              <Checkbox
                                aria-label={t('selectProduct', { product: item.productName })}
                                checked={selected.some((p) => p.dossierId === item.dossierId)}
                                onChange={(e) => toggleProduct(item, e.currentTarget.checked)}
                              />
                            </Table.Td>
                            <Table.Td>{item.productName}</Table.Td>
                            <Table.Td>{item.producerName}</Table.Td>
                            <Table.Td>{item.communeName}</Table.Td>
                            <Table.Td>
                              {setLabel(item.productSet, i18n.language)}
                              {item.productSet === ON_SITE_SET && (
                                <Badge ml="xs" color="grape" variant="light" title={t('onSiteHint')}>
                                  {t('onSite')}
                                </Badge>
                              )}
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                )}
              </Stack>
            </Paper>
          )}

          {council && selected.length > 0 && (
            <Paper withBorder p="lg">
              <Stack>
                <Title order={2} size="h3">
                  {t('assignments')}
                </Title>
                <Text size="sm">{t('assignmentsIntro')}</Text>
                {selected.map((item) => (
                  <Fieldset key={item.dossierId} legend={t('assignFor', { product: item.productName })}>
                    {item.productSet === ON_SITE_SET && (
                      <Text size="sm" c="grape.8" mb="xs">
                        {`${t('onSite')}: ${t('onSiteHint')}`}
                      </Text>
                    )}
                    <Group>
                      {voting.map((m) => (
                        <Checkbox
                          key={m.id}
                          label={m.accountId ? m.fullName : t('paperMember', { name: m.fullName })}
                          checked={(assignees[item.dossierId] ?? []).includes(m.id)}
                          onChange={(e) => toggleMember(item.dossierId, m.id, e.currentTarget.checked)}
                        />
                      ))}
                    </Group>
                  </Fieldset>
                ))}
                <Title order={3} size="h4">
                  {t('compositionTitle')}
                </Title>
                <CompositionCheck
                  members={council.members}
                  level={council.level}
                  agendaSets={selected.map((p) => p.productSet)}
                />
              </Stack>
            </Paper>
          )}
          {formProblem && (
            <Alert color="red" variant="light" role="alert">
              {formProblem}
            </Alert>
          )}
          <Group>
            <Button type="submit" size="md" loading={mutation.isPending} disabled={!council}>
              {t('saveRound')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
