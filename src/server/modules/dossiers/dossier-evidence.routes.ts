import { DossierEvidenceParams, DossierEvidenceQuery } from '../../../contracts/dossiers.contracts';
import { dbOf, requireActor, type AppInstance } from '../../context';
import { createBlobStore, fileStoreRoot } from '../../files/blob-store';
import { sendStoredFileInline } from '../../files/send-download';
import { enforceRequiredPermissions } from '../../route-permission';
import { openDossierEvidence } from './dossier-review';

/**
 * Evidence opened from a dossier by whoever may read it (the producer, the commune, the standing
 * office it was forwarded to): the file as the dossier cites it, shown in place beside the review.
 */
export async function dossierEvidenceRoutes(app: AppInstance): Promise<void> {
  enforceRequiredPermissions(app);
  const blobs = createBlobStore(fileStoreRoot(app.deps.config.dataDir));

  app.get(
    '/api/v1/dossiers/:id/evidence/:evidenceId/file',
    {
      config: { requiredPermission: 'dossier.read' },
      schema: {
        operationId: 'openDossierEvidence',
        tags: ['dossiers'],
        summary: 'Mở minh chứng của hồ sơ / open a dossier evidence file',
        description:
          'PDF and images inline (the browser shows them in a frame of the back-office), other types and ?download=1 as attachments. 404 when the dossier is not visible or does not cite the evidence.',
        params: DossierEvidenceParams,
        querystring: DossierEvidenceQuery,
      },
    },
    async (request, reply) => {
      const file = await openDossierEvidence({
        db: dbOf(request),
        actor: requireActor(request),
        blobs,
        dossierId: request.params.id,
        evidenceId: request.params.evidenceId,
      });
      return sendStoredFileInline(reply, blobs, file, { asAttachment: request.query.download === '1' });
    },
  );
}
