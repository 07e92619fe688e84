/**
 * Kết quả của hồ sơ — what became of a dossier once it was accepted for evaluation: still waiting
 * for a council, scored and waiting for the decision, certified N★ (decision and certificate),
 * not certified (with the council's reason), or forwarded to the next level (the ministry's
 * central council). Derived from the council results and the decisions; never stored.
 */
import type { DecisionStatus } from '../evaluation/decision-workflow';
import type { DossierStatus, DossierType } from './dossier.types';

export const DOSSIER_OUTCOME_KINDS = [
  'in-evaluation',
  'awaiting-decision',
  'certified',
  'not-certified',
  'forwarded',
] as const;
export type DossierOutcomeKind = (typeof DOSSIER_OUTCOME_KINDS)[number];

/** Levels a council sits at (the route of a forwarded result names one). */
export type CouncilLevel = 'district' | 'province' | 'central';

const LEVEL_LABELS = {
  district: { vi: 'cấp huyện', en: 'the district level' },
  province: { vi: 'cấp tỉnh', en: 'the province' },
  central: {
    vi: 'Bộ Nông nghiệp và Môi trường (Hội đồng cấp trung ương)',
    en: 'the ministry (central council)',
  },
} as const satisfies Record<CouncilLevel, { vi: string; en: string }>;

/** One adopted council result of the dossier, with the decision and certificate that followed it. */
export interface DossierResultFacts {
  level: CouncilLevel;
  adoptedAt: Date;
  routeAction: 'certify' | 'forward' | 'fall-back' | 'not-certified';
  routeTargetLevel: string | null;
  stars: number | null;
  meanHundredths: number;
  explanationVi: string;
  explanationEn: string;
  blockedBy: { criterionCode: string; star: number; titleVi: string }[];
  decision: { number: string; signedOn: string; issuerName: string; status: DecisionStatus } | null;
  certificate: {
    id: string;
    number: string;
    stars: number;
    issuedOn: string;
    validUntil: string;
    status: 'valid' | 'expired' | 'superseded' | 'revoked';
  } | null;
}

export interface DossierOutcome {
  kind: DossierOutcomeKind;
  labelVi: string;
  labelEn: string;
  stars: number | null;
  /** Mean of the counted members' totals, in points (null before a result). */
  points: number | null;
  /** Why not certified: the council's explanation and any ★ mandatory criteria that held it back. */
  reasonVi: string | null;
  reasonEn: string | null;
  /** The level a forwarded dossier went to. */
  forwardedTo: CouncilLevel | null;
  decision: { number: string; signedOn: string; issuerName: string } | null;
  certificate: DossierResultFacts['certificate'];
}

function isCouncilLevel(value: string | null): value is CouncilLevel {
  return value === 'district' || value === 'province' || value === 'central';
}

function reasonOf(result: DossierResultFacts): { vi: string; en: string } {
  const blocked = result.blockedBy.map((b) => `${b.criterionCode} (★${b.star}) ${b.titleVi}`);
  if (blocked.length === 0) return { vi: result.explanationVi, en: result.explanationEn };
  return {
    vi: `${result.explanationVi} Tiêu chí bắt buộc chưa đạt: ${blocked.join('; ')}.`,
    en: `${result.explanationEn} Mandatory criteria not met: ${blocked.join('; ')}.`,
  };
}

function certifiedOutcome(result: DossierResultFacts, points: number): DossierOutcome {
  const stars = result.certificate?.stars ?? result.stars;
  const base = {
    stars,
    points,
    reasonVi: null,
    reasonEn: null,
    forwardedTo: null,
    certificate: result.certificate,
  };
  const decision = result.decision?.status === 'approved' ? result.decision : null;
  if (!decision || !result.certificate)
    return {
      ...base,
      kind: 'awaiting-decision',
      labelVi: `Hội đồng đề nghị công nhận ${stars} sao, chờ quyết định`,
      labelEn: `Council proposes ${stars}★, awaiting the decision`,
      decision: null,
    };
  return {
    ...base,
    kind: 'certified',
    labelVi: `Đã công nhận ${stars} sao — Quyết định ${decision.number}, giấy chứng nhận số ${result.certificate.number}`,
    labelEn: `Certified ${stars}★ — decision ${decision.number}, certificate no. ${result.certificate.number}`,
    decision: { number: decision.number, signedOn: decision.signedOn, issuerName: decision.issuerName },
  };
}

/**
 * The outcome of a dossier, or null while it is still in intake (not yet accepted for evaluation).
 * The latest adopted result decides: a forwarded result is followed by the next level's result
 * once that council adopts one.
 */
export function deriveDossierOutcome(
  status: DossierStatus,
  results: readonly DossierResultFacts[],
): DossierOutcome | null {
  if (status !== 'accepted_into_pool') return null;
  const latest = [...results].sort((a, b) => b.adoptedAt.getTime() - a.adoptedAt.getTime())[0];
  const empty = {
    stars: null,
    points: null,
    reasonVi: null,
    reasonEn: null,
    forwardedTo: null,
    decision: null,
    certificate: null,
  };
  if (!latest)
    return {
      ...empty,
      kind: 'in-evaluation',
      labelVi: 'Đã tiếp nhận, chờ hội đồng đánh giá',
      labelEn: 'Accepted, awaiting the council',
    };
  const points = latest.meanHundredths / 100;
  switch (latest.routeAction) {
    case 'certify':
    case 'fall-back':
      return certifiedOutcome(latest, points);
    case 'forward': {
      const to = isCouncilLevel(latest.routeTargetLevel) ? latest.routeTargetLevel : 'central';
      return {
        ...empty,
        kind: 'forwarded',
        stars: latest.stars,
        points,
        forwardedTo: to,
        labelVi: `Đã chuyển ${LEVEL_LABELS[to].vi} đánh giá (${points.toFixed(2)} điểm)`,
        labelEn: `Forwarded to ${LEVEL_LABELS[to].en} (${points.toFixed(2)} points)`,
      };
    }
    case 'not-certified': {
      const reason = reasonOf(latest);
      return {
        ...empty,
        kind: 'not-certified',
        stars: latest.stars,
        points,
        reasonVi: reason.vi,
        reasonEn: reason.en,
        labelVi: 'Không được công nhận',
        labelEn: 'Not certified',
      };
    }
  }
}

/**
 * Which kinds of dossier a product may open. A product holding a valid certificate is upgraded
 * (nâng hạng) or re-evaluated (đánh giá lại) — never evaluated "for the first time" again (the
 * server refuses it). Otherwise a first evaluation, and an upgrade or re-evaluation only when an
 * earlier dossier was accepted for evaluation (they start from it).
 */
export function allowedDossierTypes(facts: {
  hasValidCertificate: boolean;
  hasEvaluatedDossier: boolean;
}): DossierType[] {
  if (facts.hasValidCertificate) return ['upgrade', 're-evaluation'];
  return facts.hasEvaluatedDossier ? ['first', 'upgrade', 're-evaluation'] : ['first'];
}
