import { describe, expect, it } from 'vitest';
import { getRubricSheet } from '../../../domain/rubric/catalogue/rubric-catalogue';
import { listScorableCriteria } from '../../../domain/rubric/rubric-tree';
import { presentCitedEvidence, presentSelfAssessment, type CitedEvidence } from './dossier-review';

const answer = (option: number, evidenceIds: string[] = [], note = '') => ({ option, evidenceIds, note });
const REPORT = '00000000-0000-4000-8000-000000000001';
const PHOTO = '00000000-0000-4000-8000-000000000002';
const SHEET = '00000000-0000-4000-8000-000000000003';

describe('presentSelfAssessment', () => {
  const sheet = getRubricSheet('148', 11);
  const a1a = listScorableCriteria(sheet).find((s) => s.criterion.code === 'A.1.a')!.criterion;
  const items = presentSelfAssessment(sheet, {
    'A.1.a': answer(2, [REPORT], 'Hợp đồng'),
    'A.1.b': answer(0),
  });
  const item = (code: string) => items.find((i) => i.criterionCode === code);

  const cases: [string, string, number | null, string | null, number | null][] = [
    ['a chosen option: its text and points', 'A.1.a', 2, a1a.options[1]!.textVi, a1a.options[1]!.points],
    ['"none applies": answered, 0 points', 'A.1.b', 0, null, 0],
    ['not answered: no option, no points', 'A.1.c', null, null, null],
  ];
  it.each(cases)('%s (%s)', (_why, code, option, text, points) => {
    expect(item(code)).toMatchObject({ option, optionTextVi: text, points });
  });

  it('lists every criterion of the sheet in sheet order, with its maximum', () => {
    expect(items.map((i) => i.criterionCode)).toEqual(
      listScorableCriteria(sheet).map((s) => s.criterion.code),
    );
    expect(item('A.1.a')).toMatchObject({
      maxPoints: a1a.maxPoints,
      note: 'Hợp đồng',
      evidenceIds: [REPORT],
    });
  });

  it('keeps only the case the producer chose in a two-case block', () => {
    const tourism = getRubricSheet('148', 26);
    const codes = presentSelfAssessment(tourism, { 'C.8.case-2': answer(1) }).map((i) => i.criterionCode);
    expect(codes).toContain('C.8.case-2');
    expect(codes).not.toContain('C.8.case-1');
  });
});

describe('presentCitedEvidence', () => {
  const cited = (id: string, mediaType: string): CitedEvidence => ({
    id,
    title: id,
    documentType: 'other',
    fileName: 'f',
    mediaType,
    sizeBytes: 10,
    sha256: 'a'.repeat(64),
    issuer: null,
    validUntil: null,
  });
  const sheet = getRubricSheet('148', 11);
  const selfAssessment = presentSelfAssessment(sheet, {
    'C.7': answer(1, [REPORT]),
    'A.1.a': answer(1, [REPORT, PHOTO]),
    'A.2.b': answer(1, [SHEET]),
  });
  const evidence = presentCitedEvidence(
    'd1',
    [
      cited(REPORT, 'application/pdf'),
      cited(PHOTO, 'image/png'),
      cited(SHEET, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    ],
    selfAssessment,
  );

  it('names the criteria each document supports in sheet order, whatever the order of the answers', () => {
    expect(evidence.map((e) => e.criterionCodes)).toEqual([['A.1.a', 'C.7'], ['A.1.a'], ['A.2.b']]);
  });

  it('links each file through the dossier, shown in place only for PDF and images', () => {
    expect(evidence.map((e) => [e.fileUrl, e.isViewableInline])).toEqual([
      [`/api/v1/dossiers/d1/evidence/${REPORT}/file`, true],
      [`/api/v1/dossiers/d1/evidence/${PHOTO}/file`, true],
      [`/api/v1/dossiers/d1/evidence/${SHEET}/file`, false],
    ]);
  });
});
