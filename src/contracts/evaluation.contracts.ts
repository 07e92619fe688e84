/**
 * Councils, rounds, score sheets, results, decisions and certificates (issue 5): one zod schema
 * pair per endpoint, shared by the server routes and the web forms.
 */
import { z } from 'zod';
import { positiveInt32, queryInt32, versionField } from './shared.contracts';
import {
  AGENCIES,
  CERTIFICATE_STATUSES,
  COUNCIL_LEVELS,
  COUNCIL_MEMBER_ROLES,
} from '../domain/evaluation/evaluation.types';
import { DECISION_STATUSES } from '../domain/evaluation/decision-workflow';
import { ROUND_STATUSES } from '../domain/evaluation/round-workflow';
import { CERTIFICATE_EVENT_KINDS } from '../domain/evaluation/certificate-history';
import { ProblemOutput } from './problem.contracts';
import { DistrictWordingOutput } from './rubrics.contracts';

const IsoDate = z.iso.date();
const Text = (max: number) => z.string().trim().min(1).max(max);
const Bilingual = { messageVi: z.string(), messageEn: z.string() };

// ── councils ────────────────────────────────────────────────────────────────
export const CouncilMemberInput = z.object({
  accountId: z
    .uuid()
    .nullable()
    .optional()
    .describe('The account that scores; null for a member scoring on paper'),
  fullName: Text(200),
  agency: z.enum(AGENCIES),
  position: Text(200),
  organisation: z.string().trim().max(300).optional(),
  role: z.enum(COUNCIL_MEMBER_ROLES),
});
export const CreateCouncilInput = z
  .object({
    unitId: z.uuid().describe('Province (or the nation for a central council)'),
    name: Text(300),
    establishedBy: z.string().trim().max(200).optional(),
    termFrom: IsoDate,
    termTo: IsoDate.nullable().optional(),
    members: z.array(CouncilMemberInput).min(1).max(40),
  })
  .meta({ id: 'CreateCouncilInput' });
export type CreateCouncilInput = z.infer<typeof CreateCouncilInput>;

/**
 * Editing a council: name, decision, term, members and advisory team (the unit stays), sent whole
 * as the form holds it (an omitted `establishedBy` or `termTo` is cleared). A member
 * with an `id` keeps their seat (and their sheets); one without is added; a current member left
 * out is removed (refused while they score an open round). `version` is the one read: a stale
 * one gets 409.
 */
export const UpdateCouncilInput = CreateCouncilInput.omit({ unitId: true })
  .extend({
    members: z
      .array(
        CouncilMemberInput.extend({
          id: z.uuid().optional().describe('The seat being edited; absent for a new member'),
        }),
      )
      .min(1)
      .max(40),
    version: versionField(),
  })
  .meta({ id: 'UpdateCouncilInput' });
export type UpdateCouncilInput = z.infer<typeof UpdateCouncilInput>;
/** 409 of updateCouncil: a stale version, or the seats still scoring (each product listed). */
export const UpdateCouncilConflict = ProblemOutput.extend({
  assignedProducts: z
    .array(z.object({ memberName: z.string(), productName: z.string(), roundName: z.string() }))
    .optional(),
}).meta({ id: 'UpdateCouncilConflict' });

export const CouncilMemberOutput = z.object({
  id: z.uuid(),
  accountId: z.uuid().nullable(),
  fullName: z.string(),
  agency: z.string(),
  position: z.string(),
  organisation: z.string(),
  role: z.enum(COUNCIL_MEMBER_ROLES),
});
export const CouncilOutput = z
  .object({
    id: z.uuid(),
    unitId: z.uuid(),
    unitName: z.string(),
    level: z.enum(COUNCIL_LEVELS),
    name: z.string(),
    establishedBy: z.string(),
    termFrom: z.string(),
    termTo: z.string().nullable(),
    members: z.array(CouncilMemberOutput),
    /** Members an edit removed: past rounds and sheets still name them. */
    formerMembers: z.array(z.object({ id: z.uuid(), fullName: z.string(), removedAt: z.string() })),
    version: z.number().int(),
    /** The viewer may edit the council (standing office of its unit). */
    canManage: z.boolean(),
  })
  .meta({ id: 'Council' });
