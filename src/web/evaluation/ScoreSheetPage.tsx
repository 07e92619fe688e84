import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Loader,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MySheetOutput } from '../../contracts/evaluation.contracts';
import type { RubricSheet } from '../../domain/rubric/rubric.types';
import { ConfirmAction } from '../forms/ConfirmAction';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { SheetWarningAlert } from './SheetWarningAlert';
import { ConflictDeclaration } from './ConflictDeclaration';
import { CriterionField } from './CriterionField';
import { EvidenceList } from './EvidenceList';
import { KnockOutAlert, KnockOutCheck, reasonsOf } from './KnockOutCheck';
import { evaluationApi } from './evaluation.api';
import { EVALUATION_NS } from './evaluation-i18n';
import { runningTotals } from './sheet-totals';
import { useSheetAutosave, type SaveState } from './useSheetAutosave';

function SaveStatus({ state, savedAt }: { state: SaveState; savedAt: Date | null }) {
  const { t, i18n } = useTranslation(EVALUATION_NS);
  const time = savedAt?.toLocaleTimeString(i18n.language) ?? '';
  const color =
    state === 'conflict' ? 'red' : state === 'offline' ? 'orange' : state === 'saved' ? 'green' : 'gray';
  return (
    <Text size="sm" c={color} role="status" aria-live="polite" data-save-state={state}>
      {t(`save.${state}`, { time })}
    </Text>
  );
}

