import { Anchor, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../forms/ErrorAlert';
import { formatDate } from '../i18n/format';
import { PageHeading } from '../layout/PageHeading';
import { isVotingRole } from './council-labels';
import { COUNCILS_KEY, councilsApi } from './councils.api';
import { COUNCILS_NS } from './councils-i18n';

/** The councils the standing office set up (and those the viewer sits on). */
export function CouncilsListPage() {
  const { t, i18n } = useTranslation(COUNCILS_NS);
  const councils = useQuery({
    queryKey: COUNCILS_KEY,
    queryFn: ({ signal }) => councilsApi.councils(signal),
  });
  const items = councils.data?.items ?? [];
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <PageHeading>{t('councilsTitle')}</PageHeading>
        <Button renderRoot={(props) => <Link {...props} to="/councils/new" />} size="md">
          {t('createCouncil')}
        </Button>
      </Group>
      <Text>{t('councilsIntro')}</Text>
      <ErrorAlert error={councils.error} />
      {councils.isPending && <Loader aria-label={t('loading')} />}
      {!councils.isPending && items.length === 0 && <Text c="dimmed">{t('noCouncils')}</Text>}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table striped withTableBorder verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('councilName')}</Table.Th>
                <Table.Th>{t('unit')}</Table.Th>
                <Table.Th>{t('term')}</Table.Th>
                <Table.Th>{t('memberCount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Anchor
                      renderRoot={(props) => (
                        <Link {...props} to="/councils/$councilId" params={{ councilId: c.id }} />
                      )}
                    >
                      {c.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{c.unitName}</Table.Td>
                  <Table.Td>{`${formatDate(c.termFrom, i18n.language)} – ${c.termTo ? formatDate(c.termTo, i18n.language) : t('termOpen')}`}</Table.Td>
                  <Table.Td>
                    {t('votingCount', { n: c.members.filter((m) => isVotingRole(m.role)).length })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
