import { createContext, useContext } from 'react';
import type { DossierOutput } from '../../../contracts/dossiers.contracts';

/** One evidence document of a dossier, as the dossier cites it (with where to open its file). */
export type DossierEvidence = DossierOutput['evidence'][number];

export interface EvidenceViewerControl {
  /** The document shown in the viewer now, if any. */
  shown: DossierEvidence | null;
  /** Shows a document beside the form; focus returns to `trigger` when the viewer closes. */
  open: (evidence: DossierEvidence, trigger?: HTMLElement | null) => void;
  close: () => void;
}

export const EvidenceViewerContext = createContext<EvidenceViewerControl | null>(null);

/** The viewer of the dossier page (null outside a {@link EvidenceViewerLayout}). */
export function useEvidenceViewer(): EvidenceViewerControl | null {
  return useContext(EvidenceViewerContext);
}
