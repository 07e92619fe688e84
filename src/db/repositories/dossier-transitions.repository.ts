/**
 * The shapes a dossier status change writes (chuyển trạng thái hồ sơ): the columns a transition may
 * set besides status and timestamps, and evidence as frozen into a submitted version. The
 * statements themselves are in the dossiers repository.
 */
import type { dossiers } from '../schema';

export type { FrozenEvidence } from '../schema';

/** Columns a transition may write along with the new status (a version number, a cleared assessment…). */
export type DossierChanges = Partial<typeof dossiers.$inferInsert>;
