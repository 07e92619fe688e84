import { describe, expect, it } from 'vitest';
import { BUILT_IN_RUBRIC_VERSIONS } from '../rubric/catalogue/rubric-catalogue';
import type { RubricVersion } from '../rubric/rubric.types';
import { chooseDossierRubric } from './dossier-rubric';

const builtIn = BUILT_IN_RUBRIC_VERSIONS;
const base = builtIn.find((v) => v.id === '148')!;

function stored(
  id: string,
  effectiveFrom: string,
  sets: number[],
  status: RubricVersion['status'] = 'published',
): RubricVersion {
  return {
    ...base,
    id,
    effectiveFrom,
    effectiveTo: null,
    status,
    sheets: base.sheets.filter((s) => sets.includes(s.setNumber)),
  };
}

describe('chooseDossierRubric', () => {
  it.each([
    { name: 'no stored version → built-in', stored: [], set: 11, expected: '148' },
    {
      name: 'published and in force → stored',
      stored: [stored('2026-a', '2026-01-01', [11])],
      set: 11,
      expected: '2026-a',
    },
    {
      name: 'not in force yet → built-in',
      stored: [stored('2027-a', '2027-01-01', [11])],
      set: 11,
      expected: '148',
    },
    {
      name: 'draft → built-in',
      stored: [stored('2026-d', '2026-01-01', [11], 'draft')],
      set: 11,
      expected: '148',
    },
    {
      name: 'stored lacks the set → built-in',
      stored: [stored('2026-a', '2026-01-01', [1])],
      set: 11,
      expected: '148',
    },
    {
      name: 'two stored in force → the later start',
      stored: [stored('2026-a', '2026-01-01', [11]), stored('2026-b', '2026-02-01', [11])],
      set: 11,
      expected: '2026-b',
    },
  ])('$name', ({ stored: versions, set, expected }) => {
    expect(chooseDossierRubric({ stored: versions, builtIn, today: '2026-03-02', productSet: set })?.id).toBe(
      expected,
    );
  });
});
