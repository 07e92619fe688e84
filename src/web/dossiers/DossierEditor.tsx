import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Fragment, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierOutput } from '../../contracts/dossiers.contracts';
import type { DossierAnswers } from '../../domain/dossier/dossier.types';
import { matchesFolded } from '../../domain/text/fold-vietnamese';
import { ConfirmAction } from '../forms/ConfirmAction';
import { ErrorAlert } from '../forms/ErrorAlert';
import { DecimalInput } from '../forms/DecimalInput';
import { confirmNames } from './confirm-names';
import { DOSSIERS_NS } from './dossier-i18n';
import { dossiersApi, type EvidenceOption } from './dossiers.api';
import { ReEvaluationSection } from './ReEvaluationSection';

/**
 * The producer's editor: Biểu 1 fields that change between dossiers and the Biểu 2
 * self-assessment (option, evidence from the library, note per criterion), saved together.
 */
export function DossierEditor({
  dossier,
  onSaved,
}: {
  dossier: DossierOutput;
  onSaved: (d: DossierOutput) => void;
}) {
  const { t } = useTranslation(DOSSIERS_NS);
  const criteria = useQuery({
    queryKey: ['dossiers', dossier.id, 'criteria'],
    queryFn: ({ signal }) => dossiersApi.criteria(dossier.id, signal),
  });
  const library = useQuery({
    queryKey: ['dossiers', dossier.id, 'evidence'],
    queryFn: ({ signal }) => dossiersApi.evidenceOptions(dossier.id, signal),
  });
  const [registration, setRegistration] = useState(dossier.registration);
  const [answers, setAnswers] = useState<DossierAnswers>(dossier.answers);
  const save = useMutation({
    mutationFn: () => dossiersApi.update(dossier.id, { version: dossier.version, registration, answers }),
    onSuccess: onSaved,
  });
  const setAnswer = (code: string, change: Partial<DossierAnswers[string]>) =>
    setAnswers((current) => {
      const base = current[code] ?? { option: 0, evidenceIds: [], note: '' };
      return { ...current, [code]: { ...base, ...change } };
    });
  const clearAnswer = (code: string) =>
    setAnswers((current) => {
      const next = { ...current };
      delete next[code];
      return next;
    });

  return (
    <Stack>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('registration')}
        </Title>
        <Group grow align="start">
          <TextInput
            label={t('phone')}
            value={registration.producer.phone}
            onChange={(e) =>
              setRegistration({
                ...registration,
                producer: { ...registration.producer, phone: e.currentTarget.value },
              })
            }
          />
          <TextInput
            label={t('packaging')}
            value={registration.product.packaging}
            onChange={(e) =>
              setRegistration({
                ...registration,
                product: { ...registration.product, packaging: e.currentTarget.value },
              })
            }
          />
          <DecimalInput
            label={t('sampleCount')}
            isWhole
            min={0}
            value={registration.sampleCount}
            onChange={(value) => setRegistration({ ...registration, sampleCount: value === '' ? 0 : value })}
          />
        </Group>
        <Textarea
          label={t('productDescription')}
          autosize
          minRows={2}
          value={registration.product.description}
          onChange={(e) =>
            setRegistration({
              ...registration,
              product: { ...registration.product, description: e.currentTarget.value },
            })
          }
        />
      </Card>
      {registration.reEvaluation && (
        <ReEvaluationSection
          value={registration.reEvaluation}
          onChange={(reEvaluation) => setRegistration({ ...registration, reEvaluation })}
        />
      )}
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('selfAssessment')}
        </Title>
        <Stack gap="md">
          {criteria.data?.criteria.map((c) => {
            const answer = answers[c.code];
            return (
              <Stack key={c.code} gap={4} data-criterion={c.code}>
                <Group gap="xs">
                  <Text fw={600}>
                    {c.code}. {c.headingTitleVi ? `${c.headingTitleVi} — ` : ''}
                    {c.titleVi}
                    {c.caseNumber !== null ? ` (trường hợp ${c.caseNumber})` : ''}
                  </Text>
                  {c.assessedByCommune && <Badge variant="outline">{t('communeMark')}</Badge>}
                </Group>
                <NativeSelect
                  aria-label={t('option', { code: c.code })}
                  value={answer ? String(answer.option) : ''}
                  onChange={(e) =>
                    e.currentTarget.value === ''
                      ? clearAnswer(c.code)
                      : setAnswer(c.code, { option: Number(e.currentTarget.value) })
                  }
                  data={[
                    { value: '', label: t('noOption') },
                    ...c.options.map((o) => ({
                      value: String(o.number),
                      label: `${o.number} — ${o.textVi} (${o.points} điểm)${o.mandatoryForStar ? ` ${'*'.repeat(o.mandatoryForStar)}` : ''}`,
                    })),
                    { value: '0', label: t('noneApplies') },
                  ]}
                />
                {c.evidenceHintsVi.length > 0 && (
                  <Text size="xs" c="dimmed">
                    {c.evidenceHintsVi.join('; ')}
                  </Text>
                )}
                <EvidencePicker
                  code={c.code}
                  library={library.data?.items ?? []}
                  linked={answer?.evidenceIds ?? []}
                  render={(e) => (
                    <Checkbox
                      key={e.id}
                      label={e.title}
                      aria-label={t('evidence', { code: c.code, title: e.title })}
                      checked={answer?.evidenceIds.includes(e.id) ?? false}
                      onChange={(event) => {
                        const ids = answer?.evidenceIds ?? [];
                        setAnswer(c.code, {
                          evidenceIds: event.currentTarget.checked
                            ? [...ids, e.id]
                            : ids.filter((id) => id !== e.id),
                        });
                      }}
                    />
                  )}
                />
                <TextInput
                  aria-label={t('note', { code: c.code })}
                  placeholder={t('note', { code: c.code })}
                  value={answer?.note ?? ''}
                  onChange={(e) => setAnswer(c.code, { note: e.currentTarget.value })}
                />
              </Stack>
            );
          })}
        </Stack>
      </Card>
      <ErrorAlert error={save.error} />
      <Group>
        <Button onClick={() => save.mutate()} loading={save.isPending}>
          {t('save')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Libraries up to this size list every document beside each criterion; larger ones are searched. */
const LIST_ALL_UP_TO = 12;
const MAX_MATCHES = 20;

/**
 * The evidence beside one criterion: the linked documents always, and the rest of the library —
 * all of it when small, otherwise what a tone-insensitive search on title or file name finds, so
 * every document stays reachable however large the library.
 */
function EvidencePicker({
  code,
  library,
  linked,
  render,
}: {
  code: string;
  library: readonly EvidenceOption[];
  linked: readonly string[];
  render: (e: EvidenceOption) => ReactNode;
}) {
  const { t } = useTranslation(DOSSIERS_NS);
  const [query, setQuery] = useState('');
  const isSearched = library.length > LIST_ALL_UP_TO;
  const needle = query.trim();
  const matches = !isSearched
    ? library
    : needle === ''
      ? []
      : library.filter((e) => !linked.includes(e.id) && matchesFolded(`${e.title} ${e.fileName}`, needle));
  const shown = isSearched
    ? [...library.filter((e) => linked.includes(e.id)), ...matches.slice(0, MAX_MATCHES)]
    : library;
  return (
    <Stack gap={4}>
      {isSearched && (
        <TextInput
          size="xs"
          type="search"
          label={t('evidenceSearch', { code })}
          description={t('evidenceSearchHint', { count: library.length })}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          maw={420}
        />
      )}
      <Group gap="sm">
        {shown.map((e) => (
          <Fragment key={e.id}>{render(e)}</Fragment>
        ))}
      </Group>
      {isSearched && needle !== '' && (
        <Text size="xs" c="dimmed" aria-live="polite">
          {matches.length > MAX_MATCHES
            ? t('evidenceMatchesMore', { shown: MAX_MATCHES, count: matches.length })
            : t('evidenceMatches', { count: matches.length })}
        </Text>
      )}
    </Stack>
  );
}

/**
 * Submitting: the truthfulness commitment, then — after a confirmation saying that the dossier can
 * no longer be changed until it is returned — the frozen version goes to the commune.
 */
export function SubmitPanel({
  dossier,
  onDone,
}: {
  dossier: DossierOutput;
  onDone: (d: DossierOutput) => void;
}) {
  const { t } = useTranslation(DOSSIERS_NS);
  const [isCommitted, setCommitted] = useState(false);
  const submit = useMutation({
    mutationFn: () =>
      dossiersApi.submit(dossier.id, { version: dossier.version, truthfulnessCommitment: true }),
    onSuccess: onDone,
  });
  return (
    <Card withBorder>
      <Stack>
        <Checkbox
          label={t('commitment')}
          checked={isCommitted}
          onChange={(e) => setCommitted(e.currentTarget.checked)}
        />
        <Group>
          <ConfirmAction
            label={t('submit')}
            color="green"
            disabled={!isCommitted || !dossier.completeness.isComplete}
            title={t('submitConfirmTitle')}
            consequence={t('submitConfirmBody', confirmNames(dossier))}
            recipients={t('submitConfirmWho', confirmNames(dossier))}
            onConfirm={() => submit.mutateAsync()}
          />
        </Group>
      </Stack>
    </Card>
  );
}