export type CouncilOutput = z.infer<typeof CouncilOutput>;
export const ListCouncilsOutput = z.object({ items: z.array(CouncilOutput), total: z.number().int() });
export type ListCouncilsOutput = z.infer<typeof ListCouncilsOutput>;
/** One page of an evaluation list (councils, rounds, decisions). */
export const EvaluationListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: queryInt32().min(0).default(0),
});
export type EvaluationListQuery = z.infer<typeof EvaluationListQuery>;

// ── rounds ──────────────────────────────────────────────────────────────────
export const PoolQuery = z.object({
  councilId: z.uuid(),
  set: z.coerce.number().int().min(1).max(99).optional().describe('Only this product set'),
});
export const PoolItemOutput = z.object({
  dossierId: z.uuid(),
  productId: z.uuid(),
  productName: z.string(),
  producerId: z.uuid(),
  producerName: z.string(),
  communeName: z.string(),
  productSet: z.number().int(),
  rubricVersionId: z.string(),
  dossierType: z.string(),
  sourceResultId: z.uuid().nullable(),
  provincialMean: z.number().nullable(),
});
export const PoolOutput = z.object({ items: z.array(PoolItemOutput) });

export const CreateRoundInput = z
  .object({
    councilId: z.uuid(),
    name: Text(300),
    meetingOn: IsoDate,
    meetingEndOn: IsoDate.nullable().optional(),
    dossierIds: z.array(z.uuid()).min(1).max(200),
    /** Members assigned to every product (default: every voting member with an account). */
    memberIds: z.array(z.uuid()).max(40).optional(),
    /** Per-product assignment (phân công theo sản phẩm); a product not listed gets `memberIds`. */
    assignments: z
      .array(z.object({ dossierId: z.uuid(), memberIds: z.array(z.uuid()).min(1).max(40) }))
      .max(200)
      .optional(),
  })
  .meta({ id: 'CreateRoundInput' });
export type CreateRoundInput = z.infer<typeof CreateRoundInput>;

export const OpenRoundInput = z.object({
  distributedOn: IsoDate.describe('Day the dossiers reach the members'),
  meetingDateOverrideReason: z.string().trim().min(5).max(1000).optional(),
  compositionOverrideReason: z.string().trim().min(5).max(1000).optional(),
});
export type OpenRoundInput = z.infer<typeof OpenRoundInput>;

export const ProblemItem = z.object({ code: z.string(), ...Bilingual });
export const RoundProductOutput = z.object({
  /** Set 26: the case every member scores in each "choose one of two cases" block (`C.8` → 2). */
  caseChoices: z.record(z.string(), z.number().int()),
  id: z.uuid(),
  dossierId: z.uuid(),
  productId: z.uuid(),
  productName: z.string(),
  producerName: z.string(),
  communeName: z.string(),
  productSet: z.number().int(),
  rubricVersionId: z.string(),
  requiresOnSiteInspection: z.boolean(),
  isAssignedToMe: z.boolean(),
  myDeclaration: z.enum(['none', 'conflict']).nullable(),
  mySheetStatus: z.enum(['draft', 'submitted']).nullable(),
  memberIds: z.array(z.uuid()),
});
export const RoundOutput = z
  .object({
    id: z.uuid(),
    councilId: z.uuid(),
    councilName: z.string(),
    unitId: z.uuid(),
    level: z.enum(COUNCIL_LEVELS),
    name: z.string(),
    status: z.enum(ROUND_STATUSES),
    meetingOn: z.string(),
    distributedOn: z.string().nullable(),
    dispersionThresholdPoints: z.number(),
    compositionProblems: z.array(ProblemItem),
    meetingDateOverride: z.object({ reason: z.string(), byName: z.string(), at: z.string() }).nullable(),
    compositionOverride: z.object({ reason: z.string(), byName: z.string(), at: z.string() }).nullable(),
    myMemberId: z.uuid().nullable(),
    isChair: z.boolean(),
    canManage: z.boolean(),
    products: z.array(RoundProductOutput),
    version: z.number().int(),
  })
  .meta({ id: 'Round' });
export type RoundOutput = z.infer<typeof RoundOutput>;
export const ListRoundsOutput = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      status: z.enum(ROUND_STATUSES),
      level: z.enum(COUNCIL_LEVELS),
      meetingOn: z.string(),
      councilName: z.string(),
      productCount: z.number().int(),
    }),
  ),
  total: z.number().int(),
});
export type ListRoundsOutput = z.infer<typeof ListRoundsOutput>;

