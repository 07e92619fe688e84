/**
 * A certificate's history (lịch sử giấy chứng nhận) as the offices read it: issued or imported,
 * what it replaced, how it ended (superseded by a re-evaluation, an upgrade or a correction;
 * ended by a failed re-evaluation; revoked) and what was recorded about it since (inspections,
 * revocation proposals). Derived from the certificate's own facts and its audit rows. Pure.
 */

export const CERTIFICATE_EVENT_KINDS = [
  'issued',
  'imported',
  'replaces',
  're-evaluated',
  'upgraded',
  'corrected',
  'ended',
  'revoked',
  'inspected',
  'revocation-proposed',
  'recorded',
] as const;
export type CertificateEventKind = (typeof CERTIFICATE_EVENT_KINDS)[number];

export interface CertificateEvent {
  kind: CertificateEventKind;
  /** ISO date (yyyy-mm-dd). */
  on: string;
  textVi: string;
  textEn: string;
  relatedCertificate: { id: string; number: string } | null;
  actorName: string | null;
}

export interface CertificateHistoryFacts {
  number: string;
  issueKind: 'original' | 'correction' | 'imported';
  issuedOn: string;
  decisionNumber: string;
  issuerName: string;
  predecessor: { id: string; number: string } | null;
  successor: {
    id: string;
    number: string;
    on: string;
    reason: 'upgrade' | 'correction' | 're-evaluation' | null;
  } | null;
  endedOn: string | null;
  endReason: string | null;
  revocation: { decisionNumber: string; decisionDate: string; reason: string; byName: string } | null;
  /** Audit rows about the certificate not already told by the facts above. */
  records: { action: string; on: string; actorName: string | null }[];
}

const vn = (iso: string) => iso.split('-').reverse().join('/');

const SUCCESSOR_KIND = {
  're-evaluation': 're-evaluated',
  upgrade: 'upgraded',
  correction: 'corrected',
} as const;

function recordEvent(record: CertificateHistoryFacts['records'][number]): CertificateEvent {
  const base = { on: record.on, relatedCertificate: null, actorName: record.actorName };
  if (record.action.startsWith('inspection'))
    return {
      ...base,
      kind: 'inspected',
      textVi: 'Kiểm tra sau công nhận (hậu kiểm)',
      textEn: 'Post-certification inspection',
    };
  if (record.action.startsWith('revocation'))
    return { ...base, kind: 'revocation-proposed', textVi: 'Đề nghị thu hồi', textEn: 'Revocation proposed' };
  return {
    ...base,
    kind: 'recorded',
    textVi: `Ghi nhận: ${record.action}`,
    textEn: `Recorded: ${record.action}`,
  };
}

/** The events of a certificate, oldest first (same day: in the order they happen). */
export function certificateHistoryOf(facts: CertificateHistoryFacts): CertificateEvent[] {
  const events: CertificateEvent[] = [];
  const isImported = facts.issueKind === 'imported';
  events.push({
    kind: isImported ? 'imported' : 'issued',
    on: facts.issuedOn,
    textVi: `${isImported ? 'Cấp trước khi dùng hệ thống (nhập từ hồ sơ)' : 'Cấp'} theo Quyết định ${facts.decisionNumber} của ${facts.issuerName}`,
    textEn: `${isImported ? 'Issued before the platform (imported)' : 'Issued'} by decision ${facts.decisionNumber} of ${facts.issuerName}`,
    relatedCertificate: null,
    actorName: null,
  });
  if (facts.predecessor)
    events.push({
      kind: 'replaces',
      on: facts.issuedOn,
      textVi: `Thay thế giấy chứng nhận số ${facts.predecessor.number}`,
      textEn: `Replaces certificate ${facts.predecessor.number}`,
      relatedCertificate: facts.predecessor,
      actorName: null,
    });
  for (const record of facts.records) events.push(recordEvent(record));
  if (facts.successor) {
    const kind = SUCCESSOR_KIND[facts.successor.reason ?? 'upgrade'];
    const why = {
      're-evaluated': ['Đánh giá lại', 'Re-evaluated'],
      upgraded: ['Nâng hạng', 'Upgraded'],
      corrected: ['Đính chính', 'Corrected'],
    }[kind];
    events.push({
      kind,
      on: facts.successor.on,
      textVi: `${why[0]}: thay bằng giấy chứng nhận số ${facts.successor.number}`,
      textEn: `${why[1]}: replaced by certificate ${facts.successor.number}`,
      relatedCertificate: { id: facts.successor.id, number: facts.successor.number },
      actorName: null,
    });
  }
  if (facts.endedOn)
    events.push({
      kind: 'ended',
      on: facts.endedOn,
      textVi: `Chấm dứt hiệu lực từ ngày ${vn(facts.endedOn)}: ${facts.endReason ?? ''}`.trim(),
      textEn: `Ended on ${facts.endedOn}: ${facts.endReason ?? ''}`.trim(),
      relatedCertificate: null,
      actorName: null,
    });
  if (facts.revocation)
    events.push({
      kind: 'revoked',
      on: facts.revocation.decisionDate,
      textVi: `Bị thu hồi theo Quyết định ${facts.revocation.decisionNumber}: ${facts.revocation.reason}`,
      textEn: `Revoked by decision ${facts.revocation.decisionNumber}: ${facts.revocation.reason}`,
      relatedCertificate: null,
      actorName: facts.revocation.byName,
    });
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.on.localeCompare(b.event.on) || a.index - b.index)
    .map(({ event }) => event);
}
