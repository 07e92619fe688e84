import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { RUBRIC_148 } from './catalogue/148/rubric-148';
import { getRubricSheet } from './catalogue/rubric-catalogue';
import { compareRubrics } from './rubric-compare';
import { parseRubricImport } from './rubric-import.schema';

const asJson = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function expectRubricInvalid(json: unknown, field: string): DomainError {
  try {
    parseRubricImport(json);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    const e = error as DomainError;
    expect(e.code).toBe('RUBRIC_INVALID');
    expect(e.details?.map((d) => d.field)).toContain(field);
    return e;
  }
  throw new Error('expected RUBRIC_INVALID');
}

describe('parseRubricImport', () => {
  it('round-trips the whole 148 catalogue through JSON', () => {
    const { version, reports } = parseRubricImport(asJson(RUBRIC_148));
    expect(version.sheets).toHaveLength(26);
    expect(reports.every((r) => r.isValid)).toBe(true);
  });

  it('keeps the Vietnamese texts of decisions, and accepts a decision written in English only', () => {
    const json = asJson({ ...RUBRIC_148, sheets: [RUBRIC_148.sheets[16]!] });
    const englishOnly = json.sheets[0]!.decisions[1] as { chosenVi?: string; reasonVi?: string };
    delete englishOnly.chosenVi;
    delete englishOnly.reasonVi;
    const [typo, checked] = parseRubricImport(json).version.sheets[0]!.decisions;
    expect(typo).toMatchObject({ nodeCode: 'A.1.d', chosenVi: 'Phương án 2 được 1 điểm.' });
    expect(checked).toMatchObject({ nodeCode: 'C.8.b', chosen: 'as transcribed' });
    expect(checked!.chosenVi).toBeUndefined();
  });

  it('refuses a blank Vietnamese decision text, naming the field', () => {
    const json = asJson({ ...RUBRIC_148, sheets: [RUBRIC_148.sheets[16]!] });
    (json.sheets[0]!.decisions[0] as { reasonVi: string }).reasonVi = '  ';
    expectRubricInvalid(json, 'sheets.0.decisions.0.reasonVi');
  });

  it('refuses a wrong total, naming the node', () => {
    const json = asJson({ ...RUBRIC_148, sheets: [RUBRIC_148.sheets[6]!] });
    json.sheets[0]!.parts[2]!.groups[0]!.maxPoints = 17;
    const e = expectRubricInvalid(json, 'set 7 / C.6');
    expect(e.details?.map((d) => d.field)).toContain('set 7 / C');
    expect(e.messageEn).toContain('set 7 / C.6');
  });

  it('refuses a duplicate code, naming it', () => {
    const json = asJson({ ...RUBRIC_148, sheets: [RUBRIC_148.sheets[6]!] });
    (json.sheets[0]!.parts[0]!.groups[0]!.criteria[1] as { code: string }).code = 'A.1.a';
    expectRubricInvalid(json, 'set 7 / A.1.a');
  });

  it('refuses a malformed file, naming the field', () => {
    const json = asJson({ ...RUBRIC_148, sheets: [RUBRIC_148.sheets[0]!] }) as unknown as {
      sheets: { parts: { groups: { criteria: { options: { points: unknown }[] }[] }[] }[] }[];
    };
    json.sheets[0]!.parts[0]!.groups[0]!.criteria[0]!.options[0]!.points = 'l';
    expectRubricInvalid(json, 'sheets.0.parts.0.groups.0.criteria.0.options.0.points');
  });

  it('refuses duplicate product sets and inverted dates', () => {
    const json = asJson({
      ...RUBRIC_148,
      effectiveTo: '2020-01-01',
      sheets: [RUBRIC_148.sheets[0]!, RUBRIC_148.sheets[0]!],
    });
    expectRubricInvalid(json, 'set 1');
    expectRubricInvalid(json, 'effectiveTo');
  });
});

describe('compareRubrics', () => {
  it('a sheet equals itself', () => {
    expect(compareRubrics(getRubricSheet('148', 7), getRubricSheet('148', 7)).isSame).toBe(true);
  });
  it('set 7 vs set 26 lists removed, added and changed criteria', () => {
    const diff = compareRubrics(getRubricSheet('148', 7), getRubricSheet('148', 26));
    expect(diff.isSame).toBe(false);
    expect(diff.changes).toContainEqual(expect.objectContaining({ code: 'C.8.case-1', change: 'added' }));
    expect(diff.changes).toContainEqual(expect.objectContaining({ code: 'C.11.a', change: 'removed' }));
    const a1a = diff.changes.find((c) => c.code === 'A.1.a');
    expect(a1a?.aspects).toEqual(expect.arrayContaining(['title', 'optionPoints']));
  });
  it('set 6 vs set 7 names the sensory differences', () => {
    const diff = compareRubrics(getRubricSheet('148', 6), getRubricSheet('148', 7));
    expect(diff.changes.find((c) => c.code === 'C.6.d')?.after?.optionPoints).toEqual([1, 2, 4]);
  });
});
