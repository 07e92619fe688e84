import { Alert, List, MultiSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { checkCouncilComposition } from '../../domain/evaluation/council-composition';
import type { Agency, CouncilLevel, CouncilMemberRole } from '../../domain/evaluation/evaluation.types';
import { PRODUCT_SETS, setLabel } from './council-labels';
import { COUNCILS_NS } from './councils-i18n';

export interface CompositionMember {
  fullName: string;
  agency: string;
  position: string;
  role: CouncilMemberRole;
}

/**
 * The council composition check of `domain/evaluation` (size, chair, mandatory agencies, managing
 * agency of each set on the agenda), run in the browser as the office edits, in plain words.
 */
export function CompositionCheck(props: {
  members: readonly CompositionMember[];
  level: CouncilLevel;
  agendaSets: readonly number[];
}) {
  const { t, i18n } = useTranslation(COUNCILS_NS);
  const report = checkCouncilComposition({
    members: props.members.map((m, index) => ({
      id: String(index),
      fullName: m.fullName || '…',
      agency: m.agency as Agency,
      position: m.position,
      role: m.role,
    })),
    level: props.level,
    agendaSets: props.agendaSets,
  });
  if (report.isValid)
    return (
      <Alert
        color="green"
        variant="light"
        icon={<IconCircleCheck aria-hidden />}
        role="status"
        data-testid="composition-check"
      >
        {t('compositionOk')} {t('votingCount', { n: report.votingCount })}
      </Alert>
    );
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      role="status"
      data-testid="composition-check"
    >
      <Text fw={600}>{t('compositionProblems')}</Text>
      <List size="sm" mt={4}>
        {report.problems.map((p) => (
          <List.Item key={`${p.code}-${p.agency ?? ''}-${p.setNumber ?? ''}`}>
            {i18n.language === 'en' ? p.messageEn : p.messageVi}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** The composition check with a choice of the product sets expected on the agenda. */
export function CompositionPanel(props: { members: readonly CompositionMember[]; level: CouncilLevel }) {
  const { t, i18n } = useTranslation(COUNCILS_NS);
  const [agendaSets, setAgendaSets] = useState<string[]>([]);
  return (
    <Paper withBorder p="lg">
      <Stack>
        <Title order={2} size="h3">
          {t('compositionTitle')}
        </Title>
        <Text size="sm">{t('compositionIntro')}</Text>
        <MultiSelect
          label={t('agendaSets')}
          description={t('agendaSetsHint')}
          data={PRODUCT_SETS.map((n) => ({ value: String(n), label: setLabel(n, i18n.language) }))}
          value={agendaSets}
          onChange={setAgendaSets}
          searchable
          clearable
        />
        <CompositionCheck members={props.members} level={props.level} agendaSets={agendaSets.map(Number)} />
      </Stack>
    </Paper>
  );
}
