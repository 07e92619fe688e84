import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { auditCheckpointMac, isSameDigest } from '../../db/audit/audit-hash';
import type { AuditKeyring } from '../../db/audit/audit-keyring';
import type { AuditHead } from '../../db/repositories/audit.repository';

/** One line of the checkpoint file: the chain head at `at`, signed with audit key `keyId`. */
export interface AuditCheckpoint {
  at: string;
  seq: number;
  hash: string;
  keyId: string;
  mac: string;
}

const CheckpointLine = z.object({
  at: z.string().datetime(),
  seq: z.number().int().positive(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  keyId: z.string().min(1),
  mac: z.string().regex(/^[0-9a-f]{64}$/),
});

/** The signed checkpoint of `head` at `now`, under the keyring's current key. */
export function signAuditCheckpoint(head: AuditHead, now: Date, keyring: AuditKeyring): AuditCheckpoint {
  const fields = { at: now.toISOString(), seq: head.seq, hash: head.hash };
  return { ...fields, keyId: keyring.current.id, mac: auditCheckpointMac(fields, keyring.current) };
}

/** Appends one checkpoint as one JSON line (a single small O_APPEND write: never interleaved). */
export function appendAuditCheckpoint(file: string, checkpoint: AuditCheckpoint): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.appendFileSync(file, `${JSON.stringify(checkpoint)}\n`, { mode: 0o600 });
}

/** The last line of the file, parsed, without reading the whole file; undefined when none. */
export function readLastAuditCheckpoint(file: string): { seq: number; hash: string } | undefined {
  if (!fs.existsSync(file)) return undefined;
  const descriptor = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(descriptor).size;
    const length = Math.min(size, 4096);
    const buffer = Buffer.alloc(length);
    fs.readSync(descriptor, buffer, 0, length, size - length);
    const last = buffer.toString('utf8').trimEnd().split('\n').pop();
    const parsed = CheckpointLine.safeParse(last ? JSON.parse(last) : undefined);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  } finally {
    fs.closeSync(descriptor);
  }
}

/** A line of the checkpoint file that cannot be trusted (unreadable, unknown key, bad signature). */
export interface RejectedCheckpointLine {
  line: number;
  reason: 'unreadable' | 'unknown-key' | 'bad-signature';
}

/** Every checkpoint of the file whose signature holds, and the lines that do not. */
export function readAuditCheckpoints(
  file: string,
  keyring: AuditKeyring | undefined,
): { exists: boolean; checkpoints: AuditCheckpoint[]; rejected: RejectedCheckpointLine[] } {
  if (!fs.existsSync(file)) return { exists: false, checkpoints: [], rejected: [] };
  const checkpoints: AuditCheckpoint[] = [];
  const rejected: RejectedCheckpointLine[] = [];
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      if (text.trim() === '') return;
      const line = index + 1;
      let parsed: ReturnType<typeof CheckpointLine.safeParse>;
      try {
        parsed = CheckpointLine.safeParse(JSON.parse(text));
      } catch {
        parsed = CheckpointLine.safeParse(undefined);
      }
      if (!parsed.success) return rejected.push({ line, reason: 'unreadable' });
      const key = keyring?.byId.get(parsed.data.keyId);
      if (!key) return rejected.push({ line, reason: 'unknown-key' });
      if (!isSameDigest(auditCheckpointMac(parsed.data, key), parsed.data.mac)) {
        return rejected.push({ line, reason: 'bad-signature' });
      }
      checkpoints.push(parsed.data);
    });
  return { exists: true, checkpoints, rejected };
}
