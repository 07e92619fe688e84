import { Anchor, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DecisionOutput } from '../../contracts/evaluation.contracts';
import { ErrorAlert } from '../forms/ErrorAlert';
import { evaluationApi, evaluationFiles } from './evaluation.api';
import { EVALUATION_NS } from './evaluation-i18n';

/**
 * What the leader reviews before approving or returning: each product of the decision with the
 * council's result (stars, mean score), every member's total and the explanation, and the minutes.
 */
export function DecisionResultsPanel({ decision }: { decision: DecisionOutput }) {
  const { t, i18n } = useTranslation(EVALUATION_NS);
  const roundId = decision.roundId;
  const results = useQuery({
    queryKey: ['evaluation', 'round-results', roundId],
    queryFn: ({ signal }) => evaluationApi.results(roundId!, signal),
    enabled: roundId !== null,
  });
  if (!roundId) return null;
  const isEnglish = i18n.language.startsWith('en');
  const number = (value: number) =>
    value.toLocaleString(isEnglish ? 'en' : 'vi', { maximumFractionDigits: 2 });
  const inDecision = new Set(decision.items.map((i) => i.roundResultId));
  const rows = (results.data?.items ?? []).filter((r) => inDecision.has(r.id));
  const headingId = `decision-results-${decision.id}`;
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId}>
        {t('review.results')}
      </Title>
      <ErrorAlert error={results.error} />
      {results.isPending && <Loader size="sm" aria-label="…" />}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table withTableBorder verticalSpacing="xs" data-testid="decision-results">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('review.product')}</Table.Th>
                <Table.Th>{t('review.stars')}</Table.Th>
                <Table.Th>{t('review.mean')}</Table.Th>
                <Table.Th>{t('review.memberScores')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {r.productName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {r.producerName}
                    </Text>
                    <Text size="xs">{isEnglish ? r.explanationEn : r.explanationVi}</Text>
                  </Table.Td>
                  <Table.Td>{r.stars === null ? '—' : `${r.stars}★`}</Table.Td>
                  <Table.Td>{number(r.mean)}</Table.Td>
                  <Table.Td>
                    {r.memberTotals.length === 0
                      ? '—'
                      : r.memberTotals.map((m) => `${m.name}: ${number(m.total)}`).join('; ')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Anchor href={evaluationFiles.minutesPdf(roundId)} size="sm">
        {t('review.minutes')}
      </Anchor>
    </Stack>
  );
}
