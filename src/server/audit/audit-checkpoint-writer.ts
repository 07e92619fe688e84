import type { AuditKeyring } from '../../db/audit/audit-keyring';
import type { Database } from '../../db/database';
import { withAuditCheckpointLock } from '../../db/repositories/audit.repository';
import type { Mailer } from '../mail/mailer';
import type { AuditConfig } from '../config';
import {
  appendAuditCheckpoint,
  readLastAuditCheckpoint,
  signAuditCheckpoint,
  type AuditCheckpoint,
} from './audit-checkpoints';

export interface AuditCheckpointDependencies {
  db: Database;
  audit: AuditConfig;
  keyring: AuditKeyring;
  clock: () => Date;
  mailer: Mailer;
  log: { info(message: string): void; error(message: string): void };
}

/** What one attempt did: wrote a line, found the head unchanged or the trail empty, or let another process write. */
export type CheckpointOutcome = 'written' | 'unchanged' | 'empty' | 'locked-elsewhere';

function mailText(checkpoint: AuditCheckpoint, file: string): string {
  return (
    `Điểm mốc nhật ký kiểm toán OCOP: dòng cuối số ${checkpoint.seq}, mã băm ${checkpoint.hash}.\n` +
    `OCOP audit checkpoint: last row ${checkpoint.seq}, hash ${checkpoint.hash}.\n\n` +
    `Lưu thư này. Để kiểm tra, chép dòng dưới vào một tệp và chạy / Keep this mail. To check, copy the line below into a file and run:\n` +
    `  ocop audit verify --checkpoints <file>\n\n${JSON.stringify(checkpoint)}\n\n(${file})\n`
  );
}

/**
 * Anchors the chain head outside the database: appends a signed line to the checkpoint file when the
 * head moved since the file's last line, under a PostgreSQL advisory lock so only one process writes
 * at a time; then mails the line when AUDIT_CHECKPOINT_MAIL_TO is set.
 */
export async function writeAuditCheckpoint(deps: AuditCheckpointDependencies): Promise<CheckpointOutcome> {
  const file = deps.audit.checkpointFile;
  const locked = await withAuditCheckpointLock(deps.db, async (head) => {
    if (!head) return 'empty' as const;
    const last = readLastAuditCheckpoint(file);
    if (last && last.seq === head.seq && last.hash === head.hash) return 'unchanged' as const;
    const checkpoint = signAuditCheckpoint(head, deps.clock(), deps.keyring);
    appendAuditCheckpoint(file, checkpoint);
    return checkpoint;
  });
  if (!locked) return 'locked-elsewhere';
  const { result } = locked;
  if (typeof result === 'string') return result;
  deps.log.info(`audit checkpoint: seq ${result.seq} → ${file}`);
  if (deps.audit.checkpointMailTo) {
    await deps.mailer.sendMail({
      to: deps.audit.checkpointMailTo,
      subject: `OCOP: điểm mốc nhật ký kiểm toán / audit checkpoint #${result.seq}`,
      text: mailText(result, file),
    });
  }
  return 'written';
}

/** The running checkpoint timer. */
export interface AuditCheckpointTimer {
  /** Stops the timer, waits for a running write, and writes a last checkpoint. */
  stop(): Promise<void>;
}

/** Writes a checkpoint now, every `audit.checkpointIntervalMs` (when the head moved) and once more on stop. */
export function startAuditCheckpoints(deps: AuditCheckpointDependencies): AuditCheckpointTimer {
  let running: Promise<unknown> = Promise.resolve();
  const attempt = () => {
    running = running
      .then(() => writeAuditCheckpoint(deps))
      .catch((error: unknown) => deps.log.error(`audit checkpoint failed: ${String(error)}`));
    return running;
  };
  // At start too: anchors the head the server found (e.g. the last legacy row after an upgrade).
  void attempt();
  const timer = setInterval(() => void attempt(), deps.audit.checkpointIntervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await attempt();
    },
  };
}
