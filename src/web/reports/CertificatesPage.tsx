import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CertificateOutput } from '../../contracts/evaluation.contracts';
import { CERTIFICATE_STATUS_LABELS } from '../../domain/evaluation/evaluation.types';
import { apiRequest } from '../api/http';
import { ExportButtons } from '../exports/ExportButtons';
import { ErrorAlert } from '../forms/ErrorAlert';
import { formatDate } from '../i18n/format';
import { AnchorLink } from '../layout/AnchorLink';
import { PageHeading } from '../layout/PageHeading';
import { useMe } from '../auth/useMe';
import { CERTIFICATES_NS } from '../certificates/certificates-i18n';
import { REPORTS_NS } from './reports-i18n';

/** The certificates the account may see, with "Xuất Excel / CSV". */
export function CertificatesPage() {
  const { t, i18n } = useTranslation(REPORTS_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const { t: tc } = useTranslation(CERTIFICATES_NS);
  const canImport = useMe().grants.some((g) => g.role === 'standing_office' || g.role === 'admin');
  const query = useQuery({
    queryKey: ['certificates', 'list'],
    queryFn: ({ signal }) => apiRequest<{ items: CertificateOutput[] }>('/certificates', { signal }),
  });
  const items = query.data?.items ?? [];
  return (
    <Stack maw={1200}>
      <PageHeading>{t('certificatesTitle')}</PageHeading>
      <Group justify="space-between">
        <Text c="dimmed">{query.data ? items.length : ''}</Text>
        <Group>
          {canImport && <AnchorLink to="/certificates/import">{tc('importTitle')}</AnchorLink>}
          <ExportButtons list="certificates" />
        </Group>
      </Group>
      <ErrorAlert error={query.error} />
      {query.data && items.length === 0 && <Text c="dimmed">{t('noCertificates')}</Text>}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={800}>
          <Table withTableBorder striped aria-label={t('certificatesTitle')}>
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
                    <Badge variant="light" color={c.status === 'valid' ? 'green' : 'gray'}>
                      {CERTIFICATE_STATUS_LABELS[c.status][lang]}
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
