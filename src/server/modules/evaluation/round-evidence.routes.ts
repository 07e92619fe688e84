import { RoundEvidenceParams } from '../../../contracts/evaluation.contracts';
import { DomainError, notFound } from '../../../domain/errors';
import type { AppInstance } from '../../context';
import { createBlobStore, fileStoreRoot } from '../../files/blob-store';
import { sendStoredFileAsDownload } from '../../files/send-download';
import { loadRoundContext, requireScoringSeat, roundAudit } from './evaluation-access';
import { openRoundEvidence } from './open-round-evidence';
import { visibleAgenda } from './round-presenter';
import { loadAgenda } from './round-data';

/** Whoever is not seated in the council, or not assigned, learns nothing about the files. */
function hidden(error: unknown): never {
  if (error instanceof DomainError && error.code === 'FORBIDDEN') throw notFound('minh chứng', 'Evidence');
  throw error;
}

/** Dossier evidence for the council members assigned to a product (audited downloads). */
export async function roundEvidenceRoutes(app: AppInstance): Promise<void> {
  const blobs = createBlobStore(fileStoreRoot(app.deps.config.dataDir));

  app.get(
    '/api/v1/rounds/:id/products/:productId/evidence/:evidenceId/file',
    {
      schema: {
        operationId: 'downloadRoundEvidence',
        tags: ['scoring'],
        summary: 'Tải minh chứng của hồ sơ (thành viên được phân công) / download dossier evidence',
        description:
          'Only for a member assigned to the product while the round is open; every download is audited. Others get 404.',
        params: RoundEvidenceParams,
      },
    },
    async (request, reply) => {
      const { id, productId, evidenceId } = request.params;
      const ctx = await loadRoundContext(request, id).catch(hidden);
      const member = (() => {
        try {
          return requireScoringSeat(ctx);
        } catch (error) {
          return hidden(error);
        }
      })();
      const item = visibleAgenda(ctx, await loadAgenda(ctx.db, ctx.round.id)).find((a) => a.id === productId);
      if (!item) throw notFound('minh chứng', 'Evidence');
      const file = await openRoundEvidence({
        ctx,
        audit: roundAudit(request, ctx, 'round.score'),
        member,
        item,
        evidenceId,
        now: app.deps.clock(),
      });
      return sendStoredFileAsDownload(reply, blobs, file);
    },
  );
}
