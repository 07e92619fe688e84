import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors';
import type { RubricSheet } from '../rubric.types';
import { RUBRIC_148 } from './148/rubric-148';
import header from './148/version.json' with { type: 'json' };
import set07 from './148/set-07.json' with { type: 'json' };
import { loadBuiltInRubricVersion } from './load-built-in-rubric';

const copyOfSet07 = () => JSON.parse(JSON.stringify(set07)) as RubricSheet & { decisions: object[] };

function failureOf(load: () => unknown): DomainError {
  try {
    load();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('the load did not fail');
}

describe('loading a built-in rubric from its data files', () => {
  it('reads the shipped 148 files as the 26 sheets of the version', () => {
    expect(RUBRIC_148.id).toBe('148');
    expect(RUBRIC_148.sheets).toHaveLength(26);
    expect(loadBuiltInRubricVersion(header, [set07]).sheets[0]).toEqual(RUBRIC_148.sheets[6]);
  });

  it('fails loudly, naming the node, when a sheet no longer adds up', () => {
    const sheet = copyOfSet07();
    (sheet.parts[0]!.groups[0]!.criteria[0]!.options[0] as { points: number }).points = 9;
    const error = failureOf(() => loadBuiltInRubricVersion(header, [sheet]));
    expect(error.code).toBe('RUBRIC_INVALID');
    expect(error.details?.map((d) => d.field)).toContain('set 7 / A.1.a');
  });

  it('fails loudly on a malformed file (an unknown field)', () => {
    const sheet = { ...copyOfSet07(), stars: 5 };
    expect(failureOf(() => loadBuiltInRubricVersion(header, [sheet])).code).toBe('RUBRIC_INVALID');
  });

  it('requires what an import may omit: the Vietnamese text of every decision', () => {
    const sheet = copyOfSet07();
    delete (sheet.decisions[0] as { reasonVi?: string }).reasonVi;
    const error = failureOf(() => loadBuiltInRubricVersion(header, [sheet]));
    expect(error.code).toBe('RUBRIC_INVALID');
    expect(error.messageEn).toContain('set 7 / C.6.d');
  });
});
