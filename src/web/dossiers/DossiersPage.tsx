import { Badge, Button, Card, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierSummaryOutput } from '../../contracts/dossiers.contracts';
import { DOSSIER_TYPE_LABELS, DOSSIER_TYPES, type DossierType } from '../../domain/dossier/dossier.types';
import { ErrorAlert } from '../forms/ErrorAlert';
import { formatDate } from '../i18n/format';
import { PageHeading } from '../layout/PageHeading';
import { ExportButtons } from '../exports/ExportButtons';
import { DOSSIERS_NS } from './dossier-i18n';
import { dossiersApi } from './dossiers.api';

function DossierRows({
  items,
  extra,
}: {
  items: (DossierSummaryOutput & { taskLabel?: { vi: string; en: string } })[];
  extra?: boolean;
}) {
  const { t, i18n } = useTranslation(DOSSIERS_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('product')}</Table.Th>
            <Table.Th>{t('producer')}</Table.Th>
            <Table.Th>{t('commune')}</Table.Th>
            <Table.Th>{t('status')}</Table.Th>
            {extra && <Table.Th>{t('deadline')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>
                <Link to="/dossiers/$dossierId" params={{ dossierId: d.id }} className="mantine-Anchor-root">
                  {d.product.name}
                </Link>
              </Table.Td>
              <Table.Td>{d.producer.name}</Table.Td>
              <Table.Td>{d.commune.name}</Table.Td>
              <Table.Td>
                <Badge variant="light">
                  {d.taskLabel
                    ? d.taskLabel[lang]
                    : d.outcome && d.outcome.kind !== 'in-evaluation'
                      ? t(`outcome.badge.${d.outcome.kind}`, { stars: d.outcome.stars ?? 0 })
                      : d.statusLabel[lang]}
                </Badge>
              </Table.Td>
              {extra && (
                <Table.Td>
                  {d.deadline?.dueOn ?? '—'}{' '}
                  {d.deadline?.isOverdue && <Badge color="red">{t('overdue')}</Badge>}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Starting a dossier: a product of one's producer, and for an upgrade the dossier it continues. */
function StartDossier() {
  const { t, i18n } = useTranslation(DOSSIERS_NS);
  const navigate = useNavigate();
  const options = useQuery({
    queryKey: ['dossiers', 'start-options'],
    queryFn: ({ signal }) => dossiersApi.startOptions(signal),
  });
  const [productId, setProductId] = useState('');
  const [chosenType, setType] = useState<DossierType>('first');
  const products = options.data?.products ?? [];
  const product = products.find((p) => p.productId === productId);
  // A certified product offers only an upgrade or a re-evaluation (the server refuses a first evaluation).
  const allowedTypes = product?.allowedTypes ?? DOSSIER_TYPES;
  const type = allowedTypes.includes(chosenType) ? chosenType : (allowedTypes[0] ?? 'first');
  const create = useMutation({
    mutationFn: () => {
      const previousId =
        product?.validCertificate?.dossierId ??
        product?.dossiers.find((d) => d.status === 'accepted_into_pool')?.id;
      return dossiersApi.create({
        productId,
        type,
        ...(type !== 'first' && previousId ? { previousDossierId: previousId } : {}),
      });
    },
    onSuccess: (dossier) => navigate({ to: '/dossiers/$dossierId', params: { dossierId: dossier.id } }),
  });
  if (products.length === 0) return null;
  const certificate = product?.validCertificate;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('start')}
      </Title>
      <Group align="end">
        <NativeSelect
          label={t('product')}
          value={productId}
          onChange={(e) => setProductId(e.currentTarget.value)}
          data={[
            { value: '', label: '—' },
            ...products.map((p) => ({ value: p.productId, label: `${p.productName} (${p.producerName})` })),
          ]}
        />
        <NativeSelect
          label={t('type')}
          value={type}
          onChange={(e) => setType(e.currentTarget.value as DossierType)}
          data={allowedTypes.map((value) => ({
            value,
            label: DOSSIER_TYPE_LABELS[value][i18n.language === 'en' ? 'en' : 'vi'],
          }))}
        />
        <Button onClick={() => create.mutate()} disabled={!productId} loading={create.isPending}>
          {t('create')}
        </Button>
      </Group>
      {certificate && (
        <Text size="sm" mt="xs" data-testid="certified-product-note">
          {t('certifiedProduct', {
            stars: certificate.stars,
            number: certificate.number,
            date: formatDate(certificate.validUntil, i18n.language),
          })}
        </Text>
      )}
      <ErrorAlert error={create.error} />
    </Card>
  );
}

/** Dossiers: the actor's work queue, a new dossier (producers), and every visible dossier. */
export function DossiersPage() {
  const { t } = useTranslation(DOSSIERS_NS);
  const queue = useQuery({
    queryKey: ['dossiers', 'queue'],
    queryFn: ({ signal }) => dossiersApi.queue(signal),
  });
  const list = useQuery({
    queryKey: ['dossiers', 'list'],
    queryFn: ({ signal }) => dossiersApi.list(signal),
  });
  return (
    <Stack>
      <PageHeading>{t('title')}</PageHeading>
      <ExportButtons list="dossiers" />
      <StartDossier />
      <Title order={2} size="h4">
        {t('queue')}
      </Title>
      <ErrorAlert error={queue.error} />
      {queue.data && queue.data.items.length === 0 ? (
        <Text c="dimmed">{t('queueEmpty')}</Text>
      ) : (
        <DossierRows items={queue.data?.items ?? []} extra />
      )}
      <Title order={2} size="h4">
        {t('all')}
      </Title>
      <ErrorAlert error={list.error} />
      {list.data && list.data.items.length === 0 ? (
        <Text c="dimmed">{t('none')}</Text>
      ) : (
        <DossierRows items={list.data?.items ?? []} />
      )}
    </Stack>
  );
}
