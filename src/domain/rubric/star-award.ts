/**
 * Awarding stars (phân hạng): the highest band, at or below the band of the council's mean, whose
 * mandatory criteria (tiêu chí bắt buộc) are all met — with a producer-readable explanation of
 * what keeps the product from the next band. Pure.
 */
import { DEFAULT_COUNCIL_SETTINGS, type CouncilSettings } from './council-settings';
import { listScorableCriteria } from './rubric-tree';
import type { Choices } from './score-sheet';
import { bandForPoints, STAR_BANDS_148, type StarBandSet, type StarCount } from './star-bands';
import type { KnockOutNote, MandatoryStarLevel, RubricCriterion, RubricSheet } from './rubric.types';

/** One mandatory minimum: "for `star` stars, criterion `criterionCode` needs at least …". */
export interface MandatoryRequirement {
  criterionCode: string;
  criterionTitleVi: string;
  star: MandatoryStarLevel;
  kind: 'option' | 'whole-criterion';
  /** For 'option': the flagged option (1-based) and its points. */
  requiredOptionNumber?: number;
  requiredPoints?: number;
}

/** Every mandatory requirement of a sheet, in sheet order, lowest star first per criterion. */
export function listMandatoryRequirements(sheet: RubricSheet): MandatoryRequirement[] {
  const out: MandatoryRequirement[] = [];
  for (const { criterion } of listScorableCriteria(sheet)) {
    for (const star of [3, 4, 5] as const) {
      let flagged: { index: number; points: number } | undefined;
      criterion.options.forEach((o, index) => {
        if (o.mandatoryForStar === star && (!flagged || o.points < flagged.points))
          flagged = { index, points: o.points };
      });
      if (flagged)
        out.push({
          criterionCode: criterion.code,
          criterionTitleVi: criterion.titleVi,
          star,
          kind: 'option',
          requiredOptionNumber: flagged.index + 1,
          requiredPoints: flagged.points,
        });
      if (criterion.mandatoryForStar === star)
        out.push({
          criterionCode: criterion.code,
          criterionTitleVi: criterion.titleVi,
          star,
          kind: 'whole-criterion',
        });
    }
  }
  return out;
}

export interface MemberChoices {
  name: string;
  choices: Choices;
  knockOuts?: readonly string[];
}

type Settings = Pick<CouncilSettings, 'mandatoryConsensus' | 'wholeCriterionReading' | 'knockOutConsensus'>;

function memberMeets(
  req: MandatoryRequirement,
  criterion: RubricCriterion,
  choice: number,
  reading: Settings['wholeCriterionReading'],
): boolean {
  if (choice < 1) return false;
  const points = criterion.options[choice - 1]?.points ?? 0;
  if (req.kind === 'option') return points >= (req.requiredPoints ?? 0);
  if (reading === 'any-option') return true;
  if (reading === 'best-option') return points >= Math.max(...criterion.options.map((o) => o.points));
  return points > 0;
}

/**
 * Whether the council meets a requirement. Members who did not answer the criterion (the other
 * case of a case block) are not counted; with nobody counted the requirement does not apply.
 * 'majority' (default): more than half of the counted members meet it — the same as "the lower
 * median of the members' choices meets it". 'every-member': all of them.
 */
export function isRequirementMet(
  req: MandatoryRequirement,
  sheet: RubricSheet,
  members: readonly MemberChoices[],
  settings: Settings = DEFAULT_COUNCIL_SETTINGS,
): boolean {
  const criterion = listScorableCriteria(sheet).find(
    (s) => s.criterion.code === req.criterionCode,
  )?.criterion;
  if (!criterion) return true;
  const answered = members
    .map((m) => m.choices[req.criterionCode])
    .filter((c): c is number => c !== undefined);
  if (answered.length === 0) return true;
  const meets = answered.filter((c) => memberMeets(req, criterion, c, settings.wholeCriterionReading)).length;
  return settings.mandatoryConsensus === 'every-member'
    ? meets === answered.length
    : meets * 2 > answered.length;
}

export interface ConfirmedKnockOut {
  criterionCode: string;
  memberCount: number;
  /** "Không đánh giá tiếp: <the note>" — shown wherever the result is shown. */
  reasonVi: string;
  reasonEn: string;
}

/** The knock-out note of a criterion (heading or scorable) of a sheet, if it carries one. */
export function findKnockOutNote(sheet: RubricSheet, criterionCode: string): KnockOutNote | undefined {
  for (const { criterion } of listScorableCriteria(sheet))
    if (criterion.code === criterionCode && criterion.knockOut) return criterion.knockOut;
  for (const part of sheet.parts)
    for (const group of part.groups)
      for (const c of group.criteria) if (c.code === criterionCode && c.knockOut) return c.knockOut;
  return undefined;
}

/** "Không đánh giá tiếp: …" for a knock-out note (its printed "Ghi chú:" prefix dropped). */
export function knockOutReason(
  criterionCode: string,
  note: KnockOutNote | undefined,
): { reasonVi: string; reasonEn: string } {
  const vi = (note?.textVi ?? '').replace(/^\s*Ghi chú:\s*/i, '').trim();
  const en = (note?.textEn ?? '').trim();
  return {
    reasonVi: `Không đánh giá tiếp: ${vi || 'ghi chú loại'} (tiêu chí ${criterionCode})`,
    reasonEn: `Not evaluated further: ${en || 'knock-out note'} (criterion ${criterionCode})`,
  };
}

