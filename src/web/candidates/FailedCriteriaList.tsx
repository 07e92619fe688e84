import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CandidateLastResult } from '../../contracts/candidates.contracts';
import { CANDIDATES_NS } from './candidates-i18n';

/** The mandatory criteria the product's last result failed (each blocks 5★). */
export function FailedCriteriaList({ result }: { result: CandidateLastResult }) {
  const { t } = useTranslation(CANDIDATES_NS);
  if (result.failedCriteria.length === 0) return <Text size="sm">{t('none')}</Text>;
  return (
    <List size="sm">
      {result.failedCriteria.map((c) => (
        <List.Item key={c.criterionCode}>
          {c.criterionCode} — {c.titleVi} ({c.star}★)
        </List.Item>
      ))}
    </List>
  );
}
