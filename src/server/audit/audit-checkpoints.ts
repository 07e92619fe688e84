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
    return parseLine(buffer.toString('utf8').trimEnd().split('\n').pop() ?? '');
  } finally {
    fs.closeSync(descriptor);
  }
}

/** A line of the checkpoint file that cannot be trusted (unreadable, unknown key, bad signature). */
export interface RejectedCheckpointLine {
  line: number;
  reason: 'unreadable' | 'unknown-key' | 'bad-signature';
}

function parseLine(text: string): AuditCheckpoint | undefined {
  try {
    const parsed = CheckpointLine.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Why a line cannot be trusted, or undefined when its signature holds under `keyring`. */
function rejectionOf(
  checkpoint: AuditCheckpoint | undefined,
  keyring: AuditKeyring | undefined,
): RejectedCheckpointLine['reason'] | undefined {
  if (!checkpoint) return 'unreadable';
  const key = keyring?.byId.get(checkpoint.keyId);
  if (!key) return 'unknown-key';
  return isSameDigest(auditCheckpointMac(checkpoint, key), checkpoint.mac) ? undefined : 'bad-signature';
}

/** Every checkpoint of the file whose signature holds, and the lines that do not. */
export function readAuditCheckpoints(
  file: string,
  keyring: AuditKeyring | undefined,
): { exists: boolean; checkpoints: AuditCheckpoint[]; rejected: RejectedCheckpointLine[] } {
  if (!fs.existsSync(file)) return { exists: false, checkpoints: [], rejected: [] };
  const checkpoints: AuditCheckpoint[] = [];
  const rejected: RejectedCheckpointLine[] = [];
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  for (const [index, text] of lines.entries()) {
    if (text.trim() === '') continue;
    const checkpoint = parseLine(text);
    const reason = rejectionOf(checkpoint, keyring);
    if (reason) rejected.push({ line: index + 1, reason });
    else if (checkpoint) checkpoints.push(checkpoint);
  }
  return { exists: true, checkpoints, rejected };
}