/** The editable (or frozen) form of one sheet version. */
function SheetForm({
  data,
  rubric,
  roundId,
  productId,
}: {
  data: MySheetOutput;
  rubric: RubricSheet;
  roundId: string;
  productId: string;
}) {
  const { t, i18n } = useTranslation(EVALUATION_NS);
  const queryClient = useQueryClient();
  // "Cấp huyện" after the reform: the reading is shown next to each criterion that speaks of it.
  const districtCodes = new Set(data.districtWording.criteria.map((c) => c.code));
  const districtReadingOf = (...codes: string[]) =>
    codes.some((code) => districtCodes.has(code))
      ? i18n.language === 'en'
        ? data.districtWording.textEn
        : data.districtWording.textVi
      : undefined;
  const isEditable =
    data.roundStatus === 'open' && data.declaration !== 'conflict' && data.sheet?.status !== 'submitted';
  const autosave = useSheetAutosave({ roundId, productId, sheet: data.sheet, isEditable });
  const totals = runningTotals(rubric, autosave.choices, data.roundProduct.caseChoices);
  const canOpenEvidence = data.roundStatus === 'open';
  const evidenceOf = (code: string) => data.evidence.filter((e) => e.criterionCodes.includes(code));
  const submit = useMutation({
    mutationFn: async () => evaluationApi.submit(roundId, productId, await autosave.flush()),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['evaluation'] }),
  });

  return (
    <Stack gap="lg">
      {autosave.isRestored && (
        <Alert color="blue" role="status">
          {t('save.restored')}
        </Alert>
      )}
      {rubric.parts.map((part) => {
        const partTotal = totals.byPart.find((p) => p.code === part.code)!;
        return (
          <Paper key={part.code} withBorder p="md" component="fieldset" aria-labelledby={`part-${part.code}`}>
            <Group
              justify="space-between"
              component="legend"
              id={`part-${part.code}`}
              style={{ width: '100%' }}
            >
              <Title order={2} size="h3">{`${part.code}. ${part.titleVi}`}</Title>
              <Badge size="xl" variant="light" aria-live="polite">
                {t('partTotal', { part: part.code, points: partTotal.points, max: part.maxPoints })}
              </Badge>
            </Group>
            <Stack gap="lg" mt="md">
              {part.groups.map((group) => (
                <Stack key={group.code} gap="md">
                  <Title order={3} size="h4">{`${group.number}. ${group.titleVi}`}</Title>
                  {[
                    ...group.criteria.map((c) => ({ c, caseTitle: undefined as string | undefined })),
                    // The case is fixed once for the product: only that case is shown and scored.
                    ...(group.cases ?? [])
                      .filter((k) => (data.roundProduct.caseChoices[group.code] ?? k.number) === k.number)
                      .flatMap((k) =>
                        k.criteria.map((c, i) => ({
                          c,
                          caseTitle:
                            i === 0
                              ? `${t('caseTitle', { n: k.number, title: k.titleVi })}${data.roundProduct.caseChoices[group.code] ? ` — ${t('caseFixed')}` : ''}`
                              : undefined,
                        })),
                      ),
                  ].map(({ c, caseTitle }) => (
                    <Fragment key={c.code}>
                      {caseTitle && (
                        <Title order={4} size="h5">
                          {caseTitle}
                        </Title>
                      )}
                      {(c.subCriteria ?? [c]).map((leaf) => (
                        <Fragment key={leaf.code}>
                          <CriterionField
                            criterion={leaf}
                            value={autosave.choices[leaf.code]}
                            selfChoice={data.selfAssessment[leaf.code]}
                            communeChoice={data.communeAssessment[leaf.code]}
                            evidence={canOpenEvidence ? evidenceOf(leaf.code) : []}
                            isReadOnly={!isEditable}
                            onChange={(option) => autosave.change(leaf.code, option)}
                            districtReading={districtReadingOf(leaf.code, c.code)}
                          />
                          {leaf.knockOut && (
                            <KnockOutCheck
                              code={leaf.code}
                              note={leaf.knockOut}
                              checked={autosave.knockOuts.includes(leaf.code)}
                              isReadOnly={!isEditable}
                              onChange={(applies) => autosave.setKnockOut(leaf.code, applies)}
                            />
                          )}
                        </Fragment>
                      ))}
                      {c.subCriteria && c.knockOut && (
                        <KnockOutCheck
                          code={c.code}
                          note={c.knockOut}
                          checked={autosave.knockOuts.includes(c.code)}
                          isReadOnly={!isEditable}
                          onChange={(applies) => autosave.setKnockOut(c.code, applies)}
                        />
                      )}
                    </Fragment>
                  ))}
                </Stack>
              ))}
            </Stack>
          </Paper>
        );
      })}
      <Card withBorder shadow="md" pos="sticky" bottom={0} style={{ zIndex: 2 }}>
        <Group justify="space-between" wrap="wrap">
          <Stack gap={2}>
            <Text fw={700} size="lg" data-testid="sheet-total">
              {t('total', { points: totals.total, max: totals.max })}
            </Text>
            <Text size="sm">{t('answered', { n: totals.answered, total: totals.required })}</Text>
            <KnockOutAlert title={t('knockOutTitle')} reasons={reasonsOf(rubric, autosave.knockOuts)} />
            {isEditable && <SaveStatus state={autosave.state} savedAt={autosave.savedAt} />}
          </Stack>
          {isEditable && (
            <Group>
              {autosave.state === 'conflict' && (
                <Button variant="default" size="md" onClick={() => window.location.reload()}>
                  {t('reload')}
                </Button>
              )}
              <ConfirmAction
                label={t('submit')}
                buttonProps={{ size: 'lg' }}
                disabled={autosave.state === 'conflict'}
                title={t('submitConfirmTitle')}
                consequence={t('submitConfirm', { points: totals.total })}
                confirmLabel={t('confirmSubmit')}
                onConfirm={() => submit.mutateAsync()}
              >
                {autosave.knockOuts.length > 0 && <Text c="red">{t('knockOutMine')}</Text>}
              </ConfirmAction>
            </Group>
          )}
        </Group>
      </Card>
    </Stack>
  );
}

