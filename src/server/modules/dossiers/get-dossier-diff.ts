import type { DossierDiffOutput } from '../../../contracts/dossiers.contracts';
import type { Database } from '../../../db/database';
import {
  findDossierVersion,
  findDossierWithNames,
  listEvidenceByIds,
} from '../../../db/repositories/dossiers.repository';
import type { Actor } from '../../../domain/access/permissions';
import { diffDossierContent } from '../../../domain/dossier/dossier-diff';
import type { DossierContent } from '../../../domain/dossier/dossier.types';
import { DomainError, notFound } from '../../../domain/errors';
import { loadDossierForRead, sheetOf } from './dossier-access';

interface Side {
  dossierId: string;
  label: string;
  content: DossierContent;
  /** Evidence titles as a submitted version froze them (none for the working copy). */
  frozenTitles?: ReadonlyMap<string, string>;
}

async function versionSide(db: Database, dossierId: string, number: number, label: string): Promise<Side> {
  const version = await findDossierVersion(db, dossierId, number);
  if (!version) throw notFound(`phiên bản ${number}`, `Version ${number}`);
  return {
    dossierId,
    label,
    content: { registration: version.registration, answers: version.answers },
    frozenTitles: new Map(version.evidence.map((e) => [e.id, e.title])),
  };
}

/**
 * A readable diff. Defaults: an upgrade or re-evaluation against the last version of the previous
 * dossier; otherwise the working copy against the last submitted version (or version n-1 → n).
 * @throws NOT_FOUND, VALIDATION_FAILED (nothing to compare with)
 */
export async function getDossierDiff(params: {
  db: Database;
  actor: Actor;
  dossierId: string;
  from?: string | undefined;
  to?: string | undefined;
}): Promise<DossierDiffOutput> {
  const { db } = params;
  const loaded = await loadDossierForRead(db, params.actor, params.dossierId);
  const d = loaded.dossier;
  const to: Side =
    params.to && params.to !== 'current'
      ? await versionSide(db, d.id, Number(params.to), `Phiên bản ${params.to}`)
      : {
          dossierId: d.id,
          label: 'Bản đang soạn / hiện tại',
          content: { registration: d.registration, answers: d.answers },
        };
  let from: Side;
  const fromPrevious =
    params.from === 'previous' ||
    (params.from === undefined && d.previousDossierId !== null && d.versionNumber === 0);
  if (fromPrevious) {
    const previous = d.previousDossierId ? await findDossierWithNames(db, d.previousDossierId) : undefined;
    if (!previous)
      throw new DomainError(
        'VALIDATION_FAILED',
        'Hồ sơ này không kế thừa hồ sơ nào.',
        'This dossier has no previous dossier.',
        [{ field: 'from', messageVi: 'Không có hồ sơ trước', messageEn: 'No previous dossier' }],
      );
    from = await versionSide(
      db,
      previous.dossier.id,
      previous.dossier.versionNumber,
      `Hồ sơ trước (phiên bản ${previous.dossier.versionNumber})`,
    );
  } else {
    const number =
      params.from !== undefined
        ? Number(params.from)
        : params.to && params.to !== 'current'
          ? Number(params.to) - 1
          : d.versionNumber;
    if (number < 1)
      throw new DomainError(
        'VALIDATION_FAILED',
        'Chưa có phiên bản nào để so sánh.',
        'There is no version to compare with yet.',
        [{ field: 'from', messageVi: 'Chưa có phiên bản', messageEn: 'No version' }],
      );
    from = await versionSide(db, d.id, number, `Phiên bản ${number}`);
  }
  const ids = [
    ...new Set([from, to].flatMap((s) => Object.values(s.content.answers).flatMap((a) => a.evidenceIds))),
  ];
  const titles = new Map((await listEvidenceByIds(db, ids)).map((e) => [e.id, e.title]));
  // A document a version linked is named as that version froze it; the library's current title
  // only for the working copy (or a document no version names).
  const changes = diffDossierContent(from.content, to.content, sheetOf(loaded), {
    evidenceTitle: (id) => to.frozenTitles?.get(id) ?? from.frozenTitles?.get(id) ?? titles.get(id),
  });
  return {
    from: { dossierId: from.dossierId, label: from.label },
    to: { dossierId: to.dossierId, label: to.label },
    changes,
  };
}
