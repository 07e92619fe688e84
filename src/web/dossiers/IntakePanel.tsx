import { Button, Card, Group, NativeSelect, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierOutput } from '../../contracts/dossiers.contracts';
import { ConfirmAction } from '../forms/ConfirmAction';
import { ErrorAlert } from '../forms/ErrorAlert';
import { todayIsoDate } from '../i18n/format';
import { confirmNames } from './confirm-names';
import { DOSSIERS_NS } from './dossier-i18n';
import { dossiersApi } from './dossiers.api';
import { BesideProducerChoice } from './review/ProducerChoice';

type Done = (d: DossierOutput) => void;
const has = (dossier: DossierOutput, suffix: string) =>
  dossier.allowedActions.some((a) => a.endsWith(suffix));

/** Which level a waiting dossier sits at, from the action it allows (`commune.accept` → `commune`). */
function waitingLevel(dossier: DossierOutput, suffix: '.accept' | '.return'): string {
  const action = dossier.allowedActions.find((a) => a.endsWith(suffix));
  return action ? action.slice(0, -suffix.length) : 'commune';
}

/**
 * Return (with a comment and one item comment) or accept — at whichever level the dossier waits.
 * Both ask first: a return hands the dossier back to the producer, an accept moves it on.
 */
export function ReturnAcceptPanel({ dossier, onDone }: { dossier: DossierOutput; onDone: Done }) {
  const { t } = useTranslation(DOSSIERS_NS);
  const [comment, setComment] = useState('');
  const [item, setItem] = useState('');
  const [itemComment, setItemComment] = useState('');
  const back = useMutation({
    mutationFn: () =>
      dossiersApi.return(dossier.id, {
        version: dossier.version,
        comment,
        items: item && itemComment ? [{ item, comment: itemComment }] : [],
      }),
    onSuccess: onDone,
  });
  const accept = useMutation({
    mutationFn: () =>
      dossiersApi.accept(dossier.id, { version: dossier.version, ...(comment ? { comment } : {}) }),
    onSuccess: onDone,
  });
  if (!has(dossier, '.return') && !has(dossier, '.accept')) return null;
  const names = confirmNames(dossier);
  return (
    <Card withBorder>
      <Stack>
        <Textarea
          label={t('returnComment')}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
        />
        <Group grow>
          <TextInput label={t('returnItem')} value={item} onChange={(e) => setItem(e.currentTarget.value)} />
          <TextInput
            label={t('returnItemComment')}
            value={itemComment}
            onChange={(e) => setItemComment(e.currentTarget.value)}
          />
        </Group>
        <Group>
          {has(dossier, '.return') && (
            <ConfirmAction
              label={t('returnAction')}
              color="orange"
              buttonProps={{ variant: 'light' }}
              disabled={!comment.trim()}
              title={t('returnConfirmTitle')}
              consequence={t('returnConfirmBody', names)}
              recipients={t(`returnConfirmWho.${waitingLevel(dossier, '.return')}`, {
                ...names,
                comment: comment.trim(),
              })}
              onConfirm={() => back.mutateAsync()}
            />
          )}
          {has(dossier, '.accept') && (
            <ConfirmAction
              label={t('acceptAction')}
              color="green"
              title={t('acceptConfirmTitle')}
              consequence={t(`acceptConfirmBody.${waitingLevel(dossier, '.accept')}`, names)}
              recipients={t(`acceptConfirmWho.${waitingLevel(dossier, '.accept')}`, names)}
              onConfirm={() => accept.mutateAsync()}
            />
          )}
        </Group>
      </Stack>
    </Card>
  );
}

