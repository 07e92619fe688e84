/**
 * Conformance of the built-in 148 catalogue with the third-party transcription kept outside the
 * project (../shared/reference/criteria-148-transcription). Every option's points must be equal,
 * except where the set records a decision for that criterion; every option's text must be equal
 * once the set's documented wording fixes (`textCorrection` of a `typo` decision) are applied to
 * the transcription, and where a `structure` decision moved a note out of the option, the option
 * must begin the transcribed text. Star flags (`***`…`*****` on an option or a whole criterion)
 * and knock-out notes ("bị loại", "không đánh giá các bước tiếp theo") must sit where the
 * transcription puts them, except the exact known differences listed below, each a recorded
 * decision. Skipped, with a visible message, when the reference folder is absent (e.g. on a
 * machine without the shared workspace).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUBRIC_148 } from '../../src/domain/rubric/catalogue/148/rubric-148';
import { listAllCriteria, listScorableCriteria } from '../../src/domain/rubric/rubric-tree';
import type { RubricSheet } from '../../src/domain/rubric/rubric.types';

const REFERENCE_DIR = path.resolve(
  __dirname,
  '..',
  '..',
  '..',
  'shared',
  'reference',
  'criteria-148-transcription',
);
const hasReference = existsSync(REFERENCE_DIR);

if (!hasReference)
  console.warn(`[rubric conformance] SKIPPED: reference transcription not found at ${REFERENCE_DIR}`);

/** Minimal RFC 4180 reader: quoted fields may hold commas, quotes and newlines. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.slice(1).filter((r) => (r[0] ?? '').trim() !== '');
}

interface Mismatch {
  code: string;
  option: number;
  transcription: string;
  catalogue: number;
}

/** An option's wording for comparison: no box, no star flags, one space, no final full stop. */
const foldText = (s: string) =>
  s
    .replace(/^□\s*/, '')
    .replace(/[\s*]+/g, ' ')
    .trim()
    .replace(/\s*\.$/, '');

/** The transcribed text of `code`'s option `option` with the sheet's documented fixes applied. */
function correctedText(sheet: RubricSheet, code: string, option: number, transcribed: string): string {
  return sheet.decisions
    .filter((d) => d.kind === 'typo' && d.nodeCode === code && d.textCorrection?.option === option)
    .reduce((text, d) => text.replace(d.textCorrection!.from, d.textCorrection!.to), transcribed);
}

function compareSet(sheet: RubricSheet): { count: number; mismatches: Mismatch[] } {
  const file = path.join(REFERENCE_DIR, `set-${String(sheet.setNumber).padStart(2, '0')}.csv`);
  const optionRows = readCsv(readFileSync(file, 'utf8')).filter((r) => r[2] === '3');
  const catalogueOptions = listScorableCriteria(sheet).flatMap(({ criterion }) =>
    criterion.options.map((o, i) => ({ code: criterion.code, number: i + 1, option: o })),
  );
  expect(catalogueOptions.length, `set ${sheet.setNumber}: option count`).toBe(optionRows.length);
  const mismatches: Mismatch[] = [];
  const restructured = new Set(sheet.decisions.filter((d) => d.kind === 'structure').map((d) => d.nodeCode));
  catalogueOptions.forEach((c, i) => {
    const row = optionRows[i]!;
    const where = `set ${sheet.setNumber} ${c.code}#${c.number}`;
    const transcribed = foldText(correctedText(sheet, c.code, c.number, row[0]!));
    const encoded = foldText(c.option.textVi);
    if (restructured.has(c.code)) expect(transcribed.startsWith(encoded), `${where}: text`).toBe(true);
    else expect(encoded, `${where}: text`).toBe(transcribed);
    if (Number(row[4]) !== c.option.points)
      mismatches.push({ code: c.code, option: c.number, transcription: row[4]!, catalogue: c.option.points });
  });
  return { count: catalogueOptions.length, mismatches };
}

const referenceRows = (setNumber: number) =>
  readCsv(readFileSync(path.join(REFERENCE_DIR, `set-${String(setNumber).padStart(2, '0')}.csv`), 'utf8'));

/** Wording that stops the evaluation, as the sheets print it in their notes. */
const KNOCK_OUT_WORDING = /bị loại|không đánh giá|không xem xét/i;

