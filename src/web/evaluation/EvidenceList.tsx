import { Anchor, Card, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MySheetOutput } from '../../contracts/evaluation.contracts';
import { EVALUATION_NS } from './evaluation-i18n';

type Evidence = MySheetOutput['evidence'][number];

function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * Minh chứng của hồ sơ — every evidence file of the dossier (as submitted), each a download link
 * while the round is open (the server records who opened what), with the criteria it supports.
 */
export function EvidenceList({ evidence, canOpen }: { evidence: Evidence[]; canOpen: boolean }) {
  const { t } = useTranslation(EVALUATION_NS);
  return (
    <Card withBorder component="section" aria-labelledby="evidence-heading">
      <Title order={2} size="h4" id="evidence-heading">
        {t('evidence')}
      </Title>
      {evidence.length === 0 && <Text c="dimmed">{t('noEvidence')}</Text>}
      {!canOpen && evidence.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('evidenceClosed')}
        </Text>
      )}
      <List mt="xs" spacing={4}>
        {evidence.map((e) => (
          <List.Item key={e.id}>
            {canOpen ? (
              <Anchor href={e.downloadUrl} download={e.fileName}>
                {e.title}
              </Anchor>
            ) : (
              e.title
            )}
            <Text span size="sm" c="dimmed">
              {` · ${e.fileName} · ${sizeLabel(e.sizeBytes)}`}
              {e.criterionCodes.length > 0 &&
                ` · ${t('evidenceFor', { codes: e.criterionCodes.join(', ') })}`}
            </Text>
          </List.Item>
        ))}
      </List>
    </Card>
  );
}
