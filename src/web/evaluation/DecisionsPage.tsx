import {
  Alert,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  List,
  Loader,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionOutput } from '../../contracts/evaluation.contracts';
import { formatDate, todayIsoDate } from '../i18n/format';
import { ConfirmAction } from '../forms/ConfirmAction';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { useMe } from '../auth/useMe';
import { evaluationApi, evaluationFiles } from './evaluation.api';
import { EVALUATION_NS } from './evaluation-i18n';
import { AmendDecisionPanel } from './AmendDecisionPanel';
import { DecisionResultsPanel } from './DecisionResultsPanel';
import { KnockOutAlert } from './KnockOutCheck';
import { SheetWarningAlert } from './SheetWarningAlert';

/**
 * Bản quét quyết định đã ký — the standing office or the leader attaches the signed paper
 * decision (PDF, JPEG or PNG; recognised by the server from its bytes) once it is approved.
 * A decision keeps the first scan: nothing is replaced.
 */
function SignedScanForm({ decisionId, number }: { decisionId: string; number: string }) {
  const { t } = useTranslation(EVALUATION_NS);
  const me = useMe();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const attach = useMutation({
    mutationFn: (chosen: File) => evaluationApi.attachSignedScan(decisionId, chosen, me.csrfToken),
    onSuccess: async () => {
      setFile(null);
      await queryClient.invalidateQueries({ queryKey: ['evaluation'] });
    },
  });
  return (
    <form
      aria-label={t('scanForm', { number })}
      onSubmit={(e) => {
        e.preventDefault();
        if (file) attach.mutate(file);
      }}
    >
      <Stack gap="xs">
        <Group align="end">
          <FileInput
            label={t('scanFile')}
            description={t('scanFileHelp')}
            accept="application/pdf,image/jpeg,image/png"
            value={file}
            onChange={setFile}
            clearable
            required
            w={{ base: '100%', sm: 360 }}
          />
          <Button type="submit" size="md" disabled={!file} loading={attach.isPending}>
            {t('attachScan')}
          </Button>
        </Group>
        <ErrorAlert error={attach.error} />
      </Stack>
    </form>
  );
}

/** The standing office drafts a decision from an adopted round (number and signing date). */
function DraftDecisionForm({ roundId, roundName }: { roundId: string; roundName: string }) {
  const { t } = useTranslation(EVALUATION_NS);
  const queryClient = useQueryClient();
  const [number, setNumber] = useState('');
  const [signedOn, setSignedOn] = useState(() => todayIsoDate());
  // Products a knock-out note stopped never enter the decision: say so, with the reason.
  const results = useQuery({
    queryKey: ['evaluation', 'round-results', roundId],
    queryFn: ({ signal }) => evaluationApi.results(roundId, signal),
  });
  const knockedOut = (results.data?.items ?? []).filter((r) => r.knockOuts.length > 0);
  const draft = useMutation({
    mutationFn: () => evaluationApi.draftDecision({ roundId, number: number.trim(), signedOn }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['evaluation'] }),
  });
  return (
    <Card
      withBorder
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        draft.mutate();
      }}
      aria-label={`${t('draftDecision')}: ${roundName}`}
    >
      <Stack gap="xs">
        <Text fw={700}>{roundName}</Text>
        <Group align="end">
          <TextInput
            label={t('decisionNumber')}
            required
            value={number}
            onChange={(e) => setNumber(e.currentTarget.value)}
            placeholder="1234/QĐ-UBND"
          />
          <TextInput
            label={t('signedOn')}
            type="date"
            required
            value={signedOn}
            onChange={(e) => setSignedOn(e.currentTarget.value)}
          />
          <Button type="submit" size="md" disabled={!number.trim()} loading={draft.isPending}>
            {t('draftDecision')}
          </Button>
        </Group>
        {knockedOut.map((r) => (
          <KnockOutAlert
            key={r.id}
            title={`${r.productName} — ${r.producerName}: ${t('knockOutTitle')}`}
            reasons={r.knockOuts}
          />
        ))}
        <ErrorAlert error={draft.error} />
      </Stack>
    </Card>
  );
}

const STATUS_COLORS = { draft: 'gray', returned: 'orange', approved: 'green' } as const satisfies Record<
  DecisionOutput['status'],
  string
>;

