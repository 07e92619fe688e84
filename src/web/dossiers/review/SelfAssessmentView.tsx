import { Badge, Box, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DossierCriteriaOutput, DossierOutput } from '../../../contracts/dossiers.contracts';
import { ErrorAlert } from '../../forms/ErrorAlert';
import { formatDecimal } from '../../forms/parse-decimal';
import { dossiersApi } from '../dossiers.api';
import { EvidenceButtons } from './EvidenceButtons';
import { REVIEW_NS } from './review-i18n';

type Criterion = DossierCriteriaOutput['criteria'][number];
type Item = DossierOutput['selfAssessment'][number];

/** "2 — text" of the producer's choice, "0 — none applies", or "no option chosen". */
export function useChoiceText() {
  const { t } = useTranslation(REVIEW_NS);
  return (item: Item | undefined): string => {
    if (!item || item.option === null) return t('selfAssessment.notAnswered');
    if (item.option === 0) return t('selfAssessment.noneApplies');
    return `${item.option} — ${item.optionTextVi ?? ''}`;
  };
}

/** The evidence of a dossier that one self-assessment item links. */
export function evidenceOf(dossier: DossierOutput, item: Item | undefined) {
  const ids = item?.evidenceIds ?? [];
  return dossier.evidence.filter((e) => ids.includes(e.id));
}

function CriterionRow({
  dossier,
  criterion,
  item,
}: {
  dossier: DossierOutput;
  criterion: Criterion;
  item: Item;
}) {
  const { t, i18n } = useTranslation(REVIEW_NS);
  const choiceText = useChoiceText();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const headingId = `criterion-${criterion.code}`;
  return (
    <Box
      component="article"
      aria-labelledby={headingId}
      data-criterion={criterion.code}
      py="sm"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
    >
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <Title order={4} size="sm" id={headingId} style={{ overflowWrap: 'anywhere' }}>
            {criterion.code}. {criterion.headingTitleVi ? `${criterion.headingTitleVi} — ` : ''}
            {criterion.titleVi}
          </Title>
          {criterion.assessedByCommune && (
            <Badge variant="outline" size="sm">
              {t('selfAssessment.communeMark')}
            </Badge>
          )}
        </Group>
        <Group gap="xs" align="baseline" wrap="nowrap">
          <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
            {t('selfAssessment.chosen')}:
          </Text>
          <Text size="sm" fw={600} data-testid="criterion-choice" style={{ overflowWrap: 'anywhere' }}>
            {choiceText(item)}
          </Text>
        </Group>
        <Text size="sm" data-testid="criterion-points">
          {t('selfAssessment.points', {
            points: item.points === null ? '—' : formatDecimal(item.points, lang),
            max: formatDecimal(item.maxPoints, lang),
          })}
        </Text>
        {item.note && (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('selfAssessment.note')}: {item.note}
          </Text>
        )}
        <Group gap="xs" align="baseline" wrap="nowrap">
          <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
            {t('selfAssessment.evidence')}:
          </Text>
          <EvidenceButtons evidence={evidenceOf(dossier, item)} />
        </Group>
      </Stack>
    </Box>
  );
}

/**
 * Biểu 2 as the reviewer reads it: the pinned sheet group by group, and for each criterion the
 * option the producer chose, its points out of the maximum, the producer's note and the evidence
 * linked to it — each opening in the viewer beside the form.
 */
export function SelfAssessmentView({ dossier }: { dossier: DossierOutput }) {
  const { t, i18n } = useTranslation(REVIEW_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const criteria = useQuery({
    queryKey: ['dossiers', dossier.id, 'criteria'],
    queryFn: ({ signal }) => dossiersApi.criteria(dossier.id, signal),
  });
  const byCode = new Map(criteria.data?.criteria.map((c) => [c.code, c]));
  const groups: { code: string; title: string; rows: { criterion: Criterion; item: Item }[] }[] = [];
  for (const item of dossier.selfAssessment) {
    const criterion = byCode.get(item.criterionCode);
    if (!criterion) continue;
    const last = groups.at(-1);
    if (last?.code === criterion.groupCode) last.rows.push({ criterion, item });
    else
      groups.push({
        code: criterion.groupCode,
        title: criterion.groupTitleVi,
        rows: [{ criterion, item }],
      });
  }
  return (
    <Card withBorder component="section" aria-labelledby="self-assessment-heading">
      <Stack gap="xs">
        <Title order={2} size="h4" id="self-assessment-heading">
          {t('selfAssessment.title')}
        </Title>
        <Text size="sm">
          {t('selfAssessment.total', { total: formatDecimal(dossier.selfScore.total, lang) })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('selfAssessment.intro')}
        </Text>
        <ErrorAlert error={criteria.error} />
        {criteria.isPending && <Text size="sm">{t('selfAssessment.loading')}</Text>}
        {groups.map((group) => (
          <Stack key={group.code} gap={0} mt="sm">
            <Title order={3} size="h6">
              {group.code}. {group.title}
            </Title>
            {group.rows.map(({ criterion, item }) => (
              <CriterionRow key={criterion.code} dossier={dossier} criterion={criterion} item={item} />
            ))}
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
