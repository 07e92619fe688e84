import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { useMe } from '../auth/useMe';
import { InspectionPlansSection } from './InspectionPlansSection';
import { readOutbox, syncOutbox } from './inspection-outbox';
import { POST_INSPECTION_NS } from './post-inspection-i18n';
import { postInspectionApi } from './post-inspection.api';

const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** Inspection records the account may see (inspectors, offices, leaders; a producer its own), and the device's unsent ones. */
export function InspectionsPage() {
  const { t } = useTranslation(POST_INSPECTION_NS);
  const me = useMe();
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: ['inspections', 'list'],
    queryFn: ({ signal }) => postInspectionApi.inspections(signal),
  });
  const [pending, setPending] = useState(readOutbox());
  const [syncError, setSyncError] = useState<unknown>(null);
  const sync = async () => {
    const result = await syncOutbox({ csrfToken: me.csrfToken });
    setPending(readOutbox());
    setSyncError(result.failed[0]?.error ?? null);
    await queryClient.invalidateQueries({ queryKey: ['inspections'] });
  };
  return (
    <Stack>
      <PageHeading>{t('inspectionsTitle')}</PageHeading>
      {me.actions.includes('inspection.record') && (
        <Group>
          <Button component={Link} to="/inspections/new" size="md">
            {t('newInspection')}
          </Button>
        </Group>
      )}
      {pending.length > 0 && (
        <Stack gap="xs">
          <Text fw={700}>{t('pendingSync')}</Text>
          <Text size="sm">{t('pendingCount', { count: pending.length })}</Text>
          {pending.map((p) => (
            <Text size="sm" key={p.create.clientId}>
              {p.photoCount ? `${p.label} (${t('photoCount', { count: p.photoCount })})` : p.label}
            </Text>
          ))}
          <Group>
            <Button variant="light" onClick={() => void sync()}>
              {t('syncNow')}
            </Button>
          </Group>
          <ErrorAlert error={syncError} />
        </Stack>
      )}
      <ErrorAlert error={list.error} />
      {list.data && list.data.items.length === 0 && <Text c="dimmed">{t('noInspections')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('inspectedOn')}</Table.Th>
                <Table.Th>{t('producer')}</Table.Th>
                <Table.Th>{t('product')}</Table.Th>
                <Table.Th>{t('agency')}</Table.Th>
                <Table.Th>{t('status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>
                    <Anchor href={`/app/inspections/${encodeURIComponent(i.id)}`}>
                      {vnDate(i.inspectedOn)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{i.producerName}</Table.Td>
                  <Table.Td>{i.productName ?? '—'}</Table.Td>
                  <Table.Td>{t(`agencies.${i.agency}`)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light">{t(`inspectionStatus.${i.status}`)}</Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <InspectionPlansSection />
    </Stack>
  );
}
