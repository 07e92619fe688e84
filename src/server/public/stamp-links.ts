/**
 * The links the resolver knows for a Digital Link request (GS1-Conformant Resolver standard):
 * per level walked up (serial → lot → GTIN) an RFC 9264 linkset entry with its anchor, an
 * `itemDescription` and links typed with ratified GS1 Web Vocabulary link types, each with a title
 * and its languages. The default link of a request, `?linkType=` selection with language
 * negotiation, and the HTTP `Link` header are derived from the same list, so a redirect never
 * points somewhere the linkset does not describe.
 *
 * Targets (all distinct):
 * - gs1:verificationService — the stamp verification page `/kiem-tra-tem/<Digital Link path>`
 *   (Vietnamese, or English with `?lang=en`); the default for a request naming a lot or a serial;
 *   opening it counts the scan of a registered stamp;
 * - gs1:pip — the product page `/p/<id>`; the default for a bare GTIN;
 * - gs1:certificationInfo — the OCOP certificate page `/c/<number>`;
 * - gs1:homepage — the producer's products in the public catalogue.
 */
import { addressWithUnits } from '../../domain/admin-units/unit-names';
import { encodeAiValue } from '../../domain/stamps/digital-link';
import type { ResolverKey } from '../../domain/stamps/digital-link-request';
import type { ResolvedStamp } from '../modules/stamps/resolve-stamp';

export const GS1_VOC = 'https://gs1.org/voc/';
/** GS1's JSON-LD context for linksets (GS1-Conformant Resolver standard, artefacts). */
export const LINKSET_CONTEXT = 'https://ref.gs1.org/standards/resolver/linkset-context';
export const VERIFY_PREFIX = '/kiem-tra-tem';

/** The ratified GS1 Web Vocabulary link types this resolver serves. */
export const LINK_TYPES = ['verificationService', 'pip', 'certificationInfo', 'homepage'] as const;
export type LinkType = (typeof LINK_TYPES)[number] | 'image';
/** The product photo: schema.org's `image`, as the GS1 Web Vocabulary has no ratified image link type. */
export const SCHEMA_IMAGE = 'https://schema.org/image';

/** The link relation URI of a link type. */
export const relOf = (type: LinkType): string => (type === 'image' ? SCHEMA_IMAGE : `${GS1_VOC}${type}`);

export interface ResolverLink {
  type: LinkType;
  href: string;
  title: string;
  hreflang: string[];
  mediaType: string;
}

export interface LinksetLevel {
  key: ResolverKey;
  anchor: string;
  itemDescription: string;
  /** The consumer information of Circular 02/2024/TT-BKHCN, as one text. */
  description: string;
  links: ResolverLink[];
}

/** The Digital Link path of a key (`/01/…[/10/…][/21/…]` or `/s/…`). */
export function pathOfKey(key: ResolverKey): string {
  if (key.kind === 'short') return `/s/${encodeAiValue(key.serial)}`;
  let path = `/01/${key.gtin14}`;
  if (key.lot !== undefined) path += `/10/${encodeAiValue(key.lot)}`;
  if (key.serial !== undefined) path += `/21/${encodeAiValue(key.serial)}`;
  return path;
}

function levelOf(key: ResolverKey): 'serial' | 'lot' | 'gtin' {
  if (key.kind === 'short' || key.serial !== undefined) return 'serial';
  return key.lot !== undefined ? 'lot' : 'gtin';
}

function describe(found: ResolvedStamp, key: ResolverKey): string {
  const level = levelOf(key);
  const parts = [found.productName, found.producerName];
  if (level !== 'gtin') parts.push(`lô ${found.lot}`);
  if (level === 'serial') parts.push(`tem ${key.kind === 'short' ? key.serial : key.serial!}`);
  return parts.join(' — ');
}

/** The links of one level (`found` is what that level resolved to). */
export function linksOf(found: ResolvedStamp, key: ResolverKey, baseUrl: string): ResolverLink[] {
  const verify = `${baseUrl}${VERIFY_PREFIX}${pathOfKey(key)}`;
  const level = levelOf(key);
  const what = level === 'gtin' ? 'sản phẩm' : level === 'lot' ? 'lô hàng' : 'tem';
  const whatEn = level === 'gtin' ? 'product' : level === 'lot' ? 'lot' : 'stamp';
  return [
    {
      type: 'verificationService',
      href: verify,
      title: `Kiểm tra ${what} OCOP — ${found.productName}`,
      hreflang: ['vi'],
      mediaType: 'text/html',
    },
    {
      type: 'verificationService',
      href: `${verify}?lang=en`,
      title: `OCOP ${whatEn} check — ${found.productName}`,
      hreflang: ['en'],
      mediaType: 'text/html',
    },
    {
      type: 'pip',
      href: `${baseUrl}/p/${found.productId}`,
      title: found.productName,
      hreflang: ['vi'],
      mediaType: 'text/html',
    },
    {
      type: 'certificationInfo',
      href: `${baseUrl}/c/${encodeURIComponent(found.certificateNumber)}`,
      title: `Giấy chứng nhận OCOP ${found.certificateNumber} — ${found.stars} sao`,
      hreflang: ['vi', 'en'],
      mediaType: 'text/html',
    },
    {
      type: 'homepage',
      href: `${baseUrl}/?q=${encodeURIComponent(found.producerName)}`,
      title: `Sản phẩm OCOP của ${found.producerName}`,
      hreflang: ['vi'],
      mediaType: 'text/html',
    },
    ...(found.photoId
      ? [
          {
            type: 'image' as const,
            href: `${baseUrl}/p/${found.productId}/photos/${found.photoId}`,
            title: `Ảnh sản phẩm ${found.productName}`,
            hreflang: ['vi'],
            mediaType: found.photoMediaType ?? 'image/jpeg',
          },
        ]
      : []),
  ];
}

