import {
  Anchor,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  Image,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MARKET_CASE_CONCLUSIONS,
  canMarketCaseDo,
  type MarketCaseConclusion,
} from '../../domain/market-surveillance/market-case-status';
import { useMe } from '../auth/useMe';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { marketCasesApi } from './market-cases.api';
import { POST_INSPECTION_NS } from './post-inspection-i18n';
import { SuspectedReportsPicker } from './SuspectedReportsPicker';

const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** One market-surveillance case: the facts, photos, linked reports, the verification and the conclusion. */
export function MarketCasePage() {
  const { t } = useTranslation(POST_INSPECTION_NS);
  const caseId = useParams({ strict: false, select: (p: Record<string, string>) => p.caseId ?? '' });
  const me = useMe();
  const queryClient = useQueryClient();
  const record = useQuery({
    queryKey: ['market-cases', 'one', caseId],
    queryFn: ({ signal }) => marketCasesApi.one(caseId, signal),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['market-cases'] });
  const [photo, setPhoto] = useState<File | null>(null);
  const [caption, setCaption] = useState('');
  const [reportIds, setReportIds] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [conclusion, setConclusion] = useState<MarketCaseConclusion | null>(null);
  const [closingNote, setClosingNote] = useState('');
  const [isClosing, setIsClosing] = useState(false);
  const version = () => record.data!.version;
  const upload = useMutation({
    mutationFn: () => marketCasesApi.uploadPhoto(caseId, photo!, caption, me.csrfToken),
    onSuccess: async () => {
      setPhoto(null);
      setCaption('');
      await refresh();
    },
  });
  const link = useMutation({
    mutationFn: () => marketCasesApi.linkReports(caseId, { version: version(), reportIds }),
    onSuccess: async () => {
      setReportIds([]);
      await refresh();
    },
  });
  const investigate = useMutation({
    mutationFn: () => marketCasesApi.investigate(caseId, { version: version(), note }),
    onSuccess: refresh,
  });
  const close = useMutation({
    mutationFn: () =>
      marketCasesApi.close(caseId, { version: version(), conclusion: conclusion!, note: closingNote }),
    onSuccess: async () => {
      setIsClosing(false);
      await refresh();
    },
  });
  const c = record.data;
  if (!c) return <ErrorAlert error={record.error} />;
  const canManage = me.actions.includes('market_case.manage');
  const may = (action: Parameters<typeof canMarketCaseDo>[1]) =>
    canManage && canMarketCaseDo(c.status, action);
  return (
    <Stack maw={960}>
      <Anchor component={Link} to="/market-cases" size="sm">
        ← {t('marketCases.back')}
      </Anchor>
      <PageHeading>{`${c.sellerName} — ${vnDate(c.observedOn)}`}</PageHeading>
      <Group>
        <Badge size="lg">{t(`marketCases.statuses.${c.status}`)}</Badge>
        <Text>{c.unitName}</Text>
      </Group>
      <Card withBorder>
        <Stack gap={4}>
          <Text>{`${t('marketCases.place')}: ${c.placeAddress}`}</Text>
          <Text>{`${t('marketCases.claimedProduct')}: ${c.claimedProduct}`}</Text>
          {c.productName && <Text>{`${t('marketCases.realProduct')}: ${c.productName}`}</Text>}
          {c.claimedCertificateNumber && (
            <Text>
              {`${t('marketCases.certificateNumber')}: ${c.claimedCertificateNumber} — `}
              {c.claimedCertificate ? (
                <Anchor href={`/c/${encodeURIComponent(c.claimedCertificate.number)}`} target="_blank">
                  {`${c.claimedCertificate.productName} (${t(`marketCases.certificateStatus.${c.claimedCertificate.status}`, c.claimedCertificate.status)})`}
                </Anchor>
              ) : (
                t('marketCases.noSuchCertificate')
              )}
            </Text>
          )}
          <Text mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
            {c.description}
          </Text>
        </Stack>
      </Card>

      <Card withBorder>
        <Text fw={700} mb="xs">
          {t('marketCases.photos')}
        </Text>
        {c.photos.length === 0 && <Text c="dimmed">{t('marketCases.noPhotos')}</Text>}
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {c.photos.map((p) => (
            <Stack key={p.sha256} gap={2}>
              {p.mediaType.startsWith('image/') ? (
                <Image src={p.url} alt={p.caption || p.fileName} radius="sm" h={140} fit="cover" />
              ) : (
                <Anchor href={p.url}>{p.fileName}</Anchor>
              )}
              <Text size="xs">{p.caption}</Text>
            </Stack>
          ))}
        </SimpleGrid>
        {may('attach') && (
          <Group align="end" mt="sm">
            <FileInput
              label={t('marketCases.addPhoto')}
              accept="image/jpeg,image/png,image/webp,application/pdf"
              value={photo}
              onChange={setPhoto}
              clearable
              w={260}
            />
            <TextInput
              label={t('marketCases.caption')}
              value={caption}
              onChange={(e) => setCaption(e.currentTarget.value)}
            />
            <Button disabled={!photo} loading={upload.isPending} onClick={() => upload.mutate()}>
              {t('marketCases.upload')}
            </Button>
          </Group>
        )}
        <ErrorAlert error={upload.error} />
      </Card>

      <Card withBorder>
        <Text fw={700} mb="xs">
          {t('marketCases.reports')}
        </Text>
        {c.reports.length === 0 && <Text c="dimmed">{t('marketCases.noReports')}</Text>}
        <Stack gap={4}>
          {c.reports.map((r) => (
            <Text key={r.id} size="sm">
              {`${vnDate(r.createdAt.slice(0, 10))} — ${r.productName ?? r.serial ?? r.stampPath}: ${r.message}${r.placeOfPurchase ? ` (${r.placeOfPurchase})` : ''}`}
            </Text>
          ))}
        </Stack>
        {may('link_report') && (
          <Stack mt="sm" gap="xs">
            <SuspectedReportsPicker
              value={reportIds}
              onChange={setReportIds}
              exclude={c.reports.map((r) => r.id)}
            />
            <Group>
              <Button
                variant="light"
                disabled={reportIds.length === 0}
                loading={link.isPending}
                onClick={() => link.mutate()}
              >
                {t('marketCases.linkReports')}
              </Button>
            </Group>
            <ErrorAlert error={link.error} />
          </Stack>
        )}
      </Card>

      {c.investigationNote && (
        <Card withBorder>
          <Text fw={700}>{t('marketCases.investigation')}</Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{c.investigationNote}</Text>
        </Card>
      )}
      {c.conclusion && (
        <Card withBorder>
          <Text
            fw={700}
          >{`${t('marketCases.conclusion')}: ${t(`marketCases.conclusions.${c.conclusion}`)}`}</Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{c.conclusionNote}</Text>
        </Card>
      )}
      {may('investigate') && (
        <Stack gap="xs">
          <Textarea
            label={t('marketCases.investigation')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Group>
            <Button
              disabled={!note.trim()}
              loading={investigate.isPending}
              onClick={() => investigate.mutate()}
            >
              {t('marketCases.investigate')}
            </Button>
          </Group>
          <ErrorAlert error={investigate.error} />
        </Stack>
      )}
      {may('close') && (
        <Group>
          <Button color="dark" onClick={() => setIsClosing(true)}>
            {t('marketCases.close')}
          </Button>
        </Group>
      )}
      <Modal opened={isClosing} onClose={() => setIsClosing(false)} title={t('marketCases.close')} centered>
        <Stack>
          <Select
            label={t('marketCases.conclusion')}
            data={MARKET_CASE_CONCLUSIONS.map((k) => ({
              value: k,
              label: t(`marketCases.conclusions.${k}`),
            }))}
            value={conclusion}
            onChange={(value) => setConclusion(value)}
            required
          />
          <Textarea
            label={t('marketCases.note')}
            value={closingNote}
            onChange={(e) => setClosingNote(e.currentTarget.value)}
            autosize
            minRows={2}
            required
          />
          <Text size="sm">{t('marketCases.closeConfirm')}</Text>
          <ErrorAlert error={close.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setIsClosing(false)}>
              {t('marketCases.cancel')}
            </Button>
            <Button
              disabled={!conclusion || !closingNote.trim()}
              loading={close.isPending}
              onClick={() => close.mutate()}
            >
              {t('marketCases.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
