import { Anchor, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEvidenceViewer, type DossierEvidence } from './evidence-viewer-context';
import { REVIEW_NS } from './review-i18n';

/**
 * The evidence linked to one criterion: each a button that opens it in the viewer beside the form
 * (pressed while shown; pressing it again closes the viewer), or a plain download link where
 * there is no viewer on the page.
 */
export function EvidenceButtons({ evidence }: { evidence: readonly DossierEvidence[] }) {
  const { t } = useTranslation(REVIEW_NS);
  const viewer = useEvidenceViewer();
  if (evidence.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('selfAssessment.noEvidence')}
      </Text>
    );
  return (
    <Group gap="xs">
      {evidence.map((e) =>
        viewer ? (
          <Button
            key={e.id}
            variant={viewer.shown?.id === e.id ? 'filled' : 'light'}
            size="compact-sm"
            aria-pressed={viewer.shown?.id === e.id}
            onClick={(event) =>
              viewer.shown?.id === e.id ? viewer.close() : viewer.open(e, event.currentTarget)
            }
            styles={{ root: { maxWidth: '100%', height: 'auto' }, label: { whiteSpace: 'normal' } }}
          >
            {e.title}
          </Button>
        ) : (
          <Anchor key={e.id} href={`${e.fileUrl}?download=1`} size="sm">
            {e.title}
          </Anchor>
        ),
      )}
    </Group>
  );
}