/** The default link type of a request: verification for a lot or a stamp, the product page for a GTIN. */
export function defaultLinkTypeOf(requested: ResolverKey): LinkType {
  return levelOf(requested) === 'gtin' ? 'pip' : 'verificationService';
}

/** `gs1:pip`, `https://gs1.org/voc/pip` (or http) → `pip`; undefined for anything else. */
export function linkTypeOfParameter(value: string): LinkType | 'defaultLink' | undefined {
  const name = value.replace(/^gs1:/, '').replace(/^https?:\/\/gs1\.org\/voc\//, '');
  if (name === value && !value.startsWith('gs1:')) return undefined;
  if (name === 'defaultLink') return 'defaultLink';
  return (LINK_TYPES as readonly string[]).includes(name) ? (name as LinkType) : undefined;
}

/** Languages of an Accept-Language header, by preference (primary subtags, lower case). */
export function preferredLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return { lang: (tag ?? '').trim().toLowerCase().split('-')[0]!, q: q ? Number(q) : 1, index };
    })
    .filter((l) => l.lang && l.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((l) => l.lang);
}

/** Of the links of one type, the one in the first language asked for that exists, else Vietnamese. */
export function pickByLanguage(links: ResolverLink[], languages: string[]): ResolverLink | undefined {
  for (const lang of [...languages, 'vi'])
    if (lang !== '*') {
      const match = links.find((l) => l.hreflang.includes(lang));
      if (match) return match;
    }
  return links[0];
}

/** The RFC 9264 linkset document (the levels walked up, most specific first). */
export function linksetDocument(levels: LinksetLevel[], defaultType: LinkType) {
  return {
    linkset: levels.map((level, index) => {
      const entry: Record<string, unknown> = {
        anchor: level.anchor,
        itemDescription: level.itemDescription,
        description: level.description,
      };
      const asJson = (l: ResolverLink) => ({
        href: l.href,
        title: l.title,
        type: l.mediaType,
        hreflang: l.hreflang,
      });
      if (index === 0)
        entry[`${GS1_VOC}defaultLink`] = level.links
          .filter((l) => l.type === defaultType)
          .slice(0, 1)
          .map(asJson);
      for (const type of [...LINK_TYPES, 'image' as const]) {
        const links = level.links.filter((l) => l.type === type);
        if (links.length > 0) entry[relOf(type)] = links.map(asJson);
      }
      return entry;
    }),
  };
}

/**
 * Circular 02/2024/TT-BKHCN consumer information (product, producer and address, production
 * time, trace code, brand and serial, expiry, standards) as a text for the linkset's `description`.
 */
export function consumerText(found: ResolvedStamp, key: ResolverKey, baseUrl: string): string {
  const level = levelOf(key);
  const lines = [
    `Tên sản phẩm: ${found.productName}`,
    `Chủ thể sản xuất: ${found.producerName}`,
    `Địa chỉ: ${addressWithUnits(found.producerAddress, [found.communeName, found.provinceName])}`,
    `Nhãn hiệu: ${found.brand ?? found.productName}`,
  ];
  if (level !== 'gtin')
    lines.push(
      `Số lô: ${found.lot}`,
      `Thời gian sản xuất: ${vnDay(found.productionDate)}`,
      `Hạn sử dụng: ${found.expiryDate ? vnDay(found.expiryDate) : 'không có'}`,
    );
  if (level === 'serial') {
    const serial = key.kind === 'short' ? key.serial : key.serial!;
    lines.push(`Số sê-ri: ${serial}`, `Mã truy vết: ${baseUrl}${pathOfKey(key)}`);
  }
  lines.push(
    `Tiêu chuẩn áp dụng: OCOP ${found.stars} sao, giấy chứng nhận ${found.certificateNumber} (${found.issuerName})`,
  );
  return lines.join('; ');
}

const vnDay = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** One level of the linkset for `key`, resolved to `found`. */
export function linksetLevel(found: ResolvedStamp, key: ResolverKey, baseUrl: string): LinksetLevel {
  return {
    key,
    anchor: `${baseUrl}${pathOfKey(key)}`,
    itemDescription: describe(found, key),
    description: consumerText(found, key, baseUrl),
    links: linksOf(found, key, baseUrl),
  };
}

/** RFC 8187 extended value for non-ASCII titles in an HTTP header. */
function headerTitle(title: string): string {
  return /^[\x20-\x7e]*$/.test(title) && !title.includes('"')
    ? `title="${title}"`
    : `title*=UTF-8''${encodeURIComponent(title).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/** The `Link` header: every link of the most specific level, the linkset itself, and extra entries. */
export function linkHeader(level: LinksetLevel, linksetUrl: string, extra: string[] = []): string {
  const links = level.links.map(
    (l) =>
      `<${l.href}>; rel="${relOf(l.type)}"; type="${l.mediaType}"; ${l.hreflang.map((h) => `hreflang="${h}"`).join('; ')}; ${headerTitle(l.title)}`,
  );
  return [...links, `<${linksetUrl}>; rel="linkset"; type="application/linkset+json"`, ...extra].join(', ');
}
