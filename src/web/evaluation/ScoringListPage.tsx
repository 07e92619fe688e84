import { Badge, Button, Card, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/format';
import type { RoundOutput } from '../../contracts/evaluation.contracts';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { evaluationApi } from './evaluation.api';
import { EVALUATION_NS } from './evaluation-i18n';

function sheetLabel(product: RoundOutput['products'][number]): string {
  if (product.myDeclaration === 'conflict') return 'abstained';
  return product.mySheetStatus ?? 'notStarted';
}

/**
 * A council member's work list: the products assigned to them in open rounds with the state of
 * their sheet, and — for a chair — the rounds they run.
 */
export function ScoringListPage() {
  const { t, i18n } = useTranslation(EVALUATION_NS);
  const rounds = useQuery({
    queryKey: ['evaluation', 'rounds'],
    queryFn: ({ signal }) => evaluationApi.rounds(signal),
  });
  const live = (rounds.data?.items ?? []).filter((r) => r.status === 'open' || r.status === 'closed');
  const details = useQueries({
    queries: live.map((r) => ({
      queryKey: ['evaluation', 'round', r.id],
      queryFn: ({ signal }: { signal: AbortSignal }) => evaluationApi.round(r.id, signal),
    })),
  });
  const loaded = details.map((d) => d.data).filter((d): d is RoundOutput => !!d);
  const assigned = loaded
    .filter((r) => r.status === 'open')
    .flatMap((r) => r.products.filter((p) => p.isAssignedToMe).map((p) => ({ round: r, product: p })));
  const chaired = loaded.filter((r) => r.isChair);

  return (
    <Stack gap="lg">
      <PageHeading>{t('scoringTitle')}</PageHeading>
      <Text>{t('scoringIntro')}</Text>
      <ErrorAlert error={rounds.error ?? details.find((d) => d.error)?.error} />
      {(rounds.isPending || details.some((d) => d.isPending)) && <Loader aria-label="…" />}
      {!rounds.isPending && assigned.length === 0 && <Text c="dimmed">{t('noAssigned')}</Text>}
      {assigned.length > 0 && (
        <Table.ScrollContainer minWidth={600}>
          <Table striped withTableBorder verticalSpacing="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('product')}</Table.Th>
                <Table.Th>{t('producer')}</Table.Th>
                <Table.Th>{t('round')}</Table.Th>
                <Table.Th>{t('sheetStatus')}</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">{t('score')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {assigned.map(({ round, product }) => (
                <Table.Tr key={product.id}>
                  <Table.Td>{product.productName}</Table.Td>
                  <Table.Td>{product.producerName}</Table.Td>
                  <Table.Td>{`${round.name} (${formatDate(round.meetingOn, i18n.language)})`}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={product.mySheetStatus === 'submitted' ? 'green' : 'gray'}>
                      {t(sheetLabel(product))}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      renderRoot={(props) => (
                        <Link
                          {...props}
                          to="/evaluation/rounds/$roundId/products/$productId"
                          params={{ roundId: round.id, productId: product.id }}
                        />
                      )}
                      size="md"
                      // The spoken name starts with the visible word ("Xem" or "Chấm điểm").
                      aria-label={`${product.mySheetStatus === 'submitted' ? t('view') : t('score')}: ${product.productName}`}
                    >
                      {product.mySheetStatus === 'submitted' ? t('view') : t('score')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {chaired.length > 0 && (
        <Card withBorder>
          <Title order={2} size="h3" mb="sm">
            {t('chairRounds')}
          </Title>
          <Stack>
            {chaired.map((r) => (
              <Button
                key={r.id}
                renderRoot={(props) => (
                  <Link {...props} to="/evaluation/rounds/$roundId/chair" params={{ roundId: r.id }} />
                )}
                variant="light"
                size="md"
                justify="space-between"
              >
                {`${t('chairView')}: ${r.name} — ${t(`roundStatus.${r.status}`)}`}
              </Button>
            ))}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
