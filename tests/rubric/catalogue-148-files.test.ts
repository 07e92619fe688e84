import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The 148 sheets are data: the catalogue folder holds JSON files and only small TypeScript. */
const DIR = path.resolve(__dirname, '..', '..', 'src', 'domain', 'rubric', 'catalogue', '148');
const files = readdirSync(DIR);

describe('the 148 catalogue folder', () => {
  it('holds one data file per product set and the version file', () => {
    const sets = Array.from({ length: 26 }, (_, i) => `set-${String(i + 1).padStart(2, '0')}.json`);
    expect(files.filter((f) => /^set-\d\d\.json$/.test(f)).sort()).toEqual(sets);
    expect(files).toContain('version.json');
    expect(files).toContain('NOTES.md');
  });

  it('holds no TypeScript file over 100 lines', () => {
    const long = files
      .filter((f) => f.endsWith('.ts'))
      .map((f) => ({ file: f, lines: readFileSync(path.join(DIR, f), 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 100);
    expect(long).toEqual([]);
  });
});