function RescoreForm({ roundId, productId }: { roundId: string; productId: string }) {
  const { t } = useTranslation(EVALUATION_NS);
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const rescore = useMutation({
    mutationFn: () => evaluationApi.rescore(roundId, productId, reason.trim()),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['evaluation'] }),
  });
  return (
    <Card withBorder>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          rescore.mutate();
        }}
      >
        <Stack>
          <Textarea
            label={t('rescoreReason')}
            required
            minLength={3}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <ErrorAlert error={rescore.error} />
          <Group>
            <Button
              type="submit"
              variant="light"
              disabled={reason.trim().length < 3}
              loading={rescore.isPending}
            >
              {t('startRescore')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** Phiếu chấm điểm — one member's sheet for one product of a round. */
export function ScoreSheetPage() {
  const { t, i18n } = useTranslation(EVALUATION_NS);
  const { roundId, productId } = useParams({
    from: '/authenticated/evaluation/rounds/$roundId/products/$productId',
  });
  const mine = useQuery({
    queryKey: ['evaluation', 'sheet', roundId, productId],
    queryFn: ({ signal }) => evaluationApi.mySheet(roundId, productId, signal),
  });
  const product = mine.data?.roundProduct;
  const rubric = useQuery({
    queryKey: ['rubric-sheet', product?.rubricVersionId, product?.productSet],
    queryFn: ({ signal }) => evaluationApi.rubricSheet(product!.rubricVersionId, product!.productSet, signal),
    enabled: !!product,
    staleTime: Infinity,
  });
  const data = mine.data;
  const sheet = data?.sheet;
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/evaluation">
        {t('back')}
      </Anchor>
      <PageHeading documentTitle={t('scoringTitle')}>
        {product ? t('sheetTitle', { product: product.productName }) : t('scoringTitle')}
      </PageHeading>
      <ErrorAlert error={mine.error ?? rubric.error} />
      {(mine.isPending || rubric.isPending) && !mine.error && <Loader aria-label="…" />}
      {data && product && (
        <Text>{`${product.producerName} · ${product.communeName} · ${t('set')} ${product.productSet}`}</Text>
      )}
      {data && <SheetWarningAlert warning={data.sheetWarning} />}
      {data && (
        <ConflictDeclaration
          key={data.declaration ?? 'none-yet'}
          data={data}
          roundId={roundId}
          productId={productId}
        />
      )}
      {data?.declaration === 'conflict' && (
        <Alert color="gray" role="status" title={t('abstainedTitle')} data-testid="abstained">
          {t('abstainedExplained')} {t('abstainedNoDossier')}
        </Alert>
      )}
      {data && data.roundStatus !== 'open' && <Alert color="gray">{t('notOpen')}</Alert>}
      {sheet?.status === 'draft' && sheet.reason && (
        <Alert color="orange" role="alert">
          {t('rescoreRequested', { reason: sheet.reason })}
        </Alert>
      )}
      {sheet?.status === 'submitted' && (
        <Alert color="green" role="status">
          {t('frozen', {
            time: sheet.submittedAt ? new Date(sheet.submittedAt).toLocaleString(i18n.language) : '',
            points: sheet.total,
          })}
        </Alert>
      )}
      {sheet?.status === 'submitted' && data?.roundStatus === 'open' && (
        <RescoreForm roundId={roundId} productId={productId} />
      )}
      {/* An abstaining member neither sees the producer's files nor a sheet to fill. */}
      {data && data.declaration !== 'conflict' && (
        <EvidenceList evidence={data.evidence} canOpen={data.roundStatus === 'open'} />
      )}
      {data && rubric.data && data.declaration !== 'conflict' && (
        <SheetForm
          key={`${sheet?.version ?? 0}-${sheet?.status ?? 'none'}`}
          data={data}
          rubric={rubric.data}
          roundId={roundId}
          productId={productId}
        />
      )}
      {data && data.history.length > 0 && (
        <Card withBorder>
          <Title order={2} size="h4">
            {t('history')}
          </Title>
          <List>
            {data.history.map((h) => (
              <List.Item
                key={h.id}
              >{`${t('version', { n: h.version })}: ${h.total} — ${h.submittedAt ? new Date(h.submittedAt).toLocaleString(i18n.language) : t('draft')}`}</List.Item>
            ))}
          </List>
        </Card>
      )}
    </Stack>
  );
}
