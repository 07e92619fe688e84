import {
  Alert,
  Anchor,
  Button,
  Card,
  FileInput,
  Group,
  Radio,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmitInspectionInput } from '../../contracts/inspections.contracts';
import { useMe } from '../auth/useMe';
import { ConfirmAction } from '../forms/ConfirmAction';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { addToOutbox, isOffline, readOutbox, syncOutbox } from './inspection-outbox';
import { keepPhotos } from './inspection-photo-store';
import { POST_INSPECTION_NS } from './post-inspection-i18n';
import { postInspectionApi } from './post-inspection.api';

type Result = 'pass' | 'fail' | 'not_applicable';
type Severity = 'minor' | 'major' | 'critical';
type Conclusion = SubmitInspectionInput['conclusion'];
interface Finding {
  itemCode: string | null;
  severity: Severity;
  description: string;
}

const todayIso = () => new Date().toISOString().slice(0, 10);

/**
 * The inspection record on a tablet: producer and product, the checklist in force (Đạt / Không
 * đạt / Không áp dụng with a note), findings with severity, and the conclusion. Sending works
 * offline: the record is kept on the device (its photos in IndexedDB) and sent when the connection
 * returns.
 */
export function InspectionFormPage() {
  const { t } = useTranslation(POST_INSPECTION_NS);
  const me = useMe();
  const csrfToken = me.csrfToken;
  const checklist = useQuery({
    queryKey: ['inspections', 'checklist'],
    queryFn: ({ signal }) => postInspectionApi.checklist(signal),
  });
  const producers = useQuery({
    queryKey: ['inspections', 'producers'],
    queryFn: ({ signal }) => postInspectionApi.producers(signal),
  });
  const grounds = useQuery({
    queryKey: ['revocations', 'grounds'],
    queryFn: ({ signal }) => postInspectionApi.grounds(signal),
  });
  const [producerId, setProducerId] = useState<string | null>(null);
  const products = useQuery({
    queryKey: ['inspections', 'products', producerId],
    queryFn: ({ signal }) => postInspectionApi.products(producerId!, signal),
    enabled: producerId !== null,
  });
  const [productId, setProductId] = useState<string | null>(null);
  const [inspectedOn, setInspectedOn] = useState(todayIso());
  const [kind, setKind] = useState<'planned' | 'surprise'>('planned');
  const [team, setTeam] = useState('');
  const [answers, setAnswers] = useState<Record<string, { result: Result; note: string }>>({});
  const [findings, setFindings] = useState<Finding[]>([]);
  const [conclusion, setConclusion] = useState<Conclusion>('compliant');
  const [remedyDueOn, setRemedyDueOn] = useState('');
  const [groundCode, setGroundCode] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [photos, setPhotos] = useState<File[]>([]);
  const [outcome, setOutcome] = useState<'offline' | 'synced' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(readOutbox().length);

  useEffect(() => {
    const onOnline = () => {
      void syncOutbox({ csrfToken }).then((r) => {
        setPending(readOutbox().length);
        if (r.sent > 0) setOutcome('synced');
      });
    };
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [csrfToken]);

  const items = checklist.data?.items ?? [];
  const conclusionLabel = {
    compliant: t('conclusionCompliant'),
    must_remedy: t('conclusionRemedy'),
    propose_revocation: t('conclusionRevoke'),
  } satisfies Record<Conclusion, string>;

  const send = async () => {
    setError(null);
    const producerName = producers.data?.items.find((p) => p.id === producerId)?.name ?? '';
    const clientId = crypto.randomUUID();
    const item = {
      create: {
        clientId,
        producerId: producerId!,
        ...(productId ? { productId } : {}),
        kind,
        inspectedOn,
        team,
      },
      submit: {
        checklist: answers,
        findings,
        conclusion,
        conclusionNote: note,
        ...(conclusion === 'must_remedy' ? { remedyDueOn } : {}),
        ...(conclusion === 'propose_revocation' && groundCode ? { revocationGroundCode: groundCode } : {}),
      },
      label: `${producerName} — ${inspectedOn}`,
      photoCount: photos.length,
      savedAt: new Date().toISOString(),
    };
    try {
      await keepPhotos(
        clientId,
        photos.map((file) => ({ file, caption: '' })),
      );
    } catch (e) {
      setError(e);
      return;
    }
    addToOutbox(item);
    setPhotos([]);
    try {
      const result = await syncOutbox({ csrfToken });
      setPending(readOutbox().length);
      if (result.failed.length > 0) setError(result.failed[0]!.error);
      else setOutcome(result.sent > 0 ? 'synced' : 'offline');
    } catch (e) {
      setOutcome(isOffline(e) ? 'offline' : null);
      if (!isOffline(e)) setError(e);
    }
  };

  const isComplete = producerId !== null && items.every((i) => answers[i.code]);
  return (
    <Stack maw={900}>
      <Anchor component={Link} to="/inspections" size="sm">
        ← {t('back')}
      </Anchor>
      <PageHeading>{t('newInspection')}</PageHeading>
      <ErrorAlert error={checklist.error ?? producers.error} />
      {checklist.data && checklist.data.agency === null && <Alert color="yellow">{t('agencyMissing')}</Alert>}
      {checklist.data?.agency && <Text>{`${t('agency')}: ${t(`agencies.${checklist.data.agency}`)}`}</Text>}
      {outcome === 'offline' && (
        <Alert color="yellow" role="status">
          {t('savedOffline')}
        </Alert>
      )}
      {outcome === 'synced' && (
        <Alert color="green" role="status">
          {t('synced')}
        </Alert>
      )}
      {pending > 0 && <Text size="sm">{t('pendingCount', { count: pending })}</Text>}
      <Card withBorder>
        <Stack>
          <Select
            label={t('producer')}
            searchable
            data={(producers.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={producerId}
            onChange={(value) => {
              setProducerId(value);
              setProductId(null);
            }}
            required
          />
          <Select
            label={t('product')}
            data={(products.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={productId}
            onChange={setProductId}
            disabled={producerId === null}
            clearable
          />
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label={t('inspectedOn')}
              value={inspectedOn}
              onChange={(e) => setInspectedOn(e.currentTarget.value)}
              required
            />
            <Radio.Group label={t('kind')} value={kind} onChange={(v) => setKind(v)}>
              <Group mt="xs">
                <Radio value="planned" label={t('kindPlanned')} />
                <Radio value="surprise" label={t('kindSurprise')} />
              </Group>
            </Radio.Group>
          </Group>
          <Textarea
            label={t('team')}
            value={team}
            onChange={(e) => setTeam(e.currentTarget.value)}
            autosize
            minRows={2}
          />
        </Stack>
      </Card>
      <Title order={2} size="h3">
        {t('checklist')}
      </Title>
      {items.map((item) => (
        <Card
          withBorder
          key={item.code}
          component="section"
          aria-label={item.vi}
          data-checklist-item={item.code}
        >
          <Stack gap="xs">
            <Radio.Group
              label={item.vi}
              value={answers[item.code]?.result ?? ''}
              onChange={(v) =>
                setAnswers((a) => ({
                  ...a,
                  [item.code]: { result: v as Result, note: a[item.code]?.note ?? '' },
                }))
              }
            >
              <Group mt="xs">
                <Radio value="pass" label={t('resultPass')} />
                <Radio value="fail" label={t('resultFail')} />
                <Radio value="not_applicable" label={t('resultNa')} />
              </Group>
            </Radio.Group>
            <TextInput
              aria-label={`${t('note')}: ${item.vi}`}
              placeholder={t('note')}
              value={answers[item.code]?.note ?? ''}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setAnswers((a) => ({
                  ...a,
                  [item.code]: { result: a[item.code]?.result ?? 'pass', note: value },
                }));
              }}
            />
          </Stack>
        </Card>
      ))}
      <Title order={2} size="h3">
        {t('findings')}
      </Title>
      {findings.map((finding, index) => (
        <Card withBorder key={index}>
          <Stack gap="xs">
            <Group grow>
              <Select
                label={t('findingItem')}
                data={items.map((i) => ({ value: i.code, label: i.vi }))}
                value={finding.itemCode}
                onChange={(v) =>
                  setFindings((f) => f.map((x, i) => (i === index ? { ...x, itemCode: v } : x)))
                }
                clearable
              />
              <Select
                label={t('severity')}
                data={(['minor', 'major', 'critical'] as const).map((s) => ({
                  value: s,
                  label: t(`severities.${s}`),
                }))}
                value={finding.severity}
                onChange={(v) =>
                  setFindings((f) => f.map((x, i) => (i === index ? { ...x, severity: v ?? 'minor' } : x)))
                }
              />
            </Group>
            <Textarea
              label={t('description')}
              value={finding.description}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setFindings((f) => f.map((x, i) => (i === index ? { ...x, description: value } : x)));
              }}
              required
            />
            <Button
              variant="subtle"
              color="red"
              onClick={() => setFindings((f) => f.filter((_, i) => i !== index))}
            >
              {t('removeFinding')}
            </Button>
          </Stack>
        </Card>
      ))}
      <Button
        variant="light"
        onClick={() => setFindings((f) => [...f, { itemCode: null, severity: 'major', description: '' }])}
      >
        {t('addFinding')}
      </Button>
      <Card withBorder>
        <Stack>
          <Radio.Group label={t('conclusion')} value={conclusion} onChange={(v) => setConclusion(v)}>
            <Stack mt="xs" gap="xs">
              <Radio value="compliant" label={t('conclusionCompliant')} />
              <Radio value="must_remedy" label={t('conclusionRemedy')} />
              <Radio value="propose_revocation" label={t('conclusionRevoke')} />
            </Stack>
          </Radio.Group>
          {conclusion === 'must_remedy' && (
            <TextInput
              type="date"
              label={t('remedyDueOn')}
              value={remedyDueOn}
              onChange={(e) => setRemedyDueOn(e.currentTarget.value)}
              required
            />
          )}
          {conclusion === 'propose_revocation' && (
            <Select
              label={t('revocationGround')}
              data={(grounds.data?.grounds ?? []).map((g) => ({ value: g.code, label: g.vi }))}
              value={groundCode}
              onChange={setGroundCode}
              required
            />
          )}
          <Textarea
            label={t('conclusionNote')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
        </Stack>
      </Card>
      <Card withBorder>
        <FileInput
          label={t('photos')}
          description={t('photosHelp')}
          accept="image/jpeg,image/png,image/webp"
          capture="environment"
          multiple
          clearable
          value={photos}
          onChange={setPhotos}
        />
      </Card>
      <ErrorAlert error={error} />
      <ConfirmAction
        label={t('saveAndSync')}
        buttonProps={{ size: 'lg' }}
        disabled={!isComplete}
        title={t('confirmSubmitTitle')}
        consequence={t('confirmSubmit', { conclusion: conclusionLabel[conclusion] })}
        confirmLabel={t('confirm')}
        onConfirm={send}
      />
    </Stack>
  );
}