export const RoundProductParams = z.object({
  id: z.uuid(),
  productId: z.uuid().describe('Round product (agenda item) id'),
});
export const RoundEvidenceParams = RoundProductParams.extend({
  evidenceId: z.uuid().describe('Evidence id as linked in the dossier'),
});

export const DeclareConflictInput = z.object({
  declaration: z.enum(['none', 'conflict']),
  note: z.string().trim().max(2000).optional(),
});

export const SaveSheetInput = z.object({
  choices: z.record(z.string(), z.number().int().min(0).max(20)),
  knockOuts: z.array(z.string()).max(50).optional(),
  comment: z.string().max(5000).optional(),
  revision: positiveInt32().describe('The revision read; a stale one gets 409'),
});
export type SaveSheetInput = z.infer<typeof SaveSheetInput>;
export const SubmitSheetInput = z.object({ revision: positiveInt32() });
export const RescoreInput = z.object({ reason: z.string().trim().min(3).max(2000) });

/** The case of every case block of a set-26 product (community tourism = 1, a tourist spot = 2), corrected by the standing office before scoring. */
export const SetRoundProductCaseInput = z
  .object({
    caseChoices: z
      .record(z.string().max(20), z.number().int().min(1).max(9))
      .describe('Case block (e.g. C.8) → case number'),
    reason: z.string().trim().min(3).max(2000).describe('Why the case read from Biểu 2 is corrected'),
  })
  .meta({ id: 'SetRoundProductCaseInput' });
export type SetRoundProductCaseInput = z.infer<typeof SetRoundProductCaseInput>;

/**
 * A sheet not verified against the gazette (set 26, sets 11–13…): shown on the score sheet, the
 * chair's view, the results and the decision draft; `acknowledgement` once the standing office
 * acknowledged it (required before a certificate is issued).
 */
export const SheetWarningOutput = z
  .object({
    status: z.enum(['provisional', 'unverified']),
    ...Bilingual,
    acknowledgement: z.object({ note: z.string(), byName: z.string(), at: z.string() }).nullable(),
  })
  .meta({ id: 'SheetWarning' });
export type SheetWarningOutput = z.infer<typeof SheetWarningOutput>;

export const SheetOutput = z.object({
  id: z.uuid(),
  memberId: z.uuid(),
  memberName: z.string(),
  version: z.number().int(),
  status: z.enum(['draft', 'submitted']),
  choices: z.record(z.string(), z.number()),
  knockOuts: z.array(z.string()),
  comment: z.string(),
  total: z.number(),
  reason: z.string().nullable(),
  revision: z.number().int(),
  submittedAt: z.string().nullable(),
});
export type SheetOutput = z.infer<typeof SheetOutput>;

export const MySheetOutput = z
  .object({
    roundProduct: RoundProductOutput,
    roundStatus: z.enum(ROUND_STATUSES),
    sheet: SheetOutput.nullable(),
    history: z.array(SheetOutput),
    declaration: z.enum(['none', 'conflict']).nullable(),
    conflictHints: z.array(ProblemItem),
    /** Biểu 2 — the producer's self-assessment: criterion code → option. */
    selfAssessment: z.record(z.string(), z.number()),
    /** Biểu 3 — the commune's choices: criterion code → option. */
    communeAssessment: z.record(z.string(), z.number()),
    /** The dossier's evidence (frozen at submit); `criterionCodes` are the criteria it was linked to in Biểu 2. */
    evidence: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        documentType: z.string(),
        fileName: z.string(),
        mediaType: z.string(),
        sizeBytes: z.number().int(),
        criterionCodes: z.array(z.string()),
        downloadUrl: z
          .string()
          .describe('Audited download, open to assigned members while the round is open'),
      }),
    ),
    canSeeOthers: z.boolean(),
    /** Null when the sheet is verified. */
    sheetWarning: SheetWarningOutput.nullable(),
    /** How "cấp huyện" reads for this producer, and the criteria that speak of it. */
    districtWording: DistrictWordingOutput,
  })
  .meta({ id: 'MyScoreSheet' });
