import { Badge, Button, Card, Checkbox, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../forms/ConfirmAction';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { useMe } from '../auth/useMe';
import { POST_INSPECTION_NS } from './post-inspection-i18n';
import { postInspectionApi } from './post-inspection.api';

const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function DecisionCard({ id, canApprove }: { id: string; canApprove: boolean }) {
  const { t } = useTranslation(POST_INSPECTION_NS);
  const queryClient = useQueryClient();
  const decision = useQuery({
    queryKey: ['revocations', 'decision', id],
    queryFn: ({ signal }) => postInspectionApi.decision(id, signal),
  });
  const done = () => queryClient.invalidateQueries({ queryKey: ['revocations'] });
  const approve = useMutation({
    mutationFn: () => postInspectionApi.approveDecision(id, decision.data!.version),
    onSuccess: done,
  });
  const giveBack = useMutation({
    mutationFn: (reason: string) => postInspectionApi.returnDecision(id, decision.data!.version, reason),
    onSuccess: done,
  });
  const d = decision.data;
  if (!d) return <ErrorAlert error={decision.error} />;
  const headingId = `revocation-decision-${d.id}`;
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h4" id={headingId}>{`${t('decision')} ${d.number}`}</Title>
          <Badge
            size="lg"
            color={d.status === 'approved' ? 'red' : d.status === 'returned' ? 'gray' : 'yellow'}
          >
            {t(`decisionStatus.${d.status}`)}
          </Badge>
        </Group>
        {d.signedOn && (
          <Text size="sm">{`${d.issuerName} · ${vnDate(d.signedOn)} · ${d.decidedByName ?? ''}`}</Text>
        )}
        {d.returnReason && <Text size="sm">{`${t('returnReason')}: ${d.returnReason}`}</Text>}
        <Stack gap={2}>
          {d.items.map((item) => (
            <Text size="sm" key={item.id}>
              {`${item.productName} — ${item.producerName} — ${t('certificate')} ${item.certificateNumber} — ${item.groundLabelVi}`}
            </Text>
          ))}
        </Stack>
        <Group>
          <Button component="a" href={postInspectionApi.decisionPdfUrl(d.id)} variant="light">
            {t('downloadPdf')}
          </Button>
          {d.status === 'draft' && canApprove && (
            <>
              <ConfirmAction
                label={t('approve')}
                color="red"
                title={t('approveConfirmTitle', { number: d.number })}
                consequence={t('approveConfirm', { number: d.number })}
                recipients={t('approveConfirmWho')}
                onConfirm={() => approve.mutateAsync()}
              />
              <ConfirmAction
                label={t('return')}
                buttonProps={{ variant: 'default' }}
                title={t('returnConfirmTitle', { number: d.number })}
                consequence={t('returnConfirmBody')}
                reason={{ label: t('returnReason'), maxLength: 1000 }}
                onConfirm={(reason) => giveBack.mutateAsync(reason ?? '')}
              />
            </>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

/**
 * Revocation (thu hồi): the standing office sees open proposals (from inspections, its own, and
 * "expired and not re-evaluated" in bulk) and drafts a decision for the ones it selects; the leader
 * approves and signs it, or returns it with a reason.
 */
export function RevocationsPage() {
  const { t } = useTranslation(POST_INSPECTION_NS);
  const me = useMe();
  const queryClient = useQueryClient();
  const canDraft = me.actions.includes('revocation.draft');
  const canApprove = me.actions.includes('revocation.approve');
  const proposals = useQuery({
    queryKey: ['revocations', 'proposals'],
    queryFn: ({ signal }) => postInspectionApi.proposals(signal),
  });
  const decisions = useQuery({
    queryKey: ['revocations', 'decisions'],
    queryFn: ({ signal }) => postInspectionApi.decisions(signal),
  });
  const [selected, setSelected] = useState<string[]>([]);
  const [number, setNumber] = useState('');
  const [message, setMessage] = useState('');
  const officeUnitId = me.grants.find((g) => g.role === 'standing_office')?.unitId;
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['revocations'] });
  const draft = useMutation({
    mutationFn: () => postInspectionApi.draftDecision({ proposalIds: selected, number }),
    onSuccess: async () => {
      setSelected([]);
      setNumber('');
      await refresh();
    },
  });
  const expired = useMutation({
    mutationFn: () => postInspectionApi.proposeExpired(officeUnitId!),
    onSuccess: async (result) => {
      setMessage(t('proposedCount', { count: result.items.length }));
      await refresh();
    },
  });
  const sourceLabel = {
    inspection: t('sourceInspection'),
    standing_office: t('sourceOffice'),
    expired_not_reevaluated: t('sourceExpired'),
  };
  return (
    <Stack>
      <PageHeading>{t('revocationsTitle')}</PageHeading>
      <Title order={2} size="h3">
        {t('proposals')}
      </Title>
      {canDraft && officeUnitId && (
        <Group>
          <ConfirmAction
            label={t('proposeExpired')}
            buttonProps={{ variant: 'light' }}
            title={t('proposeExpired')}
            consequence={t('proposeExpiredConfirm')}
            confirmLabel={t('confirm')}
            onConfirm={() => expired.mutateAsync()}
          />
        </Group>
      )}
      {message && <Text role="status">{message}</Text>}
      <ErrorAlert error={proposals.error} />
      {proposals.data && proposals.data.items.length === 0 && <Text c="dimmed">{t('noProposals')}</Text>}
      {proposals.data && proposals.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={700}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                {canDraft && <Table.Th />}
                <Table.Th>{t('product')}</Table.Th>
                <Table.Th>{t('certificate')}</Table.Th>
                <Table.Th>{t('ground')}</Table.Th>
                <Table.Th>{t('source')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {proposals.data.items.map((p) => (
                <Table.Tr key={p.id}>
                  {canDraft && (
                    <Table.Td>
                      <Checkbox
                        aria-label={t('select', { name: p.productName })}
                        checked={selected.includes(p.id)}
                        onChange={(e) => {
                          const isChecked = e.currentTarget.checked;
                          setSelected((s) => (isChecked ? [...s, p.id] : s.filter((x) => x !== p.id)));
                        }}
                      />
                    </Table.Td>
                  )}
                  <Table.Td>{`${p.productName} (${p.producerName})`}</Table.Td>
                  <Table.Td>{p.certificateNumber}</Table.Td>
                  <Table.Td>{p.groundLabelVi}</Table.Td>
                  <Table.Td>{sourceLabel[p.source]}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canDraft && (
        <Group>
          <ConfirmAction
            label={t('draftDecision')}
            disabled={selected.length === 0}
            title={t('draftDecision')}
            consequence={t('items', { count: selected.length })}
            onConfirm={() => draft.mutateAsync()}
          >
            <TextInput
              label={t('decisionNumber')}
              value={number}
              onChange={(e) => setNumber(e.currentTarget.value)}
              required
              placeholder="125/QĐ-UBND"
            />
          </ConfirmAction>
        </Group>
      )}
      <Title order={2} size="h3">
        {t('decisions')}
      </Title>
      <ErrorAlert error={decisions.error} />
      {decisions.data && decisions.data.items.length === 0 && <Text c="dimmed">{t('noDecisions')}</Text>}
      {(decisions.data?.items ?? []).map((d) => (
        <DecisionCard key={d.id} id={d.id} canApprove={canApprove} />
      ))}
    </Stack>
  );
}
