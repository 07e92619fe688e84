import { Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierOutput } from '../../../contracts/dossiers.contracts';
import { formatDecimal } from '../../forms/parse-decimal';
import { EvidenceButtons } from './EvidenceButtons';
import { REVIEW_NS } from './review-i18n';
import { evidenceOf, useChoiceText } from './SelfAssessmentView';

/**
 * Beside the commune's choice on Biểu 3: what the producer chose for the same criterion in its
 * self-assessment, its points and the evidence it linked (opening in the viewer).
 */
export function ProducerChoice({
  dossier,
  criterionCode,
}: {
  dossier: DossierOutput;
  criterionCode: string;
}) {
  const { t, i18n } = useTranslation(REVIEW_NS);
  const choiceText = useChoiceText();
  const item = dossier.selfAssessment.find((i) => i.criterionCode === criterionCode);
  return (
    <Stack gap={4} data-testid="producer-choice" data-producer-choice={criterionCode}>
      <Text size="sm" c="dimmed">
        {t('producerChoice.label')}
      </Text>
      <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
        {choiceText(item)}
        {item?.points !== null && item?.points !== undefined && (
          <Text span size="sm" fw={400}>
            {' '}
            {t('producerChoice.points', {
              points: formatDecimal(item.points, i18n.language === 'en' ? 'en' : 'vi'),
            })}
          </Text>
        )}
      </Text>
      {item?.note && (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {item.note}
        </Text>
      )}
      <Group gap="xs">
        <EvidenceButtons evidence={evidenceOf(dossier, item)} />
      </Group>
    </Stack>
  );
}

/**
 * One row of Biểu 3: the commune's choice (`children`, the form field) with the producer's own
 * choice beside it — side by side on a wide screen, one under the other on a phone.
 */
export function BesideProducerChoice({
  dossier,
  criterionCode,
  children,
}: {
  dossier: DossierOutput;
  criterionCode: string;
  children: ReactNode;
}) {
  return (
    <SimpleGrid
      cols={{ base: 1, sm: 2 }}
      spacing="md"
      verticalSpacing="xs"
      pt="xs"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
    >
      <div style={{ minWidth: 0 }}>{children}</div>
      <ProducerChoice dossier={dossier} criterionCode={criterionCode} />
    </SimpleGrid>
  );
}
