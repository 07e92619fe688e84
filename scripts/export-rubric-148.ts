/**
 * One-off conversion of the built-in 148 catalogue from TypeScript objects (set-NN.ts) to data
 * files in the rubric import format: `version.json` (the version without its sheets) and one
 * `set-NN.json` per product set (a sheet exactly as `RubricSheetSchema` reads it). Writes
 * NOTES.md beside them from the set files' header comments and recorded decisions, then checks
 * that the files read back equal the objects they came from.
 *
 *   node bin/run-ts.js scripts/export-rubric-148.ts
 *
 * Run once, before the set-NN.ts files were deleted; kept to show how the data files came about.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { RubricSheet, RubricVersion } from '../src/domain/rubric/rubric.types';

const DIR = path.resolve('src', 'domain', 'rubric', 'catalogue', '148');
const padded = (n: number) => String(n).padStart(2, '0');

async function loadTypeScriptCatalogue(): Promise<RubricVersion> {
  const module = (await import(path.join(DIR, 'rubric-148.ts'))) as { RUBRIC_148: RubricVersion };
  return module.RUBRIC_148;
}

/** The header comment of a set-NN.ts file, without its comment markers. */
function headerOf(setNumber: number): string {
  const source = readFileSync(path.join(DIR, `set-${padded(setNumber)}.ts`), 'utf8');
  const match = /^\/\*\*([\s\S]*?)\*\//.exec(source);
  return (match?.[1] ?? '')
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').trimEnd())
    .filter((line) => line !== '')
    .join(' ');
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function notesOf(version: RubricVersion): string {
  const lines = [
    '# Decision 148 criteria sheets as data',
    '',
    'The 26 scoring sheets of Decision 148/QĐ-TTg, Appendix I, in the rubric import format',
    '(docs/rubric-format.md): `version.json` is the version without its sheets, `set-NN.json` the',
    "sheet of product set NN. `rubric-148.ts` assembles them and reads them through the import's",
    'own check (`parseRubricImport`: shape, then arithmetic), so a broken file fails at start-up.',
    '',
    'Each sheet was bootstrapped from a third-party transcription by `scripts/generate-rubric-148.ts`,',
    'corrected by hand as TypeScript, and converted once to these files by',
    '`scripts/export-rubric-148.ts`. Every deviation from the transcription is a recorded decision',
    "in the sheet's `decisions` field (node, kind, what the source says, what is encoded, why); the",
    'conformance test (tests/rubric/catalogue-148-conformance.test.ts) checks the files against the',
    'transcription with those decisions applied.',
    '',
    'A dossier records the content hash of its sheet (sha256 of the canonical JSON): editing a file',
    'changes the hash, and the hashes stored by migration 0036 no longer match (a test says so).',
    'Correct a published sheet by publishing a new version, not by editing these files.',
    '',
    '## Version notes',
    '',
    ...(version.notesVi ?? []).map((note) => `- ${note}`),
    '',
  ];
  for (const sheet of version.sheets) {
    lines.push(`## Set ${sheet.setNumber} — ${sheet.setNameVi}`, '', headerOf(sheet.setNumber), '');
    if (sheet.verification) lines.push(`Verification: ${sheet.verification.status}.`, '');
    if (sheet.decisions.length === 0) {
      lines.push('No recorded decisions.', '');
      continue;
    }
    lines.push('| node | kind | source | chosen | reason |', '|---|---|---|---|---|');
    for (const d of sheet.decisions)
      lines.push(`| ${d.nodeCode} | ${d.kind} | ${cell(d.source)} | ${cell(d.chosen)} | ${cell(d.reason)} |`);
    lines.push('');
  }
  return lines.join('\n');
}

const version = await loadTypeScriptCatalogue();
const { sheets, ...header } = version;
writeFileSync(path.join(DIR, 'version.json'), `${JSON.stringify(header, null, 2)}\n`);
for (const sheet of sheets)
  writeFileSync(path.join(DIR, `set-${padded(sheet.setNumber)}.json`), `${JSON.stringify(sheet, null, 2)}\n`);
writeFileSync(path.join(DIR, 'NOTES.md'), notesOf(version));

const readBack = JSON.parse(readFileSync(path.join(DIR, 'version.json'), 'utf8')) as object;
const readSheets = sheets.map(
  (s) => JSON.parse(readFileSync(path.join(DIR, `set-${padded(s.setNumber)}.json`), 'utf8')) as RubricSheet,
);
const same = isDeepStrictEqual({ ...readBack, sheets: readSheets }, JSON.parse(JSON.stringify(version)));
if (!same) throw new Error('the data files do not read back as the TypeScript catalogue');
console.log(`wrote version.json and ${sheets.length} set files to ${DIR}; they read back identical`);
