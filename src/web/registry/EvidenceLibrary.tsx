import {
  ActionIcon,
  Anchor,
  Badge,
  Card,
  Group,
  Loader,
  Select,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconDownload, IconTrash } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { SearchTextInput } from './SearchTextInput';
import { useTranslation } from 'react-i18next';
import type { EvidenceOutput } from '../../contracts/evidence.contracts';
import type { ProductOutput } from '../../contracts/products.contracts';
import { EVIDENCE_TYPES } from '../../domain/registry/evidence-types';
import { useCan } from '../auth/useCan';
import { ConfirmDialog } from '../forms/ConfirmDialog';
import { ErrorAlert } from '../forms/ErrorAlert';
import { formatDate } from '../i18n/format';
import { EvidenceUploadForm } from './EvidenceUploadForm';
import { evidenceTypeOptions, formatBytes } from './labels';
import { ListPagination } from './ListPagination';
import { REGISTRY_NS } from './registry-i18n';
import { EVIDENCE_VALIDITY_FILTERS, type EvidenceSearch } from './registry-search';
import { evidenceFileUrl, PAGE_SIZE, REGISTRY_KEY, registryApi } from './registry.api';

const routeApi = getRouteApi('/authenticated/producers/$producerId');

const VALIDITY_COLORS = {
  valid: 'green',
  expiring_soon: 'orange',
  expired: 'red',
  no_expiry: 'gray',
} as const;

/** Valid / expires soon / expired / no expiry, with the date when there is one. */
export function ValidityBadge({ evidence }: { evidence: Pick<EvidenceOutput, 'validity' | 'validUntil'> }) {
  const { t, i18n } = useTranslation(REGISTRY_NS);
  return (
    <Stack gap={2} align="flex-start">
      <Badge variant="light" color={VALIDITY_COLORS[evidence.validity]}>
        {t(`validity.${evidence.validity}`)}
      </Badge>
      {evidence.validUntil && (
        <Text size="xs" c="dimmed">
          {t('evidence.validUntilShort', { date: formatDate(evidence.validUntil, i18n.language) })}
        </Text>
      )}
    </Stack>
  );
}

/** Asks before deleting a document; the API refuses when a submitted dossier still uses it. */
export function DeleteEvidenceButton({ evidence }: { evidence: Pick<EvidenceOutput, 'id' | 'title'> }) {
  const { t } = useTranslation(REGISTRY_NS);
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  const mutation = useMutation({
    mutationFn: () => registryApi.deleteEvidence(evidence.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: REGISTRY_KEY }),
  });
  return (
    <>
      <Tooltip label={t('evidence.delete')}>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('evidence.deleteNamed', { title: evidence.title })}
          onClick={() => setOpen(true)}
        >
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
      <ConfirmDialog
        opened={isOpen}
        onClose={() => setOpen(false)}
        title={t('evidence.deleteTitle')}
        consequence={t('evidence.deleteConfirm', { title: evidence.title })}
        confirmLabel={t('evidence.deleteSubmit')}
        color="red"
        onConfirm={() => mutation.mutateAsync()}
      />
    </>
  );
}

