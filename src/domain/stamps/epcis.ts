/**
 * GS1 EPCIS 2.0 events of a stamp batch (EPCIS 2.0 JSON/JSON-LD binding, CBV 2.0 vocabulary),
 * derived from what the platform already records — nothing is stored twice:
 * - commissioning: an ObjectEvent ADD of every stamp's Digital Link URI when the batch was issued
 *   (bizStep `commissioning`, disposition `active`), with the lot, production and expiry dates as
 *   instance/lot master data and `certificationInfo` pointing at the OCOP certificate page;
 * - decommissioning: an ObjectEvent DELETE (bizStep `decommissioning`, disposition `inactive`)
 *   for each stamp deactivated, at the time of its deactivation, with the reason;
 * - certification change: an ObjectEvent OBSERVE of the lot (bizStep `inspecting`) when the
 *   certificate expired (disposition `expired`), was revoked (`recalled`) or was superseded
 *   (`active`, `certificationInfo` pointing at the new certificate).
 * Times carry Vietnam's offset (+07:00).
 */

export const EPCIS_CONTEXT = 'https://ref.gs1.org/standards/epcis/epcis-context.jsonld';
export const VN_OFFSET = '+07:00';

export type EpcisEventKind = 'commissioning' | 'decommissioning' | 'certification';
export const EPCIS_EVENT_KINDS: readonly EpcisEventKind[] = [
  'commissioning',
  'decommissioning',
  'certification',
];

export interface EpcisBatchFacts {
  batchId: string;
  /** The batch's class-level identifier: `<base>/01/<gtin>/10/<lot>`, or null without a GTIN. */
  lotUri: string | null;
  lot: string;
  productionDate: string;
  /** Null: no expiry date (handicrafts, ornamental plants…); the event then carries none. */
  expiryDate: string | null;
  /** When the batch was issued (ISO instant). */
  issuedAt: string;
  productName: string;
  producerName: string;
  certificate: {
    number: string;
    url: string;
    validUntil: string;
    revokedOn: string | null;
    revocationReason: string | null;
    supersededOn: string | null;
    supersededByUrl: string | null;
  };
  stamps: { uri: string; status: string; statusChangedAt: string | null; statusReason: string | null }[];
}

export interface EpcisEvent {
  type: 'ObjectEvent';
  eventID: string;
  eventTime: string;
  eventTimeZoneOffset: string;
  action: 'ADD' | 'DELETE' | 'OBSERVE';
  bizStep: string;
  disposition: string;
  epcList?: string[];
  quantityList?: { epcClass: string; quantity: number }[];
  certificationInfo?: string;
  ilmd?: Record<string, string>;
  'ocop:kind': EpcisEventKind;
  'ocop:reason'?: string;
  [extension: `ocop:${string}`]: unknown;
}

/** `yyyy-mm-dd` at midnight in Vietnam as an ISO instant with the offset. */
const vnMidnight = (day: string) => `${day}T00:00:00${VN_OFFSET}`;

/** An ISO instant (Z) shown with Vietnam's offset, same instant. */
export function toVietnamTime(iso: string): string {
  const shifted = new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString();
  return `${shifted.slice(0, 19)}${VN_OFFSET}`;
}

function addDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Every event of one batch that has happened by `today` (yyyy-mm-dd, Vietnam), oldest first. */
export function batchEpcisEvents(facts: EpcisBatchFacts, eventIdBase: string, today: string): EpcisEvent[] {
  const id = (suffix: string) => `${eventIdBase}/${facts.batchId}/${suffix}`;
  const allUris = facts.stamps.map((s) => s.uri);
  const lotTarget = facts.lotUri
    ? { quantityList: [{ epcClass: facts.lotUri, quantity: facts.stamps.length }] }
    : { epcList: allUris };
  const events: EpcisEvent[] = [
    {
      type: 'ObjectEvent',
      eventID: id('commissioning'),
      eventTime: toVietnamTime(facts.issuedAt),
      eventTimeZoneOffset: VN_OFFSET,
      action: 'ADD',
      bizStep: 'commissioning',
      disposition: 'active',
      epcList: allUris,
      certificationInfo: facts.certificate.url,
      ilmd: {
        'cbvmda:lotNumber': facts.lot,
        ...(facts.expiryDate ? { 'cbvmda:itemExpirationDate': facts.expiryDate } : {}),
        'ocop:productionDate': facts.productionDate,
      },
      'ocop:kind': 'commissioning',
      'ocop:productName': facts.productName,
      'ocop:producerName': facts.producerName,
    },
  ];
  for (const stamp of facts.stamps)
    if (stamp.status === 'deactivated' && stamp.statusChangedAt)
      events.push({
        type: 'ObjectEvent',
        eventID: id(`decommissioning/${encodeURIComponent(stamp.uri.split('/').pop() ?? '')}`),
        eventTime: toVietnamTime(stamp.statusChangedAt),
        eventTimeZoneOffset: VN_OFFSET,
        action: 'DELETE',
        bizStep: 'decommissioning',
        disposition: 'inactive',
        epcList: [stamp.uri],
        'ocop:kind': 'decommissioning',
        ...(stamp.statusReason ? { 'ocop:reason': stamp.statusReason } : {}),
      });
  const cert = facts.certificate;
  const certificationEvent = (
    suffix: string,
    day: string,
    disposition: string,
    reason: string,
    url = cert.url,
  ): EpcisEvent => ({
    type: 'ObjectEvent',
    eventID: id(`certification/${suffix}`),
    eventTime: vnMidnight(day),
    eventTimeZoneOffset: VN_OFFSET,
    action: 'OBSERVE',
    bizStep: 'inspecting',
    disposition,
    ...lotTarget,
    certificationInfo: url,
    'ocop:kind': 'certification',
    'ocop:reason': reason,
    'ocop:certificateNumber': cert.number,
  });
  if (cert.revokedOn && cert.revokedOn <= today)
    events.push(
      certificationEvent(
        'revoked',
        cert.revokedOn,
        'recalled',
        `Giấy chứng nhận bị thu hồi${cert.revocationReason ? `: ${cert.revocationReason}` : ''}`,
      ),
    );
  if (cert.supersededOn && cert.supersededOn <= today)
    events.push(
      certificationEvent(
        'superseded',
        cert.supersededOn,
        'active',
        'Giấy chứng nhận được thay thế',
        cert.supersededByUrl ?? cert.url,
      ),
    );
  const expiredOn = addDay(cert.validUntil);
  if (!cert.revokedOn && !cert.supersededOn && expiredOn <= today)
    events.push(certificationEvent('expired', expiredOn, 'expired', 'Giấy chứng nhận hết hiệu lực'));
  return events.sort((a, b) => Date.parse(a.eventTime) - Date.parse(b.eventTime));
}

/** The EPCIS 2.0 document carrying `events` (JSON-LD, with our `ocop:` extension namespace). */
export function epcisDocument(events: EpcisEvent[], o: { creationDate: string; baseUrl: string }) {
  return {
    '@context': [EPCIS_CONTEXT, { ocop: `${o.baseUrl}/ns/ocop#` }],
    type: 'EPCISDocument',
    schemaVersion: '2.0',
    creationDate: o.creationDate,
    epcisBody: { eventList: events },
  };
}
