import { ActionIcon, Anchor, Box, Button, CloseButton, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_TYPE_LABELS, type EvidenceType } from '../../../domain/registry/evidence-types';
import { formatDate } from '../../i18n/format';
import type { DossierEvidence } from './evidence-viewer-context';
import { REVIEW_NS } from './review-i18n';

const ZOOM_STEPS = [0.5, 0.75, 1, 1.5, 2, 3, 4] as const;

function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** An image with zoom buttons; the picture scrolls inside its box, never the page. */
function ZoomableImage({ evidence }: { evidence: DossierEvidence }) {
  const { t } = useTranslation(REVIEW_NS);
  const [step, setStep] = useState(2);
  const zoom = ZOOM_STEPS[step] ?? 1;
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <ActionIcon
          variant="default"
          aria-label={t('viewer.zoomOut')}
          disabled={step === 0}
          onClick={() => setStep((s) => Math.max(0, s - 1))}
        >
          −
        </ActionIcon>
        <ActionIcon
          variant="default"
          aria-label={t('viewer.zoomIn')}
          disabled={step === ZOOM_STEPS.length - 1}
          onClick={() => setStep((s) => Math.min(ZOOM_STEPS.length - 1, s + 1))}
        >
          +
        </ActionIcon>
        <Button variant="subtle" size="compact-sm" onClick={() => setStep(2)}>
          {t('viewer.zoomFit')}
        </Button>
        <Text size="sm" aria-live="polite">
          {t('viewer.zoom', { percent: Math.round(zoom * 100) })}
        </Text>
      </Group>
      <Box
        style={{ overflow: 'auto', maxHeight: '70vh', maxWidth: '100%' }}
        tabIndex={0}
        role="group"
        aria-label={evidence.title}
      >
        <img
          src={evidence.fileUrl}
          alt={evidence.title}
          style={{ width: `${zoom * 100}%`, maxWidth: 'none', display: 'block' }}
        />
      </Box>
    </Stack>
  );
}

/**
 * What the viewer shows of one evidence document: its title and details, the PDF in the browser's
 * own viewer (a frame of the file the dossier serves inline), an image with zoom, or — for other
 * types — a download link; always a link to open it in a new tab or save it.
 */
export function EvidenceViewer({
  evidence,
  onClose,
  showsHeading = true,
}: {
  evidence: DossierEvidence;
  onClose: () => void;
  /** False in the phone's full-screen dialog, whose own title names the document. */
  showsHeading?: boolean;
}) {
  const { t, i18n } = useTranslation(REVIEW_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [evidence.id]);
  const typeLabel = EVIDENCE_TYPE_LABELS[evidence.documentType as EvidenceType]?.[lang];
  const details = [
    typeLabel,
    evidence.fileName,
    sizeLabel(evidence.sizeBytes),
    evidence.issuer ? t('viewer.issuer', { issuer: evidence.issuer }) : null,
    evidence.validUntil ? t('viewer.validUntil', { date: formatDate(evidence.validUntil, lang) }) : null,
  ].filter(Boolean);
  const isPdf = evidence.mediaType === 'application/pdf';
  return (
    <Stack gap="xs" data-testid="evidence-viewer" data-evidence-id={evidence.id}>
      {showsHeading && (
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title
            order={2}
            size="h5"
            ref={headingRef}
            tabIndex={-1}
            id="evidence-viewer-title"
            style={{ overflowWrap: 'anywhere' }}
          >
            {evidence.title}
          </Title>
          <CloseButton aria-label={t('viewer.close')} onClick={onClose} />
        </Group>
      )}
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {details.join(' · ')}
      </Text>
      {evidence.criterionCodes.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('viewer.supports', { codes: evidence.criterionCodes.join(', ') })}
        </Text>
      )}
      {isPdf && (
        <iframe
          src={evidence.fileUrl}
          title={t('viewer.pdfTitle', { title: evidence.title })}
          style={{
            width: '100%',
            // as tall as the screen leaves below the panel's header, never a sliver
            height: 'max(320px, calc(100vh - 280px))',
            border: '1px solid var(--mantine-color-gray-4)',
          }}
        />
      )}
      {!isPdf && evidence.isViewableInline && <ZoomableImage key={evidence.id} evidence={evidence} />}
      {!evidence.isViewableInline && <Text size="sm">{t('viewer.downloadOnly')}</Text>}
      <Group gap="md">
        <Anchor href={evidence.fileUrl} target="_blank" rel="noopener" size="sm">
          {t('viewer.openTab')}
        </Anchor>
        <Anchor href={`${evidence.fileUrl}?download=1`} download={evidence.fileName} size="sm">
          {t('viewer.download')}
        </Anchor>
      </Group>
    </Stack>
  );
}
