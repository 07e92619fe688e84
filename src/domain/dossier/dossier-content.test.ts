import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getRubricSheet } from '../rubric/catalogue/rubric-catalogue';
import { listScorableCriteria } from '../rubric/rubric-tree';
import type { RubricSheet } from '../rubric/rubric.types';
import { carryOverContent } from './dossier-carry-over';
import { checkCompleteness } from './dossier-completeness';
import { diffDossierContent } from './dossier-diff';
import { deadlineOf } from './dossier-queue';
import { computeSelfScore } from './dossier-self-score';
import { listCommuneCriteria, validateCommuneAssessment } from './commune-criteria';
import { emptyRegistration, type DossierAnswers, type DossierContent } from './dossier.types';

const set1 = getRubricSheet('148', 1);
const set26 = getRubricSheet('148', 26);

function fullRegistration(sampleCount = 5) {
  const r = emptyRegistration();
  r.producer = {
    name: 'HTX Chè Tân Cương',
    type: 'cooperative',
    registrationNumber: '4600123456',
    address: 'Xã Tân Cương',
    phone: '0912345678',
    email: '',
  };
  r.legalRepresentative = {
    fullName: 'Nguyễn Thị Hà',
    title: 'Giám đốc',
    gender: 'female',
    isEthnicMinority: false,
  };
  r.product = { name: 'Chè búp Tân Cương', description: 'Chè xanh sao sấy thủ công', packaging: 'Hộp 200 g' };
  r.sampleCount = sampleCount;
  return r;
}

/** Answers every criterion (first case of case blocks) with `option`, linking one evidence. */
function answerAll(sheet: RubricSheet, option: (code: string, options: number) => number): DossierAnswers {
  const answers: DossierAnswers = {};
  for (const s of listScorableCriteria(sheet)) {
    if (s.caseNumber !== undefined && s.caseNumber !== 1) continue;
    answers[s.criterion.code] = {
      option: option(s.criterion.code, s.criterion.options.length),
      evidenceIds: ['ev-1'],
      note: '',
    };
  }
  return answers;
}

describe('completeness check', () => {
  it('an empty dossier lacks every required field, every answer and the samples', () => {
    const result = checkCompleteness(set1, { registration: emptyRegistration(), answers: {} });
    expect(result.isComplete).toBe(false);
    const kinds = new Set(result.missing.map((m) => m.kind));
    expect(kinds).toEqual(new Set(['field', 'answer', 'samples']));
    expect(result.missing.filter((m) => m.kind === 'answer')).toHaveLength(listScorableCriteria(set1).length);
    expect(result.missing.find((m) => m.item === 'registration.product.name')?.messageVi).toContain(
      'Tên sản phẩm',
    );
  });

  it('a fully answered dossier with evidence and 5 samples is complete', () => {
    const result = checkCompleteness(set1, {
      registration: fullRegistration(),
      answers: answerAll(set1, () => 1),
    });
    expect(result.missing).toEqual([]);
    expect(result.answeredCount).toBe(result.criteriaCount);
  });

  it('a chosen option on a criterion with document hints needs evidence; option 0 does not', () => {
    const answers = answerAll(set1, () => 1);
    answers['A.1.a'] = { option: 2, evidenceIds: [], note: '' };
    answers['A.1.c'] = { option: 0, evidenceIds: [], note: '' };
    const missing = checkCompleteness(set1, { registration: fullRegistration(), answers }).missing;
    expect(missing.map((m) => `${m.kind}:${m.item}`)).toEqual(['evidence:A.1.a']);
    expect(missing[0]!.messageVi).toContain('Hợp đồng/hóa đơn mua nguyên liệu');
  });

  it('set 26 (tourism) takes no samples and needs one case chosen per case block', () => {
    const noCase = checkCompleteness(set26, { registration: fullRegistration(0), answers: {} });
    expect(noCase.missing.filter((m) => m.kind === 'case').map((m) => m.item)).toEqual([
      'C.8',
      'C.9',
      'C.15',
    ]);
    expect(noCase.missing.some((m) => m.kind === 'samples')).toBe(false);
    const complete = checkCompleteness(set26, {
      registration: fullRegistration(0),
      answers: answerAll(set26, () => 1),
    });
    expect(complete.missing).toEqual([]);
    expect(
      checkCompleteness(set26, {
        registration: fullRegistration(5),
        answers: answerAll(set26, () => 1),
      }).missing.map((m) => m.kind),
    ).toEqual(['samples']);
  });
});

