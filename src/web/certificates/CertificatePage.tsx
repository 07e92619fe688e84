import {
  Alert,
  Anchor,
  Badge,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Timeline,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateHistoryOutput, CertificateOutput } from '../../contracts/evaluation.contracts';
import type { RevocationGroundsOutput } from '../../contracts/revocations.contracts';
import { CERTIFICATE_STATUS_LABELS } from '../../domain/evaluation/evaluation.types';
import { apiRequest } from '../api/http';
import { useMe } from '../auth/useMe';
import { ConfirmAction } from '../forms/ConfirmAction';
import { ErrorAlert } from '../forms/ErrorAlert';
import { formatDate } from '../i18n/format';
import { AnchorLink } from '../layout/AnchorLink';
import { PageHeading } from '../layout/PageHeading';
import { CERTIFICATES_NS } from './certificates-i18n';
import { StartReEvaluation } from './StartReEvaluation';
import type { z } from 'zod';

type Grounds = z.infer<typeof RevocationGroundsOutput>;

/** Replace (đính chính) and propose revocation, each after a confirmation; standing office only. */
function CertificateActions({ certificate }: { certificate: CertificateOutput }) {
  const { t, i18n } = useTranslation(CERTIFICATES_NS);
  const queryClient = useQueryClient();
  const [groundText, setGroundText] = useState('');
  const [ground, setGround] = useState<string | null>(null);
  const grounds = useQuery({
    queryKey: ['revocation-grounds'],
    queryFn: ({ signal }) => apiRequest<Grounds>('/revocation-grounds', { signal }),
  });
  const done = () => queryClient.invalidateQueries({ queryKey: ['certificates'] });
  const replace = useMutation({
    mutationFn: (reason: string) =>
      apiRequest<CertificateOutput>(`/certificates/${certificate.id}/replace`, {
        method: 'POST',
        body: { reason },
      }),
    onSuccess: done,
  });
  const propose = useMutation({
    mutationFn: () =>
      apiRequest('/revocation-proposals', {
        method: 'POST',
        body: {
          certificateId: certificate.id,
          groundCode: ground,
          ...(groundText.trim() ? { groundText: groundText.trim() } : {}),
        },
      }),
    onSuccess: done,
  });
  if (certificate.status !== 'valid' && certificate.status !== 'expired') return null;
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <Card withBorder>
      <Text fw={600} mb="xs">
        {t('actions')}
      </Text>
      {propose.isSuccess && <Alert color="green">{t('proposed')}</Alert>}
      <Group>
        {certificate.status === 'valid' && (
          <ConfirmAction
            label={t('replace')}
            buttonProps={{ variant: 'light' }}
            title={t('replace')}
            consequence={t('replaceConfirm')}
            reason={{ label: t('replaceReason'), maxLength: 1000 }}
            confirmLabel={t('confirm')}
            onConfirm={(reason) => replace.mutateAsync(reason ?? '')}
          />
        )}
        <ConfirmAction
          label={t('propose')}
          color="red"
          buttonProps={{ variant: 'light' }}
          title={t('propose')}
          consequence={t('proposeConfirm')}
          confirmLabel={t('confirm')}
          onConfirm={() => propose.mutateAsync()}
        >
          <ErrorAlert error={grounds.error} />
          <Select
            label={t('ground')}
            required
            data={(grounds.data?.grounds ?? []).map((g) => ({ value: g.code, label: g[lang] }))}
            value={ground}
            onChange={setGround}
          />
          <Textarea
            label={t('groundText')}
            value={groundText}
            onChange={(event) => setGroundText(event.currentTarget.value)}
          />
        </ConfirmAction>
      </Group>
    </Card>
  );
}

/** One certificate for the offices: its facts, its history and the actions the role may take. */
export function CertificatePage() {
  const { certificateId } = useParams({ from: '/authenticated/certificates/$certificateId' });
  const { t, i18n } = useTranslation(CERTIFICATES_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const me = useMe();
  const certificate = useQuery({
    queryKey: ['certificates', certificateId],
    queryFn: ({ signal }) => apiRequest<CertificateOutput>(`/certificates/${certificateId}`, { signal }),
  });
  const history = useQuery({
    queryKey: ['certificates', certificateId, 'history'],
    queryFn: ({ signal }) =>
      apiRequest<CertificateHistoryOutput>(`/certificates/${certificateId}/history`, { signal }),
  });
  const c = certificate.data;
  const isOffice = me.grants.some((g) => g.role === 'standing_office');
  const isProducer = me.grants.some((g) => g.role === 'producer');
  const rows: [string, string][] = c
    ? [
        [t('product'), `${c.productName} (${c.productSet})`],
        [t('producer'), `${c.producerName} — ${c.communeName}, ${c.provinceName}`],
        [t('stars'), '★'.repeat(c.stars)],
        [t('issuedOn'), formatDate(c.issuedOn, i18n.language)],
        [t('validUntil'), formatDate(c.validUntil, i18n.language)],
        [t('decision'), `${c.decisionNumber} (${formatDate(c.decisionDate, i18n.language)})`],
        [t('issuer'), c.issuerName],
        [t('legalBasis'), c.legalBasis ? (lang === 'en' ? c.legalBasis.textEn : c.legalBasis.textVi) : '—'],
      ]
    : [];
  return (
    <Stack maw={900}>
      <PageHeading>{t('title', { number: c?.number ?? '' })}</PageHeading>
      <ErrorAlert error={certificate.error ?? history.error} />
      {c && (
        <>
          <Group>
            <Badge size="lg" color={c.status === 'valid' ? 'green' : c.status === 'revoked' ? 'red' : 'gray'}>
              {CERTIFICATE_STATUS_LABELS[c.status][lang]}
            </Badge>
            <Anchor href={c.verificationUrl} target="_blank">
              {t('publicPage')}
            </Anchor>
          </Group>
          <Table.ScrollContainer minWidth={0}>
            <Table withTableBorder aria-label={t('title', { number: c.number })}>
              <Table.Tbody>
                {rows.map(([label, value]) => (
                  <Table.Tr key={label}>
                    <Table.Th w="35%">{label}</Table.Th>
                    <Table.Td>{value}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {isOffice && <CertificateActions certificate={c} />}
          {isProducer && <StartReEvaluation certificate={c} />}
        </>
      )}
      <Text fw={600}>{t('history')}</Text>
      {history.data && history.data.events.length === 0 && <Text c="dimmed">{t('noHistory')}</Text>}
      {history.data && (
        <Timeline bulletSize={14} lineWidth={2} aria-label={t('history')}>
          {history.data.events.map((event, index) => (
            <Timeline.Item key={`${event.kind}-${index}`} title={formatDate(event.on, i18n.language)}>
              <Text size="sm">{lang === 'en' ? event.textEn : event.textVi}</Text>
              {event.relatedCertificate && (
                <AnchorLink
                  to="/certificates/$certificateId"
                  params={{ certificateId: event.relatedCertificate.id }}
                >
                  {event.relatedCertificate.number}
                </AnchorLink>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}