function EvidenceTable({ items, canManage }: { items: readonly EvidenceOutput[]; canManage: boolean }) {
  const { t, i18n } = useTranslation(REGISTRY_NS);
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped withTableBorder data-testid="evidence-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('evidence.title')}</Table.Th>
            <Table.Th>{t('evidence.type')}</Table.Th>
            <Table.Th>{t('evidence.issuer')}</Table.Th>
            <Table.Th>{t('evidence.validity')}</Table.Th>
            <Table.Th>{t('evidence.file')}</Table.Th>
            <Table.Th>
              <span className="visually-hidden">{t('actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((evidence) => (
            <Table.Tr key={evidence.id}>
              <Table.Td>{evidence.title}</Table.Td>
              <Table.Td>{evidence.documentTypeLabel}</Table.Td>
              <Table.Td>
                {evidence.issuer ?? '—'}
                {evidence.issuedOn && (
                  <Text size="xs" c="dimmed">
                    {t('evidence.issuedOnShort', { date: formatDate(evidence.issuedOn, i18n.language) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <ValidityBadge evidence={evidence} />
              </Table.Td>
              <Table.Td>
                <Anchor
                  href={evidenceFileUrl(evidence.id)}
                  download={evidence.fileName}
                  aria-label={t('evidence.downloadNamed', { title: evidence.title })}
                >
                  <Group gap={4} wrap="nowrap">
                    <IconDownload size={14} aria-hidden />
                    {evidence.fileName}
                  </Group>
                </Anchor>
                <Text size="xs" c="dimmed">
                  {formatBytes(evidence.sizeBytes, i18n.language)}
                </Text>
              </Table.Td>
              <Table.Td>{canManage && <DeleteEvidenceButton evidence={evidence} />}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * The producer's evidence library (thư viện minh chứng): documents uploaded once and reused in
 * dossiers, with a warning for those that expire soon or have expired.
 */
export function EvidenceLibrary({
  producerId,
  products,
}: {
  producerId: string;
  products: readonly ProductOutput[];
}) {
  const { t, i18n } = useTranslation(REGISTRY_NS);
  const canManage = useCan('evidence.manage');
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const page = search.evidencePage ?? 1;
  const filter = {
    producerId,
    q: search.evidenceQ,
    documentType: search.evidenceType,
    validity: search.evidenceValidity,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  };
  const list = useQuery({
    queryKey: [...REGISTRY_KEY, 'evidence', filter],
    queryFn: ({ signal }) => registryApi.evidence(filter, signal),
    placeholderData: keepPreviousData,
  });
  // The warning counts the whole library, whatever page or filter is shown.
  const countOf = (validity: 'expired' | 'expiring_soon') =>
    ({
      queryKey: [...REGISTRY_KEY, 'evidence', { producerId, validity, limit: 1 }],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        registryApi.evidence({ producerId, validity, limit: 1 }, signal),
    }) as const;
  const expired = useQuery(countOf('expired')).data?.total ?? 0;
  const expiring = useQuery(countOf('expiring_soon')).data?.total ?? 0;
  const items = list.data?.items ?? [];
  const isFiltered = Boolean(search.evidenceQ || search.evidenceType || search.evidenceValidity);
  const updateText = (evidenceQ: string | undefined) =>
    void navigate({
      search: (previous) => ({ ...previous, evidenceQ, evidencePage: undefined }),
      replace: true,
    });
  const setFilter = (next: Pick<EvidenceSearch, 'evidenceType' | 'evidenceValidity'>) =>
    void navigate({ search: (previous) => ({ ...previous, ...next, evidencePage: undefined }) });

  return (
    <Card withBorder component="section" aria-labelledby="evidence-heading">
      <Title order={2} size="h4" mb="xs" id="evidence-heading">
        {t('evidence.libraryTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('evidence.libraryIntro')}
      </Text>
      <Stack>
        {(expiring > 0 || expired > 0) && (
          <Text role="status" c={expired > 0 ? 'red.8' : 'orange.8'} fw={500}>
            {[
              expired > 0 ? t('evidence.expiredCount', { count: expired }) : '',
              expiring > 0 ? t('evidence.expiringCount', { count: expiring }) : '',
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        )}
        <Group align="flex-end" role="search" aria-label={t('evidence.filters')}>
          <SearchTextInput
            label={t('evidence.search')}
            initial={search.evidenceQ ?? ''}
            onSearch={updateText}
          />
          <Select
            label={t('evidence.type')}
            placeholder={t('evidence.allTypes')}
            clearable
            data={evidenceTypeOptions(i18n.language)}
            value={search.evidenceType ?? null}
            onChange={(value) => setFilter({ evidenceType: EVIDENCE_TYPES.find((type) => type === value) })}
            w={280}
          />
          <Select
            label={t('evidence.validity')}
            placeholder={t('evidence.allValidity')}
            clearable
            data={EVIDENCE_VALIDITY_FILTERS.map((value) => ({ value, label: t(`validity.${value}`) }))}
            value={search.evidenceValidity ?? null}
            onChange={(value) =>
              setFilter({
                evidenceValidity: EVIDENCE_VALIDITY_FILTERS.find((validity) => validity === value),
              })
            }
            w={200}
          />
          {list.isFetching && <Loader size="sm" aria-label={t('loading')} />}
        </Group>
        <ErrorAlert error={list.error} />
        {list.data && items.length === 0 && (
          <Text c="dimmed">{isFiltered ? t('evidence.noMatch') : t('evidence.none')}</Text>
        )}
        {list.data && items.length > 0 && (
          <>
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('evidence.count', { count: list.data.total })}
            </Text>
            <EvidenceTable items={items} canManage={canManage} />
            <ListPagination
              total={list.data.total}
              page={page}
              onChange={(next) =>
                void navigate({
                  search: (previous) => ({ ...previous, evidencePage: next > 1 ? next : undefined }),
                })
              }
            />
          </>
        )}
        {canManage && (
          <Card withBorder bg="gray.0">
            <Title order={3} size="h5" mb="sm">
              {t('evidence.uploadTitle')}
            </Title>
            <EvidenceUploadForm producerId={producerId} products={products} />
          </Card>
        )}
      </Stack>
    </Card>
  );
}
