import { Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ScoringQualityOutput } from '../../contracts/scoring-quality.contracts';
import { apiRequest } from '../api/http';
import { i18next } from '../i18n/i18n';

i18next.addResourceBundle(
  'vi',
  'scoringQuality',
  {
    title: 'Chất lượng chấm điểm của thành viên',
    intro:
      'Độ lệch của từng thành viên so với điểm bình quân của hội đồng (điểm, z-score theo từng đợt) và tỷ lệ sản phẩm phải chấm lại. Chỉ chủ tịch hội đồng và cơ quan thường trực xem được.',
    member: 'Thành viên',
    products: 'Số sản phẩm',
    deviation: 'Lệch TB (điểm)',
    z: 'z-score TB',
    byRound: 'z-score theo đợt',
    rescored: 'Chấm lại',
    flagged: 'Cần xem xét',
    empty: 'Chưa có phiếu chấm đã nộp.',
  },
  true,
  true,
);
i18next.addResourceBundle(
  'en',
  'scoringQuality',
  {
    title: 'Members’ scoring quality',
    intro:
      'Each member’s deviation from the council’s mean (points, z-score per round) and share of re-scored products. Only the chair and the standing office see it.',
    member: 'Member',
    products: 'Products',
    deviation: 'Mean deviation (points)',
    z: 'Mean z-score',
    byRound: 'z-score per round',
    rescored: 'Re-scored',
    flagged: 'To review',
    empty: 'No submitted score sheet yet.',
  },
  true,
  true,
);

const signed = (value: number) => `${value > 0 ? '+' : ''}${value.toLocaleString('vi-VN')}`;

/** Per-member scoring quality of a council; renders nothing for those who may not see it. */
export function ScoringQualityCard({ councilId }: { councilId: string }) {
  const { t } = useTranslation('scoringQuality');
  const query = useQuery({
    queryKey: ['councils', councilId, 'scoring-quality'],
    queryFn: ({ signal }) =>
      apiRequest<ScoringQualityOutput>(`/councils/${encodeURIComponent(councilId)}/scoring-quality`, {
        signal,
      }),
    retry: false,
  });
  if (!query.data) return null;
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} size="h3">
          {t('title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('intro')}
        </Text>
        {query.data.members.length === 0 ? (
          <Text c="dimmed">{t('empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped withTableBorder aria-label={t('title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('member')}</Table.Th>
                  <Table.Th ta="right">{t('products')}</Table.Th>
                  <Table.Th ta="right">{t('deviation')}</Table.Th>
                  <Table.Th ta="right">{t('z')}</Table.Th>
                  <Table.Th>{t('byRound')}</Table.Th>
                  <Table.Th ta="right">{t('rescored')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {query.data.members.map((m) => (
                  <Table.Tr key={m.memberId}>
                    <Table.Td>
                      {m.fullName}{' '}
                      {m.isFlagged && (
                        <Badge color="red" variant="light">
                          {t('flagged')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{m.productsScored}</Table.Td>
                    <Table.Td ta="right">{signed(m.meanDeviation)}</Table.Td>
                    <Table.Td ta="right">{signed(m.meanZ)}</Table.Td>
                    <Table.Td>
                      {m.rounds.map((r) => `${r.roundName}: ${signed(r.meanZ)}`).join(' · ')}
                    </Table.Td>
                    <Table.Td ta="right">{Math.round(m.rescoredShare * 100)} %</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
