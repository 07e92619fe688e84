import { Anchor, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../forms/ErrorAlert';
import { formatDate } from '../i18n/format';
import { PageHeading } from '../layout/PageHeading';
import { ScoringQualityCard } from '../dashboard/ScoringQualityCard';
import { CompositionPanel } from './CompositionCheck';
import { agencyLabel, roleLabel } from './council-labels';
import { councilsApi } from './councils.api';
import { COUNCILS_NS } from './councils-i18n';

/** One council: its decision, term, members and advisory team, and the composition check. */
export function CouncilDetailPage() {
  const { t, i18n } = useTranslation(COUNCILS_NS);
  const { councilId } = useParams({ from: '/authenticated/councils/$councilId' });
  const council = useQuery({
    queryKey: ['councils', councilId],
    queryFn: ({ signal }) => councilsApi.council(councilId, signal),
  });
  const c = council.data;
  return (
    <Stack gap="lg" maw={1100}>
      <Anchor renderRoot={(props) => <Link {...props} to="/councils" />} size="sm">
        ← {t('backToCouncils')}
      </Anchor>
      <ErrorAlert error={council.error} />
      {council.isPending && <Loader aria-label={t('loading')} />}
      {c && (
        <>
          <Group justify="space-between" align="flex-end">
            <PageHeading>{c.name}</PageHeading>
            <Group>
              {c.canManage && (
                <Button
                  variant="light"
                  renderRoot={(props) => (
                    <Link {...props} to="/councils/$councilId/edit" params={{ councilId: c.id }} />
                  )}
                  size="md"
                >
                  {t('editCouncil')}
                </Button>
              )}
              <Button
                renderRoot={(props) => <Link {...props} to="/rounds/new" search={{ councilId: c.id }} />}
                size="md"
              >
                {t('createRound')}
              </Button>
            </Group>
          </Group>
          <Text>
            {`${t('unit')}: ${c.unitName} · ${t('establishedBy')}: ${c.establishedBy || '—'} · ${t('term')}: ${formatDate(c.termFrom, i18n.language)} – ${c.termTo ? formatDate(c.termTo, i18n.language) : t('termOpen')}`}
          </Text>
          <Title order={2} size="h3">
            {t('members')}
          </Title>
          <Table.ScrollContainer minWidth={600}>
            <Table striped withTableBorder verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('fullName')}</Table.Th>
                  <Table.Th>{t('role')}</Table.Th>
                  <Table.Th>{t('agency')}</Table.Th>
                  <Table.Th>{t('position')}</Table.Th>
                  <Table.Th>{t('account')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {c.members.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>{m.fullName}</Table.Td>
                    <Table.Td>{roleLabel(m.role, i18n.language)}</Table.Td>
                    <Table.Td>{agencyLabel(m.agency, i18n.language)}</Table.Td>
                    <Table.Td>{m.position}</Table.Td>
                    <Table.Td>{m.accountId ? '✓' : t('accountNone')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {c.formerMembers.length > 0 && (
            <Text size="sm" c="dimmed" data-testid="former-members">
              {t('formerMembers', { names: c.formerMembers.map((m) => m.fullName).join(', ') })}
            </Text>
          )}
          <CompositionPanel members={c.members} level={c.level} />
          <ScoringQualityCard councilId={c.id} />
        </>
      )}
    </Stack>
  );
}