interface SetFlags {
  /** `code#option:★n` and `code:criterion ★n`, sorted. */
  stars: string[];
  /** Knock-out note text by the code of the criterion it stops at. */
  knockOuts: Map<string, string>;
}

/**
 * Star flags and knock-out notes of one set as the transcription prints them. A row belongs to
 * the criterion of the next option row (both list options in the same order, as compareSet checks).
 */
function transcribedFlags(sheet: RubricSheet): SetFlags {
  const optionCodes = listScorableCriteria(sheet).flatMap(({ criterion }) =>
    criterion.options.map(() => criterion.code),
  );
  const flags: SetFlags = { stars: [], knockOuts: new Map() };
  let optionIndex = 0;
  for (const [title = '', description = '', level = '', stars = ''] of referenceRows(sheet.setNumber)) {
    if (level === '3') {
      if (stars) flags.stars.push(`${optionCodes[optionIndex]}#${optionIndex + 1}:★${stars}`);
      optionIndex++;
      continue;
    }
    const code = optionCodes[optionIndex] ?? '(end)';
    if (level === '2' && stars) flags.stars.push(`${code}:criterion ★${stars}`);
    const note = [title, description].find((text) => KNOCK_OUT_WORDING.test(text));
    if (note) flags.knockOuts.set(code, note);
  }
  flags.stars.sort();
  return flags;
}

/** The same flags as the catalogue encodes them, a heading's placed on its first sub-criterion. */
function catalogueFlags(sheet: RubricSheet): SetFlags {
  const scorable = listScorableCriteria(sheet);
  const firstLeaf = (code: string) =>
    scorable.find((s) => s.criterion.code === code || s.headingCode === code)?.criterion.code ?? code;
  const flags: SetFlags = { stars: [], knockOuts: new Map() };
  let number = 0;
  for (const { criterion } of scorable)
    for (const option of criterion.options) {
      number++;
      if (option.mandatoryForStar)
        flags.stars.push(`${criterion.code}#${number}:★${option.mandatoryForStar}`);
    }
  for (const c of listAllCriteria(sheet)) {
    if (c.mandatoryForStar) flags.stars.push(`${firstLeaf(c.code)}:criterion ★${c.mandatoryForStar}`);
    if (c.knockOut) flags.knockOuts.set(firstLeaf(c.code), c.knockOut.textVi);
  }
  flags.stars.sort();
  return flags;
}

/** Whether the sheet records a decision about a knock-out note on `code` or its heading. */
const hasKnockOutDecision = (sheet: RubricSheet, code: string) =>
  sheet.decisions.some(
    (d) => (code === d.nodeCode || code.startsWith(`${d.nodeCode}.`)) && /knock-out/i.test(d.chosen),
  );

/**
 * Knock-out notes the transcription of sets 7–26 does not print, encoded by analogy with the sets
 * that do (each an `unverified` decision of its set, to be checked against the published text).
 */
const KNOWN_ADDED_KNOCK_OUTS = [
  ...[7, 8, 9, 10].flatMap((n) => [`${n}:A.1.a`, `${n}:A.2.a`, `${n}:C.6.a`]),
  ...[11].flatMap((n) => [`${n}:A.1.a`, `${n}:A.2.a`, `${n}:C.6.a.1`]),
  ...[12].flatMap((n) => [`${n}:A.1.a`, `${n}:A.2.a`, `${n}:C.6.a`]),
  ...[13].flatMap((n) => [`${n}:A.1.a`, `${n}:A.2.a`, `${n}:C.6.a.1`]),
  ...[14, 15, 16, 17].flatMap((n) => [`${n}:A.1.a`, `${n}:A.2.a`, `${n}:C.6.a`]),
  ...[18, 19, 20].flatMap((n) => [`${n}:A.1.a`, `${n}:A.2.a`]),
  '21:C.6.b',
  '22:C.6.b',
  ...[23, 24, 25, 26].map((n) => `${n}:A.2.a`),
];

