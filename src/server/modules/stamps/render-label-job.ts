import type { Database } from '../../../db/database';
import {
  findLabelBatchFacts,
  listPrintableStampsAfter,
} from '../../../db/repositories/stamp-label-jobs.repository';
import { labelsPerSheet } from '../../../domain/stamps/label-layouts';
import { formatSerialForPrint } from '../../../domain/stamps/stamp-serial';
import { renderLabelSheetsPdf, type LabelData } from '../../documents/stamp-labels.pdf';
import { printedStampUriOf, type StampUriForm } from './stamp-uri';

/** Stamps read per query. */
const READ_CHUNK = 480;

/**
 * Renders the label sheets of one batch (every stamp not deactivated, in position order) and returns
 * the PDF; `total` is how many labels the job expects.
 * `onProgress` is told how many labels are done, about every 1 % of the batch and at the end; it
 * may throw to stop the rendering (the job was taken over or the server is stopping).
 */
export async function renderBatchLabels(params: {
  db: Database;
  batchId: string;
  baseUrl: string;
  /** How the URIs are printed (compressed: fewer QR modules); uncompressed when absent. */
  uriForm?: StampUriForm;
  total: number;
  onProgress: (labelsDone: number) => Promise<void>;
}): Promise<Buffer> {
  const { db, batchId } = params;
  const facts = await findLabelBatchFacts(db, batchId);
  if (!facts) throw new Error(`stamp batch ${batchId} not found`);
  const { batch } = facts;
  const perSheet = labelsPerSheet(batch.labelLayout);
  const progressStep = Math.max(perSheet, Math.ceil(params.total / 100));
  let buffer: LabelData[] = [];
  let lastPosition = 0;
  let reported = 0;
  const nextPage = async (): Promise<LabelData[]> => {
    if (buffer.length < perSheet) {
      const rows = await listPrintableStampsAfter(db, {
        batchId: batch.id,
        afterPosition: lastPosition,
        limit: READ_CHUNK,
      });
      lastPosition = rows.at(-1)?.position ?? lastPosition;
      buffer = buffer.concat(
        rows.map((r) => ({
          uri: printedStampUriOf(params.baseUrl, batch, r.serial, params.uriForm ?? 'uncompressed'),
          code: formatSerialForPrint(r.serial),
        })),
      );
    }
    return buffer.splice(0, perSheet);
  };
  const onPage = async (done: number) => {
    // Give the event loop a turn per sheet: with embedded PGlite the queries resolve without one,
    // and requests must not wait for a whole batch to render.
    await new Promise((resolve) => setImmediate(resolve));
    if (done - reported < progressStep && done < params.total) return;
    reported = done;
    await params.onProgress(done);
  };
  return renderLabelSheetsPdf(
    {
      productName: facts.productName,
      stars: facts.stars,
      lot: batch.lot,
      expiryDate: batch.expiryDate,
      layout: batch.labelLayout,
    },
    nextPage,
    onPage,
  );
}
