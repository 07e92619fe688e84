/**
 * Compressed GS1 Digital Link URIs (GS1 Digital Link: compression, the algorithm of GS1's
 * reference toolkit) for the identifiers our stamps carry: AI 01 (GTIN) with AI 22, 10 and 21.
 * A compressed URI is `<origin>/<one path segment>`: the AIs and values packed into bits, written
 * in GS1's URI-safe base 64 alphabet — about a third shorter, so the QR code on a small label has
 * fewer modules.
 *
 * Bit layout, per AI: its digits as 4-bit nibbles (or one of GS1's optimisation codes for common
 * sequences: 0A = 01+22, 0B = 01+10, 0C = 01+21), then the value. GTIN: 14 digits as a 47-bit
 * number. Lot, serial, CPV: a 3-bit encoding (0 digits, 1 lower-case hex, 2 upper-case hex,
 * 3 URI-safe base 64, 4 seven-bit ASCII), a 5-bit length, then the characters.
 */
const SAFE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const HEX = '0123456789ABCDEF';
/** GS1's optimisation codes that apply to AI 01 and its qualifiers, in the toolkit's order. */
const OPTIMISATIONS: [code: string, ais: string[]][] = [
  ['0A', ['01', '22']],
  ['0B', ['01', '10']],
  ['0C', ['01', '21']],
];
const VARIABLE_MAX = 20;
const LENGTH_BITS = 5; // ceil(log2(20))
const GTIN_BITS = 47; // ceil(14 × log2(10))

export type CompressibleAis = Partial<Record<'01' | '22' | '10' | '21', string>>;

const numericBits = (digits: number) => Math.ceil((digits * Math.log(10)) / Math.log(2) + 0.01);
const pad = (bits: string, width: number) => bits.padStart(width, '0');

function encodingOf(value: string): 0 | 1 | 2 | 3 | 4 {
  if (/^[0-9]+$/.test(value)) return 0;
  if (/^[0-9A-F]+$/.test(value)) return 2;
  if (/^[0-9a-f]+$/.test(value)) return 1;
  if (/^[A-Za-z0-9_-]+$/.test(value)) return 3;
  return 4;
}

function encodeVariable(value: string): string {
  if (value.length < 1 || value.length > VARIABLE_MAX || !/^[\x21-\x7e]+$/.test(value))
    throw new RangeError(`cannot compress the value ${JSON.stringify(value)}`);
  const encoding = encodingOf(value);
  const head = pad(encoding.toString(2), 3) + pad(value.length.toString(2), LENGTH_BITS);
  const chars = [...value];
  switch (encoding) {
    case 0:
      return head + pad(BigInt(value).toString(2), numericBits(value.length));
    case 1:
    case 2:
      return head + chars.map((c) => pad(HEX.indexOf(c.toUpperCase()).toString(2), 4)).join('');
    case 3:
      return head + chars.map((c) => pad(SAFE64.indexOf(c).toString(2), 6)).join('');
    case 4:
      return head + chars.map((c) => pad(c.charCodeAt(0).toString(2), 7)).join('');
  }
}

function encodeValue(ai: string, value: string): string {
  if (ai !== '01') return encodeVariable(value);
  if (!/^\d{14}$/.test(value)) throw new RangeError('AI 01 needs 14 digits');
  return pad(BigInt(value).toString(2), GTIN_BITS);
}

const nibbles = (hex: string) => [...hex].map((c) => pad(parseInt(c, 16).toString(2), 4)).join('');

