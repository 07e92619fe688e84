import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RubricVersionDetailOutput } from '../../contracts/rubrics.contracts';
import { decisionTexts } from '../../domain/rubric/rubric-decision';
import { RUBRICS_NS } from './rubric-i18n';

type Decision = RubricVersionDetailOutput['integrity'][number]['decisions'][number];

/**
 * The transcription decisions of one sheet, in the page language: node, kind, what was chosen
 * and why, all as visible text. An imported decision without Vietnamese shows its English text,
 * marked `lang="en"` for screen readers.
 */
export function RubricDecisionList({ decisions }: { decisions: readonly Decision[] }) {
  const { t, i18n } = useTranslation(RUBRICS_NS);
  const language = i18n.language === 'en' ? 'en' : 'vi';
  if (decisions.length === 0)
    return (
      <Text size="xs" c="dimmed">
        {t('decisionsNone')}
      </Text>
    );
  return (
    <List size="xs" spacing={6} listStyleType="none">
      {decisions.map((decision, index) => {
        const { chosen, reason } = decisionTexts(decision, language);
        return (
          <List.Item key={`${decision.nodeCode}-${index}`}>
            <Text size="xs" fw={600}>
              {decision.nodeCode === '*' ? t('decisionWholeSheet') : <code>{decision.nodeCode}</code>} ·{' '}
              {t(`decisionKind.${decision.kind}`, { defaultValue: decision.kind })}
            </Text>
            <Text size="xs" lang={chosen.language}>
              {chosen.text}
            </Text>
            <Text size="xs">
              {t('decisionReason')}: <span lang={reason.language}>{reason.text}</span>
            </Text>
          </List.Item>
        );
      })}
    </List>
  );
}