describe.skipIf(!hasReference)('148 catalogue: star flags and knock-out notes', () => {
  it.each(RUBRIC_148.sheets.map((s) => [s.setNumber, s] as const))(
    'set %i: every star flag on the option or criterion the transcription flags',
    (_n, sheet) => {
      const expected = transcribedFlags(sheet).stars;
      expect(expected.length).toBeGreaterThan(0);
      expect(catalogueFlags(sheet).stars).toEqual(expected);
    },
  );

  it.each(RUBRIC_148.sheets.map((s) => [s.setNumber, s] as const))(
    'set %i: every transcribed knock-out note is encoded with its text; any other is a recorded decision',
    (_n, sheet) => {
      const transcribed = transcribedFlags(sheet).knockOuts;
      const encoded = catalogueFlags(sheet).knockOuts;
      for (const [code, note] of transcribed) {
        expect(encoded.has(code), `set ${sheet.setNumber} ${code}: knock-out note encoded`).toBe(true);
        expect(foldText(encoded.get(code)!), `set ${sheet.setNumber} ${code}: note text`).toBe(
          foldText(note),
        );
      }
      const added = [...encoded.keys()].filter((code) => !transcribed.has(code));
      for (const code of added)
        expect(hasKnockOutDecision(sheet, code), `set ${sheet.setNumber} ${code}: decision recorded`).toBe(
          true,
        );
    },
  );

  it('the knock-out notes added beyond the transcription are exactly the known ones', () => {
    const added = RUBRIC_148.sheets.flatMap((sheet) => {
      const transcribed = transcribedFlags(sheet).knockOuts;
      return [...catalogueFlags(sheet).knockOuts.keys()]
        .filter((code) => !transcribed.has(code))
        .map((code) => `${sheet.setNumber}:${code}`);
    });
    expect(added).toEqual(KNOWN_ADDED_KNOCK_OUTS);
  });
});

describe.skipIf(!hasReference)('148 catalogue conforms to the transcription', () => {
  it.each(RUBRIC_148.sheets.map((s) => [s.setNumber, s] as const))(
    'set %i: option points equal except documented decisions',
    (_n, sheet) => {
      const { count, mismatches } = compareSet(sheet);
      expect(count).toBeGreaterThan(40);
      const documented = new Set(
        sheet.decisions.filter((d) => d.kind === 'typo' || d.kind === 'missing-value').map((d) => d.nodeCode),
      );
      const unexplained = mismatches.filter((m) => !documented.has(m.code));
      expect(unexplained).toEqual([]);
    },
  );

  it('the documented point changes are exactly the known ones', () => {
    const all = RUBRIC_148.sheets.flatMap((s) =>
      compareSet(s).mismatches.map(
        (m) => `${s.setNumber}:${m.code}#${m.option}=${m.transcription}→${m.catalogue}`,
      ),
    );
    expect(all).toEqual([
      '7:C.6.d#3=3→4',
      '11:C.6.b.1#4=3→4',
      '11:C.6.b.2#4=3→4',
      '11:C.6.b.3#4=3→4',
      '12:C.6.c#4=3→4',
      '12:C.6.d#4=3→4',
      '12:C.6.đ#4=3→4',
      '13:C.6.b.1#3=2→3',
      '13:C.6.b.2#3=2→3',
      '17:A.1.d#2=l→1',
      '18:A.1.b#2=t→1',
    ]);
  });

  it('the documented wording fixes are exactly the known ones, and each still applies', () => {
    const fixes = RUBRIC_148.sheets.flatMap((sheet) => {
      const file = path.join(REFERENCE_DIR, `set-${String(sheet.setNumber).padStart(2, '0')}.csv`);
      const reference = readFileSync(file, 'utf8');
      return sheet.decisions.flatMap((d) => {
        if (!d.textCorrection) return [];
        const { option, from, to } = d.textCorrection;
        expect(reference, `set ${sheet.setNumber} ${d.nodeCode}: the source still reads it`).toContain(from);
        return [`${sheet.setNumber}:${d.nodeCode}#${option} ${from} → ${to}`];
      });
    });
    expect(fixes).toEqual([
      '21:A.2.a#3 nhiêu nơi → nhiều nơi',
      '21:A.3.e#2 chứng nhận đang ký → chứng nhận đăng ký',
      '22:A.2.a#3 nhiêu nơi → nhiều nơi',
      '22:A.3.e#2 chứng nhận đang ký → chứng nhận đăng ký',
    ]);
  });
});