function DecisionCard({
  id,
  canApprove,
  canAttach,
  canAcknowledge,
  canDraft,
}: {
  id: string;
  canApprove: boolean;
  canAttach: boolean;
  canAcknowledge: boolean;
  canDraft: boolean;
}) {
  const { t, i18n } = useTranslation(EVALUATION_NS);
  const queryClient = useQueryClient();
  const decision = useQuery({
    queryKey: ['evaluation', 'decision', id],
    queryFn: ({ signal }) => evaluationApi.decision(id, signal),
  });
  const approve = useMutation({
    mutationFn: () => evaluationApi.approveDecision(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['evaluation'] }),
  });
  const giveBack = useMutation({
    mutationFn: (reason: string) =>
      evaluationApi.returnDecision(id, { version: decision.data!.version, reason }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['evaluation'] }),
  });
  const d = decision.data;
  if (!d) return <ErrorAlert error={decision.error} />;
  const headingId = `decision-${d.id}`;
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id={headingId}>{`${t('decision')} ${d.number}`}</Title>
          <Badge size="lg" color={STATUS_COLORS[d.status]}>
            {t(`decisionStatus.${d.status}`)}
          </Badge>
        </Group>
        <Text>{d.titleVi}</Text>
        <Text size="sm">{`${d.issuerName} · ${t('signedOn')}: ${formatDate(d.signedOn, i18n.language)}`}</Text>
        {d.approvedByName && d.approvedAt && (
          <Text role="status" data-testid="approved-by">
            {t('approvedBy', {
              name: d.approvedByName,
              time: new Date(d.approvedAt).toLocaleString(i18n.language),
            })}
          </Text>
        )}
        {d.returnReason && d.returnedAt && (
          <Alert
            color={d.status === 'returned' ? 'orange' : 'gray'}
            variant="light"
            role={d.status === 'returned' ? 'alert' : 'status'}
            data-testid="return-reason"
          >
            {t(d.status === 'returned' ? 'review.returnedBy' : 'review.returnedBefore', {
              name: d.returnedByName ?? '',
              time: new Date(d.returnedAt).toLocaleString(i18n.language),
              reason: d.returnReason,
            })}
          </Alert>
        )}
        <List>
          {d.items.map((item) => (
            <List.Item key={item.id}>
              {`${item.productName} — ${item.producerName} — ${item.stars}★ (${item.mean})`}
              {item.certificateId && item.certificateNumber && (
                <>
                  {' · '}
                  <a
                    href={evaluationFiles.certificatePdf(item.certificateId)}
                    aria-label={t('downloadOne', { number: item.certificateNumber })}
                  >
                    {item.certificateNumber}
                  </a>
                </>
              )}
              <SheetWarningAlert
                warning={item.sheetWarning}
                acknowledge={
                  canAcknowledge && d.status !== 'approved' && d.roundId
                    ? { roundId: d.roundId, resultId: item.roundResultId }
                    : undefined
                }
              />
            </List.Item>
          ))}
        </List>
        <Group>
          {d.status === 'draft' && canApprove && (
            <ConfirmAction
              label={t('approve')}
              color="green"
              buttonProps={{ size: 'md' }}
              title={t('approveConfirmTitle', { number: d.number })}
              consequence={t('approveConfirm', { count: d.items.length })}
              recipients={t('approveConfirmWho')}
              onConfirm={() => approve.mutateAsync()}
            />
          )}
          {d.status === 'draft' && canApprove && (
            <ConfirmAction
              label={t('review.return')}
              color="orange"
              buttonProps={{ size: 'md', variant: 'outline' }}
              title={t('review.returnTitle', { number: d.number })}
              consequence={t('review.returnConsequence')}
              recipients={t('review.returnWho')}
              reason={{
                label: t('review.returnReason'),
                description: t('review.returnReasonHint'),
                minLength: 5,
                maxLength: 2000,
              }}
              onConfirm={(reason) => giveBack.mutateAsync(reason ?? '')}
            />
          )}
          {d.status === 'approved' && (
            <Button component="a" href={evaluationFiles.certificatesPdf(d.id)} size="md" variant="light">
              {t('downloadAll')}
            </Button>
          )}
          {d.signedScan && (
            <Button
              component="a"
              href={evaluationFiles.signedScan(d.id)}
              size="md"
              variant="default"
              aria-label={t('downloadScan', { name: d.signedScan.fileName })}
            >
              {t('signedScan')}
            </Button>
          )}
        </Group>
        {d.status !== 'approved' && <DecisionResultsPanel decision={d} />}
        {d.status === 'returned' && canDraft && <AmendDecisionPanel key={d.version} decision={d} />}
        {d.signedScan && (
          <Text size="sm" data-testid="signed-scan">
            {t('scanAttached', { name: d.signedScan.fileName })}
          </Text>
        )}
        {d.status === 'approved' && !d.signedScan && canAttach && (
          <SignedScanForm decisionId={d.id} number={d.number} />
        )}
        {d.status === 'approved' && !d.signedScan && !canAttach && (
          <Text size="sm" c="dimmed">
            {t('noScanYet')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** Decisions: drafted by the standing office from adopted rounds, approved by a leader; certificates to download. */
export function DecisionsPage() {
  const { t } = useTranslation(EVALUATION_NS);
  const me = useMe();
  const canDraft = me.actions.includes('decision.draft');
  const canApprove = me.actions.includes('decision.approve');
  const decisions = useQuery({
    queryKey: ['evaluation', 'decisions'],
    queryFn: ({ signal }) => evaluationApi.decisions(signal),
  });
  const rounds = useQuery({
    queryKey: ['evaluation', 'rounds'],
    queryFn: ({ signal }) => evaluationApi.rounds(signal),
    enabled: canDraft,
  });
  const decided = new Set((decisions.data?.items ?? []).map((d) => d.roundId));
  const waiting = (rounds.data?.items ?? []).filter((r) => r.status === 'adopted' && !decided.has(r.id));
  return (
    <Stack gap="lg">
      <PageHeading>{t('decisionsTitle')}</PageHeading>
      <ErrorAlert error={decisions.error ?? rounds.error} />
      {canDraft && (
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('draftFrom')}
          </Title>
          {rounds.isSuccess && waiting.length === 0 && <Text c="dimmed">{t('noAdopted')}</Text>}
          {waiting.map((r) => (
            <DraftDecisionForm key={r.id} roundId={r.id} roundName={r.name} />
          ))}
        </Stack>
      )}
      {decisions.isPending && <Loader aria-label="…" />}
      {decisions.isSuccess && decisions.data.items.length === 0 && (
        <Alert color="gray">{t('noDecisions')}</Alert>
      )}
      {[...(decisions.data?.items ?? [])].reverse().map((d) => (
        <DecisionCard
          key={d.id}
          id={d.id}
          canApprove={canApprove}
          canAttach={canDraft || canApprove}
          canAcknowledge={canDraft}
          canDraft={canDraft}
        />
      ))}
    </Stack>
  );
}
