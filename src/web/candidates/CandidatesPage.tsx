import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/useCan';
import { ErrorAlert } from '../forms/ErrorAlert';
import { formatDate } from '../i18n/format';
import { PageHeading } from '../layout/PageHeading';
import { FailedCriteriaList } from './FailedCriteriaList';
import { CANDIDATES_NS } from './candidates-i18n';
import { CANDIDATES_KEY, candidatesApi } from './candidates.api';

/** Suggestions from ≥ 90-point results and the province's 5★ candidates. */
export function CandidatesPage() {
  const { t, i18n } = useTranslation(CANDIDATES_NS);
  const canManage = useCan('consultant.manage');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const suggestions = useQuery({
    queryKey: [...CANDIDATES_KEY, 'suggestions'],
    queryFn: ({ signal }) => candidatesApi.suggestions(signal),
  });
  const candidates = useQuery({
    queryKey: [...CANDIDATES_KEY, 'list'],
    queryFn: ({ signal }) => candidatesApi.list(signal),
  });
  const mark = useMutation({
    mutationFn: (productId: string) => candidatesApi.create({ productId, origin: 'suggestion' }),
    onSuccess: async (candidate) => {
      await queryClient.invalidateQueries({ queryKey: CANDIDATES_KEY });
      await navigate({ to: '/five-star-candidates/$candidateId', params: { candidateId: candidate.id } });
    },
  });
  return (
    <Stack>
      <PageHeading>{t('title')}</PageHeading>
      <Text>{t('intro')}</Text>
      <ErrorAlert error={suggestions.error ?? candidates.error ?? mark.error} />
      <Title order={2} size="h3">
        {t('suggestions')}
      </Title>
      {suggestions.data?.items.length === 0 ? (
        <Text c="dimmed">{t('noSuggestions')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('product')}</Table.Th>
                <Table.Th>{t('province')}</Table.Th>
                <Table.Th>{t('points')}</Table.Th>
                <Table.Th>{t('failedCriteria')}</Table.Th>
                {canManage && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(suggestions.data?.items ?? []).map((s) => (
                <Table.Tr key={s.productId}>
                  <Table.Td>
                    {s.productName}
                    <Text size="xs" c="dimmed">
                      {s.producerName}
                    </Text>
                  </Table.Td>
                  <Table.Td>{s.unitName}</Table.Td>
                  <Table.Td>
                    {s.lastResult.mean.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'vi-VN')}
                  </Table.Td>
                  <Table.Td>
                    <FailedCriteriaList result={s.lastResult} />
                  </Table.Td>
                  {canManage && (
                    <Table.Td>
                      <Button size="xs" loading={mark.isPending} onClick={() => mark.mutate(s.productId)}>
                        {t('mark')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Title order={2} size="h3">
        {t('candidates')}
      </Title>
      {candidates.data?.items.length === 0 ? (
        <Text c="dimmed">{t('noCandidates')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('product')}</Table.Th>
                <Table.Th>{t('status')}</Table.Th>
                <Table.Th>{t('consultant')}</Table.Th>
                <Table.Th>{t('deadline')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(candidates.data?.items ?? []).map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Link to="/five-star-candidates/$candidateId" params={{ candidateId: c.id }}>
                      {c.productName}
                    </Link>
                    <Text size="xs" c="dimmed">
                      {c.producerName} · {c.unitName}
                    </Text>
                  </Table.Td>
                  <Table.Td>{c.statusVi}</Table.Td>
                  <Table.Td>{c.consultant?.name ?? ''}</Table.Td>
                  <Table.Td>{formatDate(c.deadline, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
