import { Anchor, Badge, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../forms/ErrorAlert';
import { formatDate } from '../i18n/format';
import { PageHeading } from '../layout/PageHeading';
import { ExportButtons } from '../exports/ExportButtons';
import { ROUNDS_KEY, councilsApi } from './councils.api';
import { COUNCILS_NS } from './councils-i18n';

/** The rounds of the office's councils, newest meeting first. */
export function RoundsListPage() {
  const { t, i18n } = useTranslation(COUNCILS_NS);
  const rounds = useQuery({ queryKey: ROUNDS_KEY, queryFn: ({ signal }) => councilsApi.rounds(signal) });
  const items = rounds.data?.items ?? [];
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <PageHeading>{t('roundsTitle')}</PageHeading>
        <ExportButtons list="rounds" />
        <Button renderRoot={(props) => <Link {...props} to="/rounds/new" search={{}} />} size="md">
          {t('createRound')}
        </Button>
      </Group>
      <Text>{t('roundsIntro')}</Text>
      <ErrorAlert error={rounds.error} />
      {rounds.isPending && <Loader aria-label={t('loading')} />}
      {!rounds.isPending && items.length === 0 && <Text c="dimmed">{t('noRounds')}</Text>}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={600}>
          <Table striped withTableBorder verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('roundName')}</Table.Th>
                <Table.Th>{t('council')}</Table.Th>
                <Table.Th>{t('meetingOn')}</Table.Th>
                <Table.Th>{t('productCount')}</Table.Th>
                <Table.Th>{t('status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Anchor
                      renderRoot={(props) => (
                        <Link {...props} to="/rounds/$roundId" params={{ roundId: r.id }} />
                      )}
                    >
                      {r.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{r.councilName}</Table.Td>
                  <Table.Td>{formatDate(r.meetingOn, i18n.language)}</Table.Td>
                  <Table.Td>{r.productCount}</Table.Td>
                  <Table.Td>
                    <Badge
                      variant="light"
                      color={r.status === 'draft' ? 'gray' : r.status === 'open' ? 'blue' : 'green'}
                    >
                      {t(`roundStatus.${r.status}`)}
                    </Badge>
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