/** Biểu 3: the commune's choice for each commune-assessed criterion, the conclusion and the assessor. */
export function CommuneAssessmentPanel({ dossier, onDone }: { dossier: DossierOutput; onDone: Done }) {
  const { t } = useTranslation(DOSSIERS_NS);
  const criteria = useQuery({
    queryKey: ['dossiers', dossier.id, 'criteria'],
    queryFn: ({ signal }) => dossiersApi.criteria(dossier.id, signal),
  });
  const local = criteria.data?.criteria.filter((c) => c.assessedByCommune) ?? [];
  const [choices, setChoices] = useState<Record<string, { option: number; note: string }>>(
    dossier.communeAssessment?.choices ?? {},
  );
  const [conclusion, setConclusion] = useState(dossier.communeAssessment?.conclusion ?? '');
  const [assessorName, setAssessorName] = useState(dossier.communeAssessment?.assessorName ?? '');
  const [assessedOn, setAssessedOn] = useState(dossier.communeAssessment?.assessedOn ?? todayIsoDate());
  const assess = useMutation({
    mutationFn: () =>
      dossiersApi.assess(dossier.id, {
        version: dossier.version,
        choices,
        conclusion,
        assessorName,
        assessedOn,
      }),
    onSuccess: onDone,
  });
  if (!dossier.allowedActions.includes('commune.assess')) return null;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('assessment')}
      </Title>
      <Stack>
        {local.map((c) => (
          <BesideProducerChoice key={c.code} dossier={dossier} criterionCode={c.code}>
            <NativeSelect
              label={`${c.code}. ${c.titleVi}`}
              aria-label={t('communeOption', { code: c.code })}
              value={choices[c.code] ? String(choices[c.code]!.option) : ''}
              onChange={(e) =>
                setChoices({
                  ...choices,
                  [c.code]: { option: Number(e.currentTarget.value), note: choices[c.code]?.note ?? '' },
                })
              }
              data={[
                { value: '', label: t('noOption') },
                ...c.options.map((o) => ({
                  value: String(o.number),
                  label: `${o.number} — ${o.textVi} (${o.points} điểm)`,
                })),
                { value: '0', label: t('noneApplies') },
              ]}
            />
          </BesideProducerChoice>
        ))}
        <Textarea
          label={t('conclusion')}
          value={conclusion}
          onChange={(e) => setConclusion(e.currentTarget.value)}
        />
        <Group grow>
          <TextInput
            label={t('assessorName')}
            value={assessorName}
            onChange={(e) => setAssessorName(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('assessedOn')}
            value={assessedOn}
            onChange={(e) => setAssessedOn(e.currentTarget.value)}
          />
        </Group>
        <ErrorAlert error={assess.error} />
        <Group>
          <Button loading={assess.isPending} onClick={() => assess.mutate()}>
            {t('assessAction')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** The commune's written request sending the assessed dossier to the next level. */
export function ForwardPanel({ dossier, onDone }: { dossier: DossierOutput; onDone: Done }) {
  const { t } = useTranslation(DOSSIERS_NS);
  const [request, setRequest] = useState({
    number: '',
    date: todayIsoDate(),
    signerName: '',
    signerTitle: 'Chủ tịch UBND xã',
  });
  const forward = useMutation({
    mutationFn: () => dossiersApi.forward(dossier.id, { version: dossier.version, request }),
    onSuccess: onDone,
  });
  if (!dossier.allowedActions.includes('commune.forward')) return null;
  const set = (key: keyof typeof request) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setRequest({ ...request, [key]: e.currentTarget.value });
  // Said next to the button, so nobody wonders why it is greyed out.
  const missing = [
    request.number.trim() ? null : t('requestNumber'),
    request.date ? null : t('requestDate'),
    request.signerName.trim() ? null : t('signerName'),
  ].filter((label): label is string => label !== null);
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('forward')}
      </Title>
      <Stack>
        <Group grow>
          <TextInput label={t('requestNumber')} value={request.number} onChange={set('number')} />
          <TextInput type="date" label={t('requestDate')} value={request.date} onChange={set('date')} />
        </Group>
        <Group grow>
          <TextInput label={t('signerName')} value={request.signerName} onChange={set('signerName')} />
          <TextInput label={t('signerTitle')} value={request.signerTitle} onChange={set('signerTitle')} />
        </Group>
        <Group>
          <ConfirmAction
            label={t('forwardAction')}
            disabled={missing.length > 0}
            buttonProps={{ 'aria-describedby': missing.length > 0 ? 'forward-missing' : undefined }}
            title={t('forwardConfirmTitle')}
            consequence={t('forwardConfirmBody', confirmNames(dossier))}
            recipients={t('forwardConfirmWho', { ...confirmNames(dossier), number: request.number })}
            onConfirm={() => forward.mutateAsync()}
          />
          {missing.length > 0 && (
            <Text id="forward-missing" size="sm" c="dimmed">
              {t('forwardMissing', { fields: missing.join(', ') })}
            </Text>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