export type MySheetOutput = z.infer<typeof MySheetOutput>;
export const ProductSheetsOutput = z.object({ items: z.array(SheetOutput) });

export const RequestRescoreInput = z.object({
  roundProductId: z.uuid(),
  memberIds: z.array(z.uuid()).min(1).max(40),
  reason: z.string().trim().min(3).max(2000),
});

/** A knock-out note a majority recorded: the product is not evaluated further ("Không đánh giá tiếp: …"). */
export const KnockOutOutput = z
  .object({ criterionCode: z.string(), reasonVi: z.string(), reasonEn: z.string() })
  .meta({ id: 'KnockOut' });
const GapOutput = z.object({
  memberId: z.uuid(),
  name: z.string(),
  total: z.number(),
  deviationFromMean: z.number(),
  largestGap: z.number(),
  excess: z.number(),
  isOutlier: z.boolean(),
});
export const ChairProductOutput = z.object({
  roundProductId: z.uuid(),
  productName: z.string(),
  producerName: z.string(),
  productSet: z.number().int(),
  assignedCount: z.number().int(),
  abstainedCount: z.number().int(),
  submittedCount: z.number().int(),
  pending: z.array(z.object({ memberId: z.uuid(), name: z.string() })),
  /** Members who declared a conflict of interest: their sheets do not count. */
  abstained: z.array(z.object({ memberId: z.uuid(), name: z.string() })),
  mean: z.number().nullable(),
  spread: z.number(),
  thresholdPoints: z.number(),
  isDispersionExceeded: z.boolean(),
  /** Counted against the council's voting members on the meeting date. */
  quorum: z.object({
    isMet: z.boolean(),
    councilSize: z.number().int(),
    presentCount: z.number().int(),
    requiredCount: z.number().int(),
    chairedBy: z.enum(['chair', 'vice_chair']).nullable(),
    mode: z.enum(['meeting', 'written-opinion']),
    attendanceSource: z.enum(['recorded', 'derived-from-sheets']),
    readingVi: z.string(),
    readingEn: z.string(),
    reasonsVi: z.array(z.string()),
    reasonsEn: z.array(z.string()),
  }),
  gaps: z.array(GapOutput),
  criterionSpreads: z.array(
    z.object({ criterionCode: z.string(), min: z.number(), max: z.number(), spreadPoints: z.number() }),
  ),
  stars: z.number().int().nullable(),
  bandStars: z.number().int().nullable(),
  /** Empty unless a majority recorded a knock-out note: then stars is null. */
  knockOuts: z.array(KnockOutOutput.extend({ memberCount: z.number().int() })),
  explanationVi: z.string().nullable(),
  explanationEn: z.string().nullable(),
  routeAction: z.string().nullable(),
  routeReading: z.enum(['points', 'stars']).nullable(),
  routeExplanationVi: z.string().nullable(),
  routeExplanationEn: z.string().nullable(),
  blockers: z.array(ProblemItem),
  sheetWarning: SheetWarningOutput.nullable(),
});
export const ChairViewOutput = z
  .object({
    roundId: z.uuid(),
    status: z.enum(ROUND_STATUSES),
    canAdopt: z.boolean(),
    products: z.array(ChairProductOutput),
  })
  .meta({ id: 'ChairView' });
export type ChairViewOutput = z.infer<typeof ChairViewOutput>;

export const RoundResultOutput = z.object({
  id: z.uuid(),
  roundProductId: z.uuid(),
  productId: z.uuid(),
  productName: z.string(),
  producerName: z.string(),
  productSet: z.number().int(),
  mean: z.number(),
  bandStars: z.number().int(),
  stars: z.number().int().nullable(),
  isCertifiable: z.boolean(),
  /** Empty unless the evaluation was stopped by a knock-out note (stars null, never certified). */
  knockOuts: z.array(KnockOutOutput),
  routeAction: z.string(),
  routeTargetLevel: z.string().nullable(),
  explanationVi: z.string(),
  explanationEn: z.string(),
  memberTotals: z.array(
    z.object({ memberId: z.string(), name: z.string(), total: z.number(), version: z.number() }),
  ),
  adoptedAt: z.string(),
  decisionId: z.uuid().nullable(),
  /** 'points' or 'stars'; null on results adopted before the reading was recorded. */
  routeReading: z.enum(['points', 'stars']).nullable(),
  sheetWarning: SheetWarningOutput.nullable(),
});
export type RoundResultOutput = z.infer<typeof RoundResultOutput>;
export const RoundResultsOutput = z
  .object({ roundId: z.uuid(), status: z.enum(ROUND_STATUSES), items: z.array(RoundResultOutput) })
  .meta({ id: 'RoundResults' });