/** The compressed path segment (no leading slash) for these AIs. */
export function compressAis(ais: CompressibleAis): string {
  const present = Object.keys(ais).sort() as (keyof CompressibleAis)[];
  let bits = '';
  const remaining = new Set<string>(present);
  const optimisation = OPTIMISATIONS.find(([, seq]) => seq.every((ai) => remaining.has(ai)));
  if (optimisation) {
    bits += nibbles(optimisation[0]);
    for (const ai of optimisation[1]) {
      bits += encodeValue(ai, ais[ai as keyof CompressibleAis]!);
      remaining.delete(ai);
    }
  }
  for (const ai of [...remaining].sort())
    bits += nibbles(ai) + encodeValue(ai, ais[ai as keyof CompressibleAis]!);
  bits = bits.padEnd(Math.ceil(bits.length / 6) * 6, '0');
  let out = '';
  for (let i = 0; i < bits.length; i += 6) out += SAFE64[parseInt(bits.slice(i, i + 6), 2)];
  return out;
}

class Reader {
  cursor = 0;
  constructor(readonly bits: string) {}
  take(count: number): string {
    if (this.cursor + count > this.bits.length) throw new RangeError('truncated compressed URI');
    const out = this.bits.slice(this.cursor, this.cursor + count);
    this.cursor += count;
    return out;
  }
  number(count: number): number {
    return parseInt(this.take(count), 2);
  }
  get left(): number {
    return this.bits.length - this.cursor;
  }
}

function decodeVariable(reader: Reader): string {
  const encoding = reader.number(3);
  const length = reader.number(LENGTH_BITS);
  if (length < 1) throw new RangeError('empty value');
  switch (encoding) {
    case 0: {
      const digits = BigInt(`0b${reader.take(numericBits(length))}`).toString();
      if (digits.length > length) throw new RangeError('numeric value too long');
      return digits.padStart(length, '0');
    }
    case 1:
    case 2: {
      const hex = Array.from({ length }, () => HEX[reader.number(4)]!).join('');
      return encoding === 1 ? hex.toLowerCase() : hex;
    }
    case 3:
      return Array.from({ length }, () => SAFE64[reader.number(6)]!).join('');
    case 4:
      return Array.from({ length }, () => String.fromCharCode(reader.number(7))).join('');
    default:
      throw new RangeError(`unknown encoding ${encoding}`);
  }
}

function decodeValue(ai: string, reader: Reader): string {
  if (ai !== '01') return decodeVariable(reader);
  const digits = BigInt(`0b${reader.take(GTIN_BITS)}`).toString();
  if (digits.length > 14) throw new RangeError('GTIN too long');
  return digits.padStart(14, '0');
}

/**
 * The AIs of a compressed path segment; throws `RangeError` for anything that is not a compressed
 * Digital Link of AI 01 and its qualifiers (other AIs, unknown codes, truncated bits).
 */
export function decompressAis(segment: string): CompressibleAis {
  if (!/^[A-Za-z0-9_-]+$/.test(segment)) throw new RangeError('not URI-safe base 64');
  const reader = new Reader([...segment].map((c) => pad(SAFE64.indexOf(c).toString(2), 6)).join(''));
  const out: Record<string, string> = {};
  while (reader.left > 8) {
    const code = reader.take(8);
    const hex = (
      parseInt(code.slice(0, 4), 2).toString(16) + parseInt(code.slice(4), 2).toString(16)
    ).toUpperCase();
    const sequence = OPTIMISATIONS.find(([c]) => c === hex)?.[1] ?? [hex];
    for (const ai of sequence) {
      if (!['01', '22', '10', '21'].includes(ai)) throw new RangeError(`unsupported AI ${ai}`);
      if (out[ai] !== undefined) throw new RangeError(`AI ${ai} twice`);
      out[ai] = decodeValue(ai, reader);
    }
  }
  if (reader.left > 0 && /1/.test(reader.take(reader.left))) throw new RangeError('trailing bits');
  if (out['01'] === undefined) throw new RangeError('no GTIN');
  return out;
}

/** The uncompressed path (`/01/…/22/…/10/…/21/…`) of decompressed AIs, values percent-encoded. */
export function uncompressedPathOf(ais: CompressibleAis, encode: (value: string) => string): string {
  let path = `/01/${ais['01']}`;
  for (const ai of ['22', '10', '21'] as const)
    if (ais[ai] !== undefined) path += `/${ai}/${encode(ais[ai])}`;
  return path;
}