export interface StarAward {
  /** Band of the mean alone. */
  bandStars: StarCount;
  /** Awarded stars; null when a knock-out stops the evaluation. */
  stars: StarCount | null;
  isCertifiable: boolean;
  knockOuts: ConfirmedKnockOut[];
  /** Unmet mandatory requirements at or below the band of the mean (what lowered the stars). */
  blockedBy: MandatoryRequirement[];
  /** What the next band needs; absent at 5★ or after a knock-out. */
  nextBand?: { stars: StarCount; pointsMissing: number; unmetRequirements: MandatoryRequirement[] };
  explanationVi: string;
  explanationEn: string;
}

export interface AwardStarsInput {
  sheet: RubricSheet;
  /** The council's mean (already rounded, see aggregateRound). */
  mean: number;
  /** The counted members' choices (for mandatory criteria and knock-outs). */
  members: readonly MemberChoices[];
  bands?: StarBandSet;
  settings?: Settings;
}

const fmtVi = (n: number): string => n.toFixed(2).replace('.', ',');
const fmtEn = (n: number): string => n.toFixed(2);
const codeList = (reqs: readonly MandatoryRequirement[]): string =>
  [...new Set(reqs.map((r) => `${r.criterionCode} (${r.criterionTitleVi})`))].join('; ');

/**
 * Stars for a product: knock-out confirmed (per `knockOutConsensus`) → null; otherwise the
 * highest band s ≤ band(mean) such that every requirement with star ≤ s is met. Invariant: never
 * above the band of the mean; 1★ and 2★ have no mandatory criteria.
 */
export function awardStars(input: AwardStarsInput): StarAward {
  const bands = input.bands ?? STAR_BANDS_148;
  const settings = input.settings ?? DEFAULT_COUNCIL_SETTINGS;
  const band = bandForPoints(input.mean, bands) ?? bands.bands[0]!;
  const bandStars = band.stars;

  const koCounts = new Map<string, number>();
  for (const m of input.members)
    for (const code of new Set(m.knockOuts ?? [])) koCounts.set(code, (koCounts.get(code) ?? 0) + 1);
  const knockOuts = [...koCounts]
    .filter(([, count]) =>
      settings.knockOutConsensus === 'any-member' ? count > 0 : count * 2 > input.members.length,
    )
    .map(([criterionCode, memberCount]) => ({
      criterionCode,
      memberCount,
      ...knockOutReason(criterionCode, findKnockOutNote(input.sheet, criterionCode)),
    }));
  if (knockOuts.length > 0) {
    return {
      bandStars,
      stars: null,
      isCertifiable: false,
      knockOuts,
      blockedBy: [],
      explanationVi: `${knockOuts.map((k) => k.reasonVi).join('; ')}. Không xếp hạng sao.`,
      explanationEn: `${knockOuts.map((k) => k.reasonEn).join('; ')}. No star ranking.`,
    };
  }

  const requirements = listMandatoryRequirements(input.sheet);
  const unmet = requirements.filter((r) => !isRequirementMet(r, input.sheet, input.members, settings));
  let stars: StarCount = bandStars;
  while (stars > 1 && unmet.some((r) => r.star <= stars)) stars = (stars - 1) as StarCount;
  const blockedBy = unmet.filter((r) => r.star <= bandStars);
  const isCertifiable = stars >= bands.certifiableFromStars;

  const next = bands.bands.find((b) => b.stars === stars + 1);
  const nextBand = next
    ? {
        stars: next.stars,
        pointsMissing: Math.max(0, Math.round((next.minPoints - input.mean) * 100) / 100),
        unmetRequirements: unmet.filter((r) => r.star <= next.stars),
      }
    : undefined;

  const vi: string[] = [`Điểm trung bình ${fmtVi(input.mean)} thuộc khoảng ${bandStars} sao.`];
  const en: string[] = [`Mean ${fmtEn(input.mean)} falls in the ${bandStars}★ band.`];
  if (stars < bandStars) {
    vi.push(`Xếp hạng ${stars} sao vì chưa đạt tiêu chí bắt buộc: ${codeList(blockedBy)}.`);
    en.push(`Ranked ${stars}★ because mandatory criteria are not met: ${codeList(blockedBy)}.`);
  } else {
    vi.push(`Xếp hạng ${stars} sao.`);
    en.push(`Ranked ${stars}★.`);
  }
  vi.push(
    isCertifiable
      ? 'Đủ điều kiện công nhận.'
      : `Chưa đủ điều kiện công nhận (từ ${bands.certifiableFromStars} sao).`,
  );
  en.push(isCertifiable ? 'Certifiable.' : `Not certifiable (from ${bands.certifiableFromStars}★).`);
  if (nextBand) {
    const needVi: string[] = [];
    const needEn: string[] = [];
    if (nextBand.pointsMissing > 0) {
      needVi.push(`thêm ${fmtVi(nextBand.pointsMissing)} điểm`);
      needEn.push(`${fmtEn(nextBand.pointsMissing)} more points`);
    }
    if (nextBand.unmetRequirements.length > 0) {
      needVi.push(`đạt tiêu chí bắt buộc ${codeList(nextBand.unmetRequirements)}`);
      needEn.push(`to meet mandatory criteria ${codeList(nextBand.unmetRequirements)}`);
    }
    vi.push(`Để đạt ${nextBand.stars} sao cần ${needVi.join(' và ')}.`);
    en.push(`${nextBand.stars}★ needs ${needEn.join(' and ')}.`);
  }
  return {
    bandStars,
    stars,
    isCertifiable,
    knockOuts: [],
    blockedBy,
    ...(nextBand ? { nextBand } : {}),
    explanationVi: vi.join(' '),
    explanationEn: en.join(' '),
  };
}