/** The standing office acknowledges that a result rests on a sheet not verified against the gazette. */
export const AcknowledgeSheetInput = z
  .object({
    note: z.string().trim().min(3).max(2000).describe('Why the result may be certified on this sheet'),
  })
  .meta({ id: 'AcknowledgeSheetInput' });
export type AcknowledgeSheetInput = z.infer<typeof AcknowledgeSheetInput>;
export const RoundResultParams = z.object({ id: z.uuid(), resultId: z.uuid() });

// ── attendance (điểm danh) ──────────────────────────────────────────────────
export const RecordAttendanceInput = z
  .object({
    evaluationMode: z
      .enum(['meeting', 'written-opinion'])
      .default('meeting')
      .describe('written-opinion: quorum = opinions returned'),
    chairedBy: z
      .enum(['chair', 'vice_chair'])
      .nullable()
      .describe('Who chaired the meeting; null for written opinions'),
    members: z
      .array(
        z.object({
          memberId: z.uuid(),
          isPresent: z.boolean(),
          leftAt: z.iso.datetime({ offset: true }).nullable().optional().describe('Left during the meeting'),
        }),
      )
      .max(60),
  })
  .meta({ id: 'RecordAttendanceInput' });
export type RecordAttendanceInput = z.infer<typeof RecordAttendanceInput>;
export const AttendanceOutput = z
  .object({
    roundId: z.uuid(),
    evaluationMode: z.enum(['meeting', 'written-opinion']),
    chairedBy: z.enum(['chair', 'vice_chair']).nullable(),
    source: z.enum(['recorded', 'derived-from-sheets']),
    /** The quorum rule the round copied from its province's council settings when it was created. */
    quorumRule: z.object({ vi: z.string(), en: z.string() }),
    /** The council's voting members on the meeting date. */
    members: z.array(
      z.object({
        memberId: z.uuid(),
        fullName: z.string(),
        role: z.enum(['chair', 'vice_chair', 'member']),
        isPresent: z.boolean(),
        leftAt: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'Attendance' });
export type AttendanceOutput = z.infer<typeof AttendanceOutput>;

// ── decisions ───────────────────────────────────────────────────────────────
export const DraftDecisionInput = z
  .object({
    roundId: z.uuid(),
    number: Text(60).describe('Số quyết định, e.g. 1234/QĐ-UBND'),
    signedOn: IsoDate,
    titleVi: z.string().trim().max(500).optional(),
    legalBases: z.array(Text(500)).max(20).optional(),
    resultIds: z.array(z.uuid()).max(500).optional().describe('Default: every result this level certifies'),
  })
  .meta({ id: 'DraftDecisionInput' });
export type DraftDecisionInput = z.infer<typeof DraftDecisionInput>;

export const DecisionOutput = z
  .object({
    id: z.uuid(),
    unitId: z.uuid(),
    level: z.enum(COUNCIL_LEVELS),
    roundId: z.uuid().nullable(),
    number: z.string(),
    signedOn: z.string(),
    titleVi: z.string(),
    legalBases: z.array(z.string()),
    issuerName: z.string(),
    status: z.enum(DECISION_STATUSES),
    /** The leader's reason for the last return (kept after the office resubmits). */
    returnReason: z.string().nullable(),
    returnedByName: z.string().nullable(),
    returnedAt: z.string().nullable(),
    approvedByName: z.string().nullable(),
    approvedAt: z.string().nullable(),
    /** Bản quét quyết định đã ký — the signed scan (PDF), once attached. */
    signedScan: z.object({ fileName: z.string(), sha256: z.string() }).nullable(),
    items: z.array(
      z.object({
        id: z.uuid(),
        roundResultId: z.uuid(),
        productId: z.uuid(),
        productName: z.string(),
        producerName: z.string(),
        productSet: z.number().int(),
        stars: z.number().int(),
        mean: z.number(),
        certificateId: z.uuid().nullable(),
        certificateNumber: z.string().nullable(),
        sheetWarning: SheetWarningOutput.nullable(),
      }),
    ),
    version: z.number().int(),
  })
  .meta({ id: 'Decision' });
export type DecisionOutput = z.infer<typeof DecisionOutput>;
export const ListDecisionsOutput = z.object({
  items: z.array(DecisionOutput.omit({ items: true }).extend({ itemCount: z.number().int() })),
  total: z.number().int(),
});
export type ListDecisionsOutput = z.infer<typeof ListDecisionsOutput>;

// ── certificates ────────────────────────────────────────────────────────────
export const CertificateOutput = z
  .object({
    id: z.uuid(),
    number: z.string(),
    status: z.enum(CERTIFICATE_STATUSES),
    productId: z.uuid(),
    productName: z.string(),
    productSet: z.number().int(),
    producerId: z.uuid(),
    producerName: z.string(),
    communeName: z.string(),
    provinceName: z.string(),
    stars: z.number().int(),
    issuedOn: z.string(),
    validUntil: z.string(),
    issuerName: z.string(),
    decisionId: z.uuid(),
    decisionNumber: z.string(),
    decisionDate: z.string(),
    /** Căn cứ pháp lý — the decision in force on the issue date ("Quyết định 1048/QĐ-TTg …" before 24/02/2023); null before 1048. */
    legalBasis: z.object({ procedureId: z.string(), textVi: z.string(), textEn: z.string() }).nullable(),
    verificationUrl: z.string(),
    supersedesId: z.uuid().nullable(),
    supersededById: z.uuid().nullable(),
    revocation: z
      .object({
        reason: z.string(),
        decisionNumber: z.string(),
        decisionDate: z.string(),
        byName: z.string(),
        recordedAt: z.string(),
      })
      .nullable(),
  })
  .meta({ id: 'Certificate' });
export type CertificateOutput = z.infer<typeof CertificateOutput>;
export const ListCertificatesOutput = z.object({
  items: z.array(CertificateOutput),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
/** Filters of the offices' certificate list; a comma list of statuses is accepted (`valid,expired`). */
export const ListCertificatesQuery = z.object({
  producerId: z.uuid().optional(),
  decisionId: z.uuid().optional(),
  status: z
    .string()
    .regex(new RegExp(`^(${CERTIFICATE_STATUSES.join('|')})(,(${CERTIFICATE_STATUSES.join('|')}))*$`))
    .optional()
    .describe('valid, expired, superseded, revoked — one or several, comma-separated'),
  stars: z.coerce.number().int().min(1).max(5).optional(),
  productSet: z.coerce.number().int().min(1).max(99).optional(),
  unitId: z.uuid().optional().describe('Issued by, or held by a producer within, this unit'),
  expiringWithinDays: z.coerce
    .number()
    .int()
    .min(0)
    .max(3660)
    .optional()
    .describe('Valid today and ending within this many days'),
  notReEvaluated: z
    .enum(['true', 'false'])
    .optional()
    .describe(
      'true: sắp hết hạn / đã hết hạn chưa đánh giá lại — expired, or ending within expiringWithinDays ' +
        '(default 30), neither revoked, replaced nor ended, with no newer certificate and no ' +
        're-evaluation dossier submitted since it was issued',
    ),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(2_147_483_647).default(0),
});
export type ListCertificatesQuery = z.infer<typeof ListCertificatesQuery>;

/** A certificate's history: issued or imported, replaced, re-evaluated, inspected, ended, revoked. */
export const CertificateHistoryOutput = z.object({
  events: z.array(
    z.object({
      kind: z.enum(CERTIFICATE_EVENT_KINDS),
      on: z.string(),
      textVi: z.string(),
      textEn: z.string(),
      relatedCertificate: z.object({ id: z.uuid(), number: z.string() }).nullable(),
      actorName: z.string().nullable(),
    }),
  ),
});
export type CertificateHistoryOutput = z.infer<typeof CertificateHistoryOutput>;

export const ReplaceCertificateInput = z.object({
  reason: Text(2000),
  productName: z.string().trim().min(1).max(300).optional(),
  producerName: z.string().trim().min(1).max(300).optional(),
});
