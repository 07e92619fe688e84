/**
 * What a request to the resolver asks for (GS1 Digital Link URI syntax, GS1-Conformant Resolver
 * standard): the primary key (AI 01, GTIN) with any of its key qualifiers in the standard's order
 * (AI 22 consumer product variant, AI 10 batch/lot, AI 21 serial), or our short form `/s/<serial>`.
 * A path that is a Digital Link but breaks its syntax (bad check digit, qualifiers out of order or
 * unknown, characters outside GS1's set 82, too long) is a *problem* the resolver answers with 400;
 * a syntactically valid key that nobody registered is a 404, decided later by the look-up.
 */
import { checkGtin } from '../registry/gtin';
import { LOT_MAX_LENGTH, SERIAL_MAX_LENGTH } from './digital-link';

/** GS1 AI encodable character set 82. */
const CSET_82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]+$/;

/** A resolvable key: a GTIN with the qualifiers given, or a short serial. */
export type ResolverKey =
  { kind: 'gtin'; gtin14: string; lot?: string; serial?: string } | { kind: 'short'; serial: string };

export type DigitalLinkProblem = 'check-digit' | 'qualifier-order' | 'characters' | 'length' | 'syntax';

export type DigitalLinkRequest =
  | { ok: true; key: ResolverKey }
  | { ok: false; problem: DigitalLinkProblem; messageVi: string; messageEn: string };

/** Key qualifiers of AI 01 in the order the standard requires. */
const QUALIFIER_ORDER = ['22', '10', '21'] as const;

const MESSAGES: Record<DigitalLinkProblem, [string, string]> = {
  'check-digit': ['Mã GTIN sai số kiểm tra hoặc sai độ dài.', 'The GTIN has a wrong check digit or length.'],
  'qualifier-order': [
    'Sau mã GTIN chỉ được có các mã định danh bổ sung 22, 10, 21 theo đúng thứ tự đó.',
    'A GTIN may only be followed by key qualifiers 22, 10 and 21, in that order.',
  ],
  characters: [
    'Giá trị chứa ký tự không được phép trong GS1 Digital Link.',
    'A value holds characters GS1 Digital Link does not allow.',
  ],
  length: ['Giá trị dài quá 20 ký tự hoặc rỗng.', 'A value is empty or longer than 20 characters.'],
  syntax: ['Đường dẫn không đúng cú pháp GS1 Digital Link.', 'The path is not GS1 Digital Link syntax.'],
};

function problem(kind: DigitalLinkProblem): DigitalLinkRequest {
  const [messageVi, messageEn] = MESSAGES[kind];
  return { ok: false, problem: kind, messageVi, messageEn };
}

function decoded(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/** Checks an AI value (set 82, 1–`max` characters); the problem, or undefined when fine. */
function valueProblem(value: string | undefined, max: number): DigitalLinkProblem | undefined {
  if (value === undefined) return 'characters';
  if (value.length < 1 || value.length > max) return 'length';
  return CSET_82.test(value) ? undefined : 'characters';
}

/**
 * Parses the path of a resolver request (a trailing slash is tolerated; a full URI is accepted).
 * `undefined` when the path is not a Digital Link at all (not `/01/…` nor `/s/…`).
 */
export function parseDigitalLinkRequest(pathOrUri: string): DigitalLinkRequest | undefined {
  let path = pathOrUri.replace(/^[a-z]+:\/\/[^/]+/i, '').split(/[?#]/)[0]!;
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  const parts = path.split('/').slice(1);
  if (parts[0] === 's') {
    if (parts.length !== 2) return problem('syntax');
    const serial = decoded(parts[1]!);
    const bad = valueProblem(serial, SERIAL_MAX_LENGTH);
    return bad ? problem(bad) : { ok: true, key: { kind: 'short', serial: serial! } };
  }
  if (parts[0] !== '01') return undefined;
  if (parts.length < 2 || parts.length % 2 !== 0) return problem('syntax');
  const rawGtin = parts[1]!;
  if (!/^\d+$/.test(rawGtin) || ![8, 12, 13, 14].includes(rawGtin.length)) return problem('check-digit');
  const gtin = checkGtin(rawGtin);
  if (!gtin.isValid) return problem('check-digit');
  const key: { kind: 'gtin'; gtin14: string; lot?: string; serial?: string } = {
    kind: 'gtin',
    gtin14: gtin.normalized.padStart(14, '0'),
  };
  let lastIndex = -1;
  for (let i = 2; i < parts.length; i += 2) {
    const index = QUALIFIER_ORDER.indexOf(parts[i] as (typeof QUALIFIER_ORDER)[number]);
    if (index <= lastIndex) return problem('qualifier-order');
    lastIndex = index;
    const value = decoded(parts[i + 1]!);
    const bad = valueProblem(value, parts[i] === '10' ? LOT_MAX_LENGTH : SERIAL_MAX_LENGTH);
    if (bad) return problem(bad);
    if (parts[i] === '10') key.lot = value!;
    if (parts[i] === '21') key.serial = value!;
  }
  return { ok: true, key };
}

/** The levels a request walks up, most specific first: serial → lot → GTIN. */
export function walkUpLevels(key: ResolverKey): ResolverKey[] {
  if (key.kind === 'short') return [key];
  const levels: ResolverKey[] = [key];
  if (key.serial !== undefined && key.lot !== undefined)
    levels.push({ kind: 'gtin', gtin14: key.gtin14, lot: key.lot });
  if (key.serial !== undefined || key.lot !== undefined) levels.push({ kind: 'gtin', gtin14: key.gtin14 });
  return levels;
}
