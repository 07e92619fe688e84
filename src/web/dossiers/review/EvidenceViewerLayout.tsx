import { Box, Card, Grid, Modal, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EvidenceViewer } from './EvidenceViewer';
import {
  EvidenceViewerContext,
  type DossierEvidence,
  type EvidenceViewerControl,
} from './evidence-viewer-context';
import { REVIEW_NS } from './review-i18n';

/**
 * The dossier page as document-review systems lay it out: the forms on the left and, once a piece
 * of evidence is opened, a viewer panel beside them that stays in view while the reader scrolls
 * the criteria. On a phone the viewer takes the whole screen (a dialog with a close button).
 * Escape or the close button closes it, and focus goes back to the button that opened it.
 */
export function EvidenceViewerLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation(REVIEW_NS);
  const isWide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const [shown, setShown] = useState<DossierEvidence | null>(null);
  const trigger = useRef<HTMLElement | null>(null);
  const open = useCallback((evidence: DossierEvidence, from?: HTMLElement | null) => {
    trigger.current = from ?? null;
    setShown(evidence);
  }, []);
  const close = useCallback(() => {
    setShown(null);
    // The panel unmounts: give focus back to where the reader was.
    const from = trigger.current;
    if (from) requestAnimationFrame(() => from.focus());
  }, []);
  const control = useMemo<EvidenceViewerControl>(() => ({ shown, open, close }), [shown, open, close]);
  const isSideBySide = isWide && shown !== null;

  return (
    <EvidenceViewerContext.Provider value={control}>
      <Grid gap="md">
        <Grid.Col span={isSideBySide ? 7 : 12} miw={0}>
          <Stack>{children}</Stack>
        </Grid.Col>
        {isSideBySide && (
          <Grid.Col span={5} miw={0}>
            <Box pos="sticky" top="calc(var(--app-shell-header-height, 0px) + var(--mantine-spacing-md))">
              <Card
                withBorder
                component="section"
                aria-labelledby="evidence-viewer-title"
                onKeyDown={(event) => {
                  if (event.key === 'Escape') {
                    event.stopPropagation();
                    close();
                  }
                }}
              >
                <EvidenceViewer evidence={shown} onClose={close} />
              </Card>
            </Box>
          </Grid.Col>
        )}
      </Grid>
      {!isWide && (
        <Modal
          opened={shown !== null}
          onClose={close}
          fullScreen
          title={shown?.title}
          closeButtonProps={{ 'aria-label': t('viewer.close') }}
        >
          {shown && <EvidenceViewer evidence={shown} onClose={close} showsHeading={false} />}
        </Modal>
      )}
    </EvidenceViewerContext.Provider>
  );
}