describe('live self-score', () => {
  it('best options everywhere give 100 points and 5 stars', () => {
    const score = computeSelfScore(
      set1,
      answerAll(set1, (_code, n) => n),
    );
    expect(score.total).toBe(100);
    expect(score.stars).toBe(5);
    expect(score.unansweredCount).toBe(0);
  });

  it('explains why not higher: points missing and blocking mandatory criteria', () => {
    const score = computeSelfScore(
      set1,
      answerAll(set1, () => 1),
    );
    expect(score.stars).not.toBe(5);
    expect(score.nextBand).toBeDefined();
    expect(score.explanationVi).toMatch(/Để đạt \d sao cần/);
  });

  it('partial answers count unanswered criteria as 0 and never throw', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(...listScorableCriteria(set26).map((s) => s.criterion.code)),
          fc.integer({ min: -1, max: 6 }),
        ),
        (picked) => {
          const answers: DossierAnswers = Object.fromEntries(
            Object.entries(picked).map(([code, option]) => [code, { option, evidenceIds: [], note: '' }]),
          );
          const score = computeSelfScore(set26, answers);
          return score.total >= 0 && score.total <= 100;
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('diff between dossier states', () => {
  const base: DossierContent = { registration: fullRegistration(), answers: answerAll(set1, () => 1) };

  it('is empty between equal contents (property: diff(x, x) = [])', () => {
    expect(diffDossierContent(base, structuredClone(base), set1)).toEqual([]);
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 3 }), (name, option) => {
        const content = structuredClone(base);
        content.registration.product.name = name;
        content.answers['B.4.a'] = { option, evidenceIds: ['x'], note: name };
        return diffDossierContent(content, structuredClone(content), set1).length === 0;
      }),
    );
  });

  it('shows a changed field, option, evidence and note — and nothing else', () => {
    const after = structuredClone(base);
    after.registration.product.packaging = 'Hộp 500 g';
    after.answers['A.1.a'] = { option: 3, evidenceIds: ['ev-1', 'ev-2'], note: 'Vùng chè mở rộng' };
    const changes = diffDossierContent(base, after, set1, {
      evidenceTitle: (id) => (id === 'ev-2' ? 'Xác nhận vùng nguyên liệu' : undefined),
    });
    expect(changes.map((c) => `${c.section}:${c.item}`)).toEqual([
      'registration:product.packaging',
      'answer:A.1.a',
      'evidence:A.1.a',
      'note:A.1.a',
    ]);
    expect(changes[1]!.after).toContain('75% đến 100%');
    expect(changes[2]!.after).toBe('Xác nhận vùng nguyên liệu');
  });
});

describe('carry-over into an upgrade', () => {
  it('keeps every answer and evidence link, deep-copied', () => {
    const previous: DossierContent = { registration: fullRegistration(), answers: answerAll(set1, () => 2) };
    const { content, droppedCodes } = carryOverContent(previous, set1);
    expect(droppedCodes).toEqual([]);
    expect(content).toEqual(previous);
    content.answers['A.1.a']!.evidenceIds.push('new');
    expect(previous.answers['A.1.a']!.evidenceIds).toEqual(['ev-1']);
    expect(diffDossierContent(previous, carryOverContent(previous, set1).content, set1)).toEqual([]);
  });

  it('drops answers whose criterion is absent from the new sheet', () => {
    const previous: DossierContent = {
      registration: fullRegistration(),
      answers: { ...answerAll(set1, () => 1), 'Z.9.z': { option: 1, evidenceIds: [], note: '' } },
    };
    expect(carryOverContent(previous, set1).droppedCodes).toEqual(['Z.9.z']);
  });
});

describe('Biểu 3 commune criteria', () => {
  it('come from the rubric markers: four in set 1, three in set 26', () => {
    expect(listCommuneCriteria(set1).map((s) => s.criterion.code)).toEqual([
      'A.1.a',
      'A.2.a',
      'A.3.c',
      'B.5.b',
    ]);
    expect(listCommuneCriteria(set26)).toHaveLength(3);
  });

  it('rejects a missing, unknown or out-of-range choice naming the field', () => {
    const assessment = {
      choices: { 'A.1.a': { option: 9, note: '' }, 'B.4.a': { option: 1, note: '' } },
      conclusion: '',
      assessorName: 'x',
      assessedOn: '2026-01-05',
    };
    try {
      validateCommuneAssessment(set1, assessment);
      expect.unreachable();
    } catch (error) {
      const fields = (error as { details: { field: string }[] }).details.map((d) => d.field);
      expect(fields).toEqual(expect.arrayContaining(['choices.A.1.a', 'choices.B.4.a', 'choices.A.2.a']));
    }
  });
});

describe('working-day deadlines', () => {
  it('skips weekends and holidays', () => {
    // Friday 2026-01-02 + 3 working days (to_forward) = Wednesday 2026-01-07; with that Monday a holiday → Thursday.
    const since = new Date('2026-01-02T09:00:00Z');
    const now = since;
    expect(deadlineOf({ status: 'commune_assessed', since, now })?.dueOn).toBe('2026-01-07');
    expect(deadlineOf({ status: 'commune_assessed', since, now, holidays: ['2026-01-05'] })?.dueOn).toBe(
      '2026-01-08',
    );
  });

  it('counts from the Vietnam date: Sunday 23:00 UTC is Monday 06:00 in Hà Nội', () => {
    const sundayEveningUtc = new Date('2026-01-04T23:00:00Z');
    expect(
      deadlineOf({ status: 'commune_assessed', since: sundayEveningUtc, now: sundayEveningUtc }),
    ).toMatchObject({ dueOn: '2026-01-08', isOverdue: false });
    // Thursday 18:00 UTC is already Friday in Vietnam: past the Thursday deadline.
    expect(
      deadlineOf({
        status: 'commune_assessed',
        since: sundayEveningUtc,
        now: new Date('2026-01-08T18:00:00Z'),
      })?.isOverdue,
    ).toBe(true);
  });

  it('puts each status in one queue with its deadline', () => {
    const d = deadlineOf({
      status: 'submitted',
      since: new Date('2026-01-05T00:00:00Z'),
      now: new Date('2026-01-20T00:00:00Z'),
    });
    expect(d).toEqual({ task: 'to_check', holder: 'commune', dueOn: '2026-01-12', isOverdue: true });
    expect(deadlineOf({ status: 'draft', since: new Date(), now: new Date() })?.dueOn).toBeNull();
    expect(deadlineOf({ status: 'accepted_into_pool', since: new Date(), now: new Date() })).toBeUndefined();
  });
});
