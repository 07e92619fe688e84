import type { AuditKeyring } from '../../db/audit/audit-keyring';
import type { Database } from '../../db/database';
import {
  countAuditRowsByKey,
  findAuditHashes,
  findAuditHead,
  verifyAuditChain,
  type AuditBreak,
  type AuditHead,
} from '../../db/repositories/audit.repository';
import { readAuditCheckpoints, type AuditCheckpoint, type RejectedCheckpointLine } from './audit-checkpoints';

/** Everything `ocop audit verify` found; `problems` are bilingual sentences, one per finding. */
export interface AuditTrailReport {
  ok: boolean;
  rowsChecked: number;
  head: AuditHead | null;
  rowsByKey: { keyId: string | null; rows: number }[];
  breaks: AuditBreak[];
  checkpointFile: string;
  checkpointsChecked: number;
  latestCheckpoint: AuditCheckpoint | null;
  problems: string[];
  warnings: string[];
}

/** A moment as Vietnam reads it (UTC+7 all year). */
export function vietnamTime(iso: string): string {
  const shifted = new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 19)} (UTC+7)`;
}

const BREAK_TEXT: Record<AuditBreak['reason'], string> = {
  gap: 'đã bị xóa / missing (deleted)',
  'link-mismatch':
    'không nối với dòng trước / does not link to the row before (a row was removed or re-linked)',
  'hash-mismatch':
    'mã băm không khớp nội dung và khóa: đã bị sửa / hash matches neither content nor key: edited',
  'rehashed-without-key':
    'bị tính lại mã băm không có khóa (HMAC không khớp) / re-hashed without the key (HMAC does not match)',
  'unkeyed-after-keyed':
    'không có khóa sau các dòng có khóa: bị tính lại mã băm / unkeyed after keyed rows: re-hashed without the key',
  'unknown-key':
    'được ký bằng khóa không có trong cấu hình / chained with an audit key that is not configured',
};

function rangeText(first: number, last: number): string {
  return first === last ? `${first}` : `${first}..${last}`;
}

/** One sentence per run of consecutive rows broken for the same reason. */
function describeBreaks(breaks: readonly AuditBreak[]): string[] {
  const sorted = [...breaks].sort((a, b) => a.reason.localeCompare(b.reason) || a.seq - b.seq);
  const runs: { reason: AuditBreak['reason']; first: number; last: number }[] = [];
  for (const item of sorted) {
    const run = runs[runs.length - 1];
    const last = item.lastSeq ?? item.seq;
    if (run && run.reason === item.reason && item.seq === run.last + 1) run.last = last;
    else runs.push({ reason: item.reason, first: item.seq, last });
  }
  return runs
    .sort((a, b) => a.first - b.first)
    .map((run) => `dòng / rows ${rangeText(run.first, run.last)}: ${BREAK_TEXT[run.reason]}`);
}

function describeRejected(file: string, rejected: readonly RejectedCheckpointLine[]): string[] {
  const text = {
    unreadable: 'không đọc được / unreadable',
    'unknown-key': 'khóa không có trong cấu hình / unknown key',
    'bad-signature': 'chữ ký sai: bị sửa / bad signature: altered',
  };
  return rejected.map((item) => `${file} dòng / line ${item.line}: ${text[item.reason]}`);
}

async function checkAgainstCheckpoints(
  db: Database,
  head: AuditHead | undefined,
  checkpoints: readonly AuditCheckpoint[],
): Promise<string[]> {
  const problems: string[] = [];
  const headSeq = head?.seq ?? 0;
  const highest = checkpoints.reduce<AuditCheckpoint | undefined>(
    (best, c) => (!best || c.seq > best.seq ? c : best),
    undefined,
  );
  if (highest && highest.seq > headSeq) {
    const missing = rangeText(headSeq + 1, highest.seq);
    const isOne = headSeq + 1 === highest.seq;
    problems.push(
      `Điểm mốc cuối lúc ${vietnamTime(highest.at)} ghi dòng số ${highest.seq} với mã băm ${highest.hash}; ` +
        `cơ sở dữ liệu chỉ đến dòng ${headSeq}: mất ${isOne ? 'dòng' : 'các dòng'} ${missing} / ` +
        `the last checkpoint at ${highest.at} recorded sequence ${highest.seq} with hash ${highest.hash}; ` +
        `the database ends at sequence ${headSeq} < ${highest.seq}: ${isOne ? `row ${missing} is` : `rows ${missing} are`} missing`,
    );
  }
  const within = checkpoints.filter((c) => c.seq <= headSeq);
  const stored = await findAuditHashes(
    db,
    within.map((c) => c.seq),
  );
  for (const checkpoint of within) {
    const hash = stored.get(checkpoint.seq);
    if (hash === checkpoint.hash) continue;
    problems.push(
      hash === undefined
        ? `Điểm mốc lúc ${vietnamTime(checkpoint.at)} ghi dòng ${checkpoint.seq}, nay dòng đó đã mất / the checkpoint at ${checkpoint.at} recorded row ${checkpoint.seq}, which is now missing`
        : `Điểm mốc lúc ${vietnamTime(checkpoint.at)} ghi mã băm ${checkpoint.hash} cho dòng ${checkpoint.seq}, nay là ${hash}: dòng đã bị tính lại mã băm / ` +
            `the checkpoint at ${checkpoint.at} recorded hash ${checkpoint.hash} for row ${checkpoint.seq}; the row now has ${hash}: re-hashed`,
    );
  }
  return problems;
}

/**
 * `ocop audit verify`: the chain re-computed with the audit keys, then its rows compared with every
 * signed checkpoint (a missing tail, a re-hashed checkpointed row). `ok` only when nothing is wrong.
 */
export async function verifyAuditTrail(input: {
  db: Database;
  keyring: AuditKeyring | undefined;
  checkpointFile: string;
}): Promise<AuditTrailReport> {
  const { db, keyring, checkpointFile } = input;
  const chain = await verifyAuditChain(db, { keyring });
  const head = await findAuditHead(db);
  const file = readAuditCheckpoints(checkpointFile, keyring);
  const problems = [
    ...describeBreaks(chain.breaks),
    ...describeRejected(checkpointFile, file.rejected),
    ...(await checkAgainstCheckpoints(db, head, file.checkpoints)),
  ];
  const warnings = file.exists
    ? []
    : [
        `Chưa có tệp điểm mốc, không kiểm được phần cuối / no checkpoint file, the tail is not checked: ${checkpointFile}`,
      ];
  const latestCheckpoint = file.checkpoints.reduce<AuditCheckpoint | null>(
    (latest, c) => (!latest || c.at > latest.at ? c : latest),
    null,
  );
  return {
    ok: problems.length === 0,
    rowsChecked: chain.rowsChecked,
    head: head ?? null,
    rowsByKey: await countAuditRowsByKey(db),
    breaks: chain.breaks,
    checkpointFile,
    checkpointsChecked: file.checkpoints.length,
    latestCheckpoint,
    problems,
    warnings,
  };
}
