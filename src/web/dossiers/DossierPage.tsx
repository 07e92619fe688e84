import { Alert, Anchor, Badge, Card, Group, List, Stack, Text, Timeline, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { DossierOutput } from '../../contracts/dossiers.contracts';
import {
  DOSSIER_STATUS_LABELS,
  DOSSIER_TYPE_LABELS,
  type DossierStatus,
} from '../../domain/dossier/dossier.types';
import { ErrorAlert } from '../forms/ErrorAlert';
import { formatDecimal } from '../forms/parse-decimal';
import { formatDate } from '../i18n/format';
import { PageHeading } from '../layout/PageHeading';
import { DossierEditor, SubmitPanel } from './DossierEditor';
import { DOSSIERS_NS } from './dossier-i18n';
import { dossierBundleUrl, dossierPdfUrl, dossiersApi } from './dossiers.api';
import { CommuneAssessmentPanel, ForwardPanel, ReturnAcceptPanel } from './IntakePanel';
import { EvidenceViewerLayout } from './review/EvidenceViewerLayout';
import { RegistrationView } from './review/RegistrationView';
import { SelfAssessmentView } from './review/SelfAssessmentView';

function Summary({ dossier }: { dossier: DossierOutput }) {
  const { t, i18n } = useTranslation(DOSSIERS_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const lastReturn = [...dossier.events].reverse().find((e) => e.action.endsWith('.return'));
  const score = dossier.selfScore;
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group>
          <Badge size="lg" data-testid="dossier-status" color={outcomeColor(dossier.outcome)}>
            {dossier.outcome && dossier.outcome.kind !== 'in-evaluation'
              ? t(`outcome.badge.${dossier.outcome.kind}`, { stars: dossier.outcome.stars ?? 0 })
              : dossier.statusLabel[lang]}
          </Badge>
          <Text>{DOSSIER_TYPE_LABELS[dossier.type][lang]}</Text>
          {dossier.versionNumber > 0 && <Text c="dimmed">{t('version', { n: dossier.versionNumber })}</Text>}
        </Group>
        <Text>
          {dossier.producer.name} — {dossier.commune.name} — bộ {dossier.productSet}
        </Text>
        <Text>{t('selfScore', { total: score.total, stars: score.stars ?? 0 })}</Text>
        <Text size="sm" c="dimmed">
          {lang === 'en' ? score.explanationEn : score.explanationVi}
        </Text>
        {lastReturn && dossier.allowedActions.includes('edit') && (
          <Alert color="orange" title={t('lastReturn')}>
            <Text>{lastReturn.comment}</Text>
            {lastReturn.itemComments.map((c) => (
              <Text key={c.item} size="sm">
                {c.item}: {c.comment}
              </Text>
            ))}
          </Alert>
        )}
        {dossier.allowedActions.includes('edit') && (
          <div>
            <Text fw={600}>{dossier.completeness.isComplete ? t('complete') : t('completeness')}</Text>
            <List size="sm">
              {dossier.completeness.missing.slice(0, 15).map((m) => (
                <List.Item key={`${m.kind}:${m.item}`}>{lang === 'en' ? m.messageEn : m.messageVi}</List.Item>
              ))}
            </List>
          </div>
        )}
        <Group>
          <Text fw={600}>{t('documents')}:</Text>
          {(['bieu-1', 'bieu-2', 'bieu-3'] as const).map((form) => (
            <Anchor key={form} href={dossierPdfUrl(dossier.id, form)}>
              {form.replace('bieu-', 'Biểu ')}
            </Anchor>
          ))}
          <Anchor href={dossierBundleUrl(dossier.id)}>{t('bundle')}</Anchor>
        </Group>
      </Stack>
    </Card>
  );
}

type Outcome = NonNullable<DossierOutput['outcome']>;

function outcomeColor(outcome: DossierOutput['outcome']): string | undefined {
  if (!outcome) return undefined;
  const colors = {
    'in-evaluation': undefined,
    'awaiting-decision': 'yellow',
    certified: 'green',
    'not-certified': 'red',
    forwarded: 'grape',
  };
  return colors[outcome.kind];
}

/** What became of the dossier: certified N★ (decision, certificate), not certified (why), forwarded. */
function OutcomeCard({ outcome }: { outcome: Outcome }) {
  const { t, i18n } = useTranslation(DOSSIERS_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const points = outcome.points === null ? null : formatDecimal(outcome.points, lang);
  return (
    <Card withBorder data-testid="dossier-outcome">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('outcome.title')}
        </Title>
        <Text fw={600}>{lang === 'en' ? outcome.labelEn : outcome.labelVi}</Text>
        {points !== null && <Text size="sm">{t('outcome.points', { points })}</Text>}
        {outcome.decision && (
          <Text size="sm">
            {t('outcome.decision', {
              number: outcome.decision.number,
              date: formatDate(outcome.decision.signedOn, lang),
              issuer: outcome.decision.issuerName,
            })}
          </Text>
        )}
        {outcome.certificate && (
          <Text size="sm">
            <Anchor href={outcome.certificate.verificationUrl} target="_blank" rel="noopener">
              {t('outcome.certificate', { number: outcome.certificate.number })}
            </Anchor>{' '}
            ({t(`outcome.certificateStatus.${outcome.certificate.status}`)}) —{' '}
            {t('outcome.validUntil', { date: formatDate(outcome.certificate.validUntil, lang) })}
          </Text>
        )}
        {outcome.certificate?.status === 'valid' && (
          <Text size="sm" c="dimmed">
            {t('outcome.nextSteps')}
          </Text>
        )}
        {outcome.reasonVi && (
          <Alert color="red" title={t('outcome.reason')}>
            {lang === 'en' ? outcome.reasonEn : outcome.reasonVi}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

function History({ dossier }: { dossier: DossierOutput }) {
  const { t, i18n } = useTranslation(DOSSIERS_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('history')}
      </Title>
      <Timeline bulletSize={14}>
        {dossier.events.map((e) => (
          <Timeline.Item
            key={e.id}
            title={DOSSIER_STATUS_LABELS[e.toStatus as DossierStatus]?.[lang] ?? e.toStatus}
          >
            <Text size="sm">
              {e.actorName} — {new Date(e.occurredAt).toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN')}
            </Text>
            {e.comment && <Text size="sm">{e.comment}</Text>}
          </Timeline.Item>
        ))}
      </Timeline>
    </Card>
  );
}

/** One dossier: what it holds, and the actions the signed-in person may take now. */
export function DossierPage() {
  const { dossierId } = useParams({ from: '/authenticated/dossiers/$dossierId' });
  const queryClient = useQueryClient();
  const key = ['dossiers', dossierId];
  const query = useQuery({ queryKey: key, queryFn: ({ signal }) => dossiersApi.get(dossierId, signal) });
  const onChanged = (d: DossierOutput) => {
    queryClient.setQueryData(key, d);
    void queryClient.invalidateQueries({ queryKey: ['dossiers', 'queue'] });
  };
  const dossier = query.data;
  return (
    <Stack>
      <PageHeading documentTitle={dossier?.product.name}>
        {dossier ? `${dossier.product.name}` : '…'}
      </PageHeading>
      <ErrorAlert error={query.error} />
      {dossier && (
        <EvidenceViewerLayout>
          <Summary dossier={dossier} />
          {dossier.outcome && dossier.outcome.kind !== 'in-evaluation' && (
            <OutcomeCard outcome={dossier.outcome} />
          )}
          {dossier.allowedActions.includes('edit') && (
            <DossierEditor key={dossier.version} dossier={dossier} onSaved={onChanged} />
          )}
          {dossier.allowedActions.includes('submit') && (
            <SubmitPanel key={`s${dossier.version}`} dossier={dossier} onDone={onChanged} />
          )}
          {/* Whoever does not hold the pen reviews the dossier on screen, evidence beside the forms. */}
          {!dossier.allowedActions.includes('edit') && (
            <>
              <RegistrationView dossier={dossier} />
              <SelfAssessmentView dossier={dossier} />
            </>
          )}
          <CommuneAssessmentPanel key={`a${dossier.version}`} dossier={dossier} onDone={onChanged} />
          <ForwardPanel key={`f${dossier.version}`} dossier={dossier} onDone={onChanged} />
          <ReturnAcceptPanel key={`r${dossier.version}`} dossier={dossier} onDone={onChanged} />
          <History dossier={dossier} />
        </EvidenceViewerLayout>
      )}
    </Stack>
  );
}
