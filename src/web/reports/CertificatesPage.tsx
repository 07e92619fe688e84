import { Badge, Checkbox, Group, NativeSelect, Pagination, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateOutput } from '../../contracts/evaluation.contracts';
import { CERTIFICATE_STATUS_LABELS, CERTIFICATE_STATUSES } from '../../domain/evaluation/evaluation.types';
import { apiRequest } from '../api/http';
import { ExportButtons } from '../exports/ExportButtons';
import { DecimalInput } from '../forms/DecimalInput';
import { ErrorAlert } from '../forms/ErrorAlert';
import { formatDate } from '../i18n/format';
import { AnchorLink } from '../layout/AnchorLink';
import { PageHeading } from '../layout/PageHeading';
import { useMe } from '../auth/useMe';
import { CERTIFICATES_NS } from '../certificates/certificates-i18n';
import { REPORTS_NS } from './reports-i18n';

const PAGE_SIZE = 100;

interface Filters {
  status: string;
  stars: string;
  expiringWithinDays: number | '';
  notReEvaluated: boolean;
}

const ALL_CERTIFICATES: Filters = { status: '', stars: '', expiringWithinDays: '', notReEvaluated: false };
/** The preset of "sắp hết hạn / đã hết hạn chưa đánh giá lại": the 30-day notice period. */
const NOT_RE_EVALUATED: Filters = { status: '', stars: '', expiringWithinDays: 30, notReEvaluated: true };

/** The list's query parameters (empty filters left out), shared by the list and its export. */
function queryOf(filters: Filters): Record<string, string | number | undefined> {
  return {
    status: filters.status || undefined,
    stars: filters.stars || undefined,
    expiringWithinDays: filters.expiringWithinDays === '' ? undefined : filters.expiringWithinDays,
    notReEvaluated: filters.notReEvaluated ? 'true' : undefined,
  };
}

/**
 * The certificates the account may see, filtered (status, stars, ending within N days, not
 * re-evaluated) and paged, with "Xuất Excel / CSV" of the filtered list. `preset` opens it as the
 * office's "sắp hết hạn / đã hết hạn chưa đánh giá lại" list.
 */
export function CertificatesPage({ preset }: { preset?: 'not-re-evaluated' }) {
  const { t, i18n } = useTranslation(REPORTS_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const { t: tc } = useTranslation(CERTIFICATES_NS);
  const canImport = useMe().grants.some((g) => g.role === 'standing_office' || g.role === 'admin');
  const [filters, setFilters] = useState<Filters>(
    preset === 'not-re-evaluated' ? NOT_RE_EVALUATED : ALL_CERTIFICATES,
  );
  const [page, setPage] = useState(1);
  const change = (next: Partial<Filters>) => {
    setFilters((current) => ({ ...current, ...next }));
    setPage(1);
  };
  const query = useQuery({
    queryKey: ['certificates', 'list', filters, page],
    queryFn: ({ signal }) =>
      apiRequest<{ items: CertificateOutput[]; total: number }>('/certificates', {
        query: { ...queryOf(filters), limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
  const items = query.data?.items ?? [];
  const pages = Math.ceil((query.data?.total ?? 0) / PAGE_SIZE);
  const title = preset === 'not-re-evaluated' ? tc('notReEvaluatedTitle') : t('certificatesTitle');
  return (
    <Stack maw={1200}>
      <PageHeading>{title}</PageHeading>
      {preset === 'not-re-evaluated' && <Text size="sm">{tc('notReEvaluatedIntro')}</Text>}
      <Group align="end" wrap="wrap">
        <NativeSelect
          label={tc('filterStatus')}
          value={filters.status}
          onChange={(e) => change({ status: e.currentTarget.value })}
          data={[
            { value: '', label: tc('filterAll') },
            ...CERTIFICATE_STATUSES.map((s) => ({ value: s, label: CERTIFICATE_STATUS_LABELS[s][lang] })),
          ]}
        />
        <NativeSelect
          label={tc('filterStars')}
          value={filters.stars}
          onChange={(e) => change({ stars: e.currentTarget.value })}
          data={[
            { value: '', label: tc('filterAll') },
            ...['3', '4', '5'].map((n) => ({ value: n, label: `${n} ★` })),
          ]}
        />
        <DecimalInput
          label={tc('filterExpiringWithin')}
          isWhole
          min={0}
          max={3660}
          w={160}
          value={filters.expiringWithinDays}
          onChange={(value) => change({ expiringWithinDays: value })}
        />
        <Checkbox
          label={tc('filterNotReEvaluated')}
          checked={filters.notReEvaluated}
          onChange={(e) => change({ notReEvaluated: e.currentTarget.checked })}
          mb={8}
        />
      </Group>
      <Group justify="space-between">
        <Text c="dimmed" aria-live="polite">
          {query.data ? tc('listTotal', { count: query.data.total }) : ''}
        </Text>
        <Group>
          {canImport && <AnchorLink to="/certificates/import">{tc('importTitle')}</AnchorLink>}
          <ExportButtons list="certificates" filters={queryOf(filters)} />
        </Group>
      </Group>
      <ErrorAlert error={query.error} />
      {query.data && items.length === 0 && <Text c="dimmed">{t('noCertificates')}</Text>}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={800}>
          <Table withTableBorder striped aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('certificateNumber')}</Table.Th>
                <Table.Th>{t('product')}</Table.Th>
                <Table.Th>{t('producer')}</Table.Th>
                <Table.Th>{t('commune')}</Table.Th>
                <Table.Th ta="right">{t('stars')}</Table.Th>
                <Table.Th>{t('issuedOn')}</Table.Th>
                <Table.Th>{t('validUntil')}</Table.Th>
                <Table.Th>{t('certificateStatus')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <AnchorLink to="/certificates/$certificateId" params={{ certificateId: c.id }}>
                      {c.number}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{c.productName}</Table.Td>
                  <Table.Td>{c.producerName}</Table.Td>
                  <Table.Td>{c.communeName}</Table.Td>
                  <Table.Td ta="right">{c.stars}</Table.Td>
                  <Table.Td>{formatDate(c.issuedOn, i18n.language)}</Table.Td>
                  <Table.Td>{formatDate(c.validUntil, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Badge
                      variant="light"
                      color={c.status === 'valid' ? 'green' : c.status === 'revoked' ? 'red' : 'gray'}
                    >
                      {CERTIFICATE_STATUS_LABELS[c.status][lang]}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {pages > 1 && (
        <Group justify="center" component="nav" aria-label={tc('pagination')}>
          <Pagination total={pages} value={page} onChange={setPage} />
        </Group>
      )}
    </Stack>
  );
}

/** The preset list "sắp hết hạn / đã hết hạn chưa đánh giá lại" (menu entry of the offices). */
export function NotReEvaluatedCertificatesPage() {
  return <CertificatesPage preset="not-re-evaluated" />;
}
