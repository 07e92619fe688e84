import type { Database } from '../../../db/database';
import { findDossierVersion, listEvidenceByIds } from '../../../db/repositories/dossiers.repository';
import type { Actor } from '../../../domain/access/permissions';
import { computeSelfScore } from '../../../domain/dossier/dossier-self-score';
import { notFound } from '../../../domain/errors';
import { DEFAULT_COUNCIL_SETTINGS } from '../../../domain/rubric/council-settings';
import type { BlobStore } from '../../files/blob-store';
import { renderDossierBundlePdf, type BundleEvidence } from '../../documents/dossier-bundle.pdf';
import {
  renderDossierFormPdf,
  type DossierDocumentData,
  type DossierForm,
  type PrintedEvidence,
} from '../../documents/dossier-forms.pdf';
import { districtWordingFor } from '../rubrics/district-wording';
import { loadDossierForRead, sheetOf } from './dossier-access';

/**
 * The data the forms print: a submitted version (the latest by default) or, for a dossier never
 * submitted, the working draft. Biểu 3 is the commune's assessment of the latest version.
 * @throws NOT_FOUND (dossier invisible or no such version)
 */
export async function loadDossierDocumentData(params: {
  db: Database;
  actor: Actor;
  dossierId: string;
  versionNumber?: number | undefined;
  now: Date;
}): Promise<DossierDocumentData> {
  const { db } = params;
  const loaded = await loadDossierForRead(db, params.actor, params.dossierId);
  const d = loaded.dossier;
  const number = params.versionNumber ?? (d.versionNumber > 0 ? d.versionNumber : undefined);
  const sheet = sheetOf(loaded);
  const { legalBasis: basis } = loaded.rubric;
  const legalBasis = `Theo Quyết định số ${basis.number} ngày ${basis.date.split('-').reverse().join('/')}`;
  const base = {
    dossierId: d.id,
    type: d.type,
    sheet,
    rubricLegalBasis: legalBasis,
    communeName: loaded.communeName,
    printedAt: params.now,
    // No province overrides are stored yet: the default reading, as a new round pins it.
    districtReadingVi: (
      await districtWordingFor({
        db,
        sheet,
        communeId: d.communeId,
        reading: DEFAULT_COUNCIL_SETTINGS.districtReading,
      })
    ).textVi,
  };
  if (number === undefined) {
    const ids = [...new Set(Object.values(d.answers).flatMap((a) => a.evidenceIds))];
    const evidence: PrintedEvidence[] = (await listEvidenceByIds(db, ids)).map((e) => ({
      id: e.id,
      title: e.title,
      documentType: e.documentType,
      fileName: e.fileName,
      mediaType: e.mediaType,
      sha256: e.fileSha256,
      issuer: e.issuer,
      issuedOn: e.issuedOn,
      validUntil: e.validUntil,
      sizeBytes: e.sizeBytes,
    }));
    const content = { registration: d.registration, answers: d.answers };
    return {
      ...base,
      versionNumber: null,
      content,
      selfScore: computeSelfScore(sheet, d.answers),
      evidence,
      commitment: null,
      communeAssessment: null,
      forwardRequest: null,
    };
  }
  const version = await findDossierVersion(db, d.id, number);
  if (!version) throw notFound(`phiên bản ${number}`, `Version ${number}`);
  const isLatest = number === d.versionNumber;
  return {
    ...base,
    versionNumber: number,
    content: { registration: version.registration, answers: version.answers },
    selfScore: computeSelfScore(sheet, version.answers),
    evidence: version.evidence,
    commitment: { name: version.committedByName, at: version.submittedAt },
    communeAssessment: isLatest ? (d.communeAssessment ?? null) : null,
    forwardRequest: isLatest ? (d.forwardRequest ?? null) : null,
  };
}

/** One form (Biểu 1, 2 or 3) of a dossier as PDF. */
export async function getDossierPdf(params: {
  db: Database;
  actor: Actor;
  dossierId: string;
  form: DossierForm;
  versionNumber?: number | undefined;
  now: Date;
}): Promise<Buffer> {
  return renderDossierFormPdf(params.form, await loadDossierDocumentData(params));
}

/**
 * The whole dossier with its evidence as one PDF (see renderDossierBundlePdf for what is merged).
 * At most `maxEvidenceBytes` of evidence is merged; the rest is listed as attached separately.
 */
export async function getDossierBundle(params: {
  db: Database;
  actor: Actor;
  dossierId: string;
  versionNumber?: number | undefined;
  now: Date;
  blobs: BlobStore;
  maxEvidenceBytes: number;
}): Promise<Buffer> {
  const data = await loadDossierDocumentData(params);
  const library = new Map(
    (
      await listEvidenceByIds(
        params.db,
        data.evidence.map((e) => e.id),
      )
    ).map((row) => [row.id, row]),
  );
  // Everything printed comes from the version; only versions submitted before issue dates were
  // frozen borrow the library's current date (and the separator page says so).
  const evidence: BundleEvidence[] = data.evidence.map((e) => {
    const row = library.get(e.id);
    const isFrozen = e.issuedOn !== undefined;
    return {
      ...e,
      issuedOn: isFrozen ? (e.issuedOn ?? null) : (row?.issuedOn ?? null),
      issuedOnFromLibrary: !isFrozen,
      sizeBytes: e.sizeBytes ?? row?.sizeBytes ?? null,
    };
  });
  const { blobs } = params;
  return renderDossierBundlePdf({
    data,
    evidence,
    maxEvidenceBytes: params.maxEvidenceBytes,
    read: async (sha256) => ((await blobs.has(sha256).catch(() => false)) ? blobs.read(sha256) : undefined),
  });
}
