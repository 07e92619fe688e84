import { z } from 'zod';
import { fileResponse, queryInt32, versionField } from './shared.contracts';
import { DOSSIER_OUTCOME_KINDS } from '../domain/dossier/dossier-outcome';
import { DOSSIER_ACTIONS } from '../domain/dossier/dossier-workflow';
import { QUEUE_TASKS } from '../domain/dossier/dossier-queue';
import { DOSSIER_STATUSES, DOSSIER_TYPES } from '../domain/dossier/dossier.types';

/** Zod contracts of the dossier endpoints, shared by the server routes and the web forms. */

const Text = (max: number) => z.string().trim().max(max);
const IsoDate = z.iso.date();
const Version = versionField();
const Label = z.object({ vi: z.string(), en: z.string() });

export const DossierRegistrationSchema = z
  .object({
    producer: z.object({
      name: Text(300),
      type: Text(50),
      registrationNumber: Text(50),
      address: Text(500),
      phone: Text(30),
      email: Text(200),
    }),
    legalRepresentative: z.object({
      fullName: Text(200),
      title: Text(200),
      gender: Text(30),
      isEthnicMinority: z.boolean(),
    }),
    product: z.object({ name: Text(300), description: Text(5000), packaging: Text(500) }),
    attachments: z.array(Text(500)).max(100),
    sampleCount: z.number().int().min(0).max(1000),
    reEvaluation: z
      .object({
        rawMaterials: Text(5000),
        market: Text(5000),
        qualityDeclarations: Text(5000),
        changes: Text(5000),
        onSiteCheck: z
          .object({ checkedOn: IsoDate, checkedBy: Text(300), findings: Text(5000) })
          .nullable()
          .describe('Biên bản kiểm tra thực tế'),
      })
      .optional()
      .describe(
        'Re-evaluation only — kết quả sau 3 năm: raw materials, market, quality declarations, changes',
      ),
  })
  .meta({ id: 'DossierRegistration', description: 'Biểu 1 — phiếu đăng ký sản phẩm' });
export type DossierRegistrationSchema = z.infer<typeof DossierRegistrationSchema>;

export const DossierAnswerSchema = z
  .object({
    option: z.number().int().min(0).max(20).describe('1…n = option in sheet order; 0 = none applies'),
    evidenceIds: z.array(z.uuid()).max(50),
    note: Text(4000),
  })
  .meta({ id: 'DossierAnswer' });

const CriterionCode = z
  .string()
  .max(40)
  .regex(/^[A-C]\.[\p{L}\p{N}.-]+$/u, 'Mã tiêu chí không hợp lệ / invalid criterion code');

export const CreateDossierInput = z
  .object({
    productId: z.uuid(),
    type: z.enum(DOSSIER_TYPES),
    previousDossierId: z
      .uuid()
      .optional()
      .describe('Required for upgrade and re-evaluation: the dossier to start from'),
  })
  .meta({ id: 'CreateDossierInput' });
export type CreateDossierInput = z.infer<typeof CreateDossierInput>;

export const UpdateDossierDraftInput = z
  .object({
    version: Version,
    registration: DossierRegistrationSchema.optional(),
    /** Answers to set; `null` removes an answer. Codes not listed keep their answer. */
    answers: z.record(CriterionCode, DossierAnswerSchema.nullable()).optional(),
  })
  .meta({ id: 'UpdateDossierDraftInput' });
export type UpdateDossierDraftInput = z.infer<typeof UpdateDossierDraftInput>;

export const SubmitDossierInput = z
  .object({
    version: Version,
    truthfulnessCommitment: z.literal(true).describe('Cam kết: the producer declares the dossier truthful'),
  })
  .meta({ id: 'SubmitDossierInput' });
export type SubmitDossierInput = z.infer<typeof SubmitDossierInput>;

export const ReturnDossierInput = z
  .object({
    version: Version,
    comment: Text(4000).min(1),
    items: z
      .array(z.object({ item: Text(200).min(1), comment: Text(2000).min(1) }))
      .max(200)
      .default([]),
  })
  .meta({ id: 'ReturnDossierInput' });
export type ReturnDossierInput = z.infer<typeof ReturnDossierInput>;

export const AcceptDossierInput = z
  .object({ version: Version, comment: Text(4000).optional() })
  .meta({ id: 'AcceptDossierInput' });
export type AcceptDossierInput = z.infer<typeof AcceptDossierInput>;

export const CommuneAssessmentInput = z
  .object({
    version: Version,
    choices: z.record(CriterionCode, z.object({ option: z.number().int().min(0).max(20), note: Text(2000) })),
    conclusion: Text(4000),
    assessorName: Text(200).min(1),
    assessedOn: IsoDate,
  })
  .meta({ id: 'CommuneAssessmentInput', description: 'Biểu 3 — commune assessment of the local criteria' });
export type CommuneAssessmentInput = z.infer<typeof CommuneAssessmentInput>;

export const ForwardDossierInput = z
  .object({
    version: Version,
    request: z.object({
      number: Text(100).min(1),
      date: IsoDate,
      signerName: Text(200).min(1),
      signerTitle: Text(200),
    }),
  })
  .meta({ id: 'ForwardDossierInput', description: "The commune's written request (văn bản đề nghị)" });
export type ForwardDossierInput = z.infer<typeof ForwardDossierInput>;

export const MissingItemView = z.object({
  kind: z.string(),
  item: z.string(),
  messageVi: z.string(),
  messageEn: z.string(),
});

export const SelfScoreView = z.object({
  total: z.number(),
  parts: z.object({ A: z.number(), B: z.number(), C: z.number() }),
  stars: z.number().int().nullable(),
  bandStars: z.number().int(),
  isCertifiable: z.boolean(),
  nextBand: z
    .object({
      stars: z.number().int(),
      pointsMissing: z.number(),
      unmetRequirements: z.array(
        z.object({ criterionCode: z.string(), criterionTitleVi: z.string(), star: z.number().int() }),
      ),
    })
    .optional(),
  unansweredCount: z.number().int(),
  explanationVi: z.string(),
  explanationEn: z.string(),
});

export const DossierEventView = z.object({
  id: z.uuid(),
  action: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  versionNumber: z.number().int(),
  actorName: z.string(),
  actorRole: z.string().nullable(),
  comment: z.string().nullable(),
  itemComments: z.array(z.object({ item: z.string(), comment: z.string() })),
  occurredAt: z.string(),
});

export const EvidenceView = z.object({
  id: z.uuid(),
  title: z.string(),
  documentType: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  issuer: z.string().nullable(),
  validUntil: z.string().nullable(),
});

/**
 * Evidence as the dossier cites it — for a reviewer, as frozen in the latest submitted version —
 * with the criteria it supports and where the dossier serves its file.
 */
export const DossierEvidenceView = EvidenceView.extend({
  criterionCodes: z.array(z.string()).describe('The Biểu 2 criteria the producer linked it to'),
  fileUrl: z
    .string()
    .describe('The file as the dossier cites it; PDF and images open inline (add ?download=1 to save)'),
  isViewableInline: z.boolean().describe('PDF or image: the browser shows it in place'),
});

/** Biểu 2, one criterion: the producer's chosen option, its points, note and evidence. */
export const SelfAssessmentItemView = z.object({
  criterionCode: z.string(),
  option: z
    .number()
    .int()
    .nullable()
    .describe('1…n = option in sheet order; 0 = none applies; null = not answered'),
  optionTextVi: z.string().nullable(),
  points: z.number().nullable().describe('Points of the chosen option (null when not answered)'),
  maxPoints: z.number(),
  note: z.string(),
  evidenceIds: z.array(z.uuid()),
});

export const DeadlineView = z.object({
  task: z.enum(QUEUE_TASKS),
  holder: z.string(),
  dueOn: z.string().nullable(),
  isOverdue: z.boolean(),
});

export const DossierSummaryOutput = z.object({
  id: z.uuid(),
  type: z.enum(DOSSIER_TYPES),
  status: z.enum(DOSSIER_STATUSES),
  statusLabel: Label,
  producer: z.object({ id: z.uuid(), name: z.string() }),
  product: z.object({ id: z.uuid(), name: z.string() }),
  commune: z.object({ id: z.uuid(), name: z.string() }),
  productSet: z.number().int(),
  versionNumber: z.number().int(),
  version: z.number().int(),
  statusChangedAt: z.string(),
  deadline: DeadlineView.nullable(),
  outcome: z
    .object({
      kind: z.enum(DOSSIER_OUTCOME_KINDS),
      stars: z.number().int().nullable(),
      labelVi: z.string(),
      labelEn: z.string(),
    })
    .nullable()
    .describe('What became of the dossier once accepted for evaluation (null in intake and in work queues)'),
});
export type DossierSummaryOutput = z.infer<typeof DossierSummaryOutput>;

/** What became of the dossier once accepted for evaluation (null while still in intake). */
export const DossierOutcomeView = z
  .object({
    kind: z.enum(DOSSIER_OUTCOME_KINDS),
    labelVi: z.string(),
    labelEn: z.string(),
    stars: z.number().int().nullable(),
    points: z.number().nullable().describe("Mean of the counted members' totals"),
    reasonVi: z.string().nullable().describe("Why not certified (the council's explanation)"),
    reasonEn: z.string().nullable(),
    forwardedTo: z.enum(['district', 'province', 'central']).nullable(),
    decision: z.object({ number: z.string(), signedOn: z.string(), issuerName: z.string() }).nullable(),
    certificate: z
      .object({
        id: z.uuid(),
        number: z.string(),
        stars: z.number().int(),
        issuedOn: z.string(),
        validUntil: z.string(),
        status: z.enum(['valid', 'expired', 'superseded', 'revoked']),
        verificationUrl: z.string().describe('The public verification page of the certificate'),
      })
      .nullable(),
  })
  .meta({ id: 'DossierOutcome' });

export const DossierOutput = DossierSummaryOutput.extend({
  rubricVersionId: z.string(),
  rubricContentHash: z
    .string()
    .nullable()
    .describe(
      'sha256 of the canonical JSON of the pinned sheet at creation; null for a dossier of an imported version opened before hashes were recorded',
    ),
  procedureVersionId: z.string(),
  route: z.enum(['province', 'district']),
  previousDossierId: z.uuid().nullable(),
  registration: DossierRegistrationSchema,
  answers: z.record(z.string(), DossierAnswerSchema),
  communeAssessment: z
    .object({
      choices: z.record(z.string(), z.object({ option: z.number().int(), note: z.string() })),
      conclusion: z.string(),
      assessorName: z.string(),
      assessedOn: z.string(),
    })
    .nullable(),
  forwardRequest: z
    .object({ number: z.string(), date: z.string(), signerName: z.string(), signerTitle: z.string() })
    .nullable(),
  outcome: DossierOutcomeView.nullable(),
  allowedActions: z.array(z.enum(DOSSIER_ACTIONS)).describe('What the signed-in actor may do now'),
  completeness: z.object({
    isComplete: z.boolean(),
    missing: z.array(MissingItemView),
    answeredCount: z.number().int(),
    criteriaCount: z.number().int(),
  }),
  selfScore: SelfScoreView,
  selfAssessment: z
    .array(SelfAssessmentItemView)
    .describe(
      'Biểu 2 criterion by criterion in sheet order: the working copy for the producer who holds the pen, the latest submitted version for everyone else',
    ),
  evidence: z
    .array(DossierEvidenceView)
    .describe('Evidence linked by the answers (as frozen at submit for reviewers)'),
  events: z.array(DossierEventView),
  versions: z.array(
    z.object({ number: z.number().int(), submittedAt: z.string(), committedByName: z.string() }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'Dossier' });
export type DossierOutput = z.infer<typeof DossierOutput>;

export const ListDossiersQuery = z.object({
  status: z.enum(DOSSIER_STATUSES).optional(),
  type: z.enum(DOSSIER_TYPES).optional(),
  productId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: queryInt32().min(0).default(0),
});
export const ListDossiersOutput = z.object({ items: z.array(DossierSummaryOutput), total: z.number().int() });
export type ListDossiersOutput = z.infer<typeof ListDossiersOutput>;

export const DossierChangeView = z.object({
  section: z.enum(['registration', 'answer', 'evidence', 'note']),
  item: z.string(),
  labelVi: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export const DossierDiffQuery = z.object({
  from: z
    .string()
    .regex(/^(previous|\d+)$/)
    .optional()
    .describe('A version number, or `previous` = the last version of the previous dossier'),
  to: z
    .string()
    .regex(/^(current|\d+)$/)
    .optional()
    .describe('A version number, or `current` = the working copy'),
});
export const DossierDiffOutput = z.object({
  from: z.object({ dossierId: z.uuid(), label: z.string() }),
  to: z.object({ dossierId: z.uuid(), label: z.string() }),
  changes: z.array(DossierChangeView),
});
export type DossierDiffOutput = z.infer<typeof DossierDiffOutput>;

export const DossierCriteriaOutput = z.object({
  setNumber: z.number().int(),
  setNameVi: z.string(),
  requiresSamples: z.boolean(),
  criteria: z.array(
    z.object({
      code: z.string(),
      partCode: z.string(),
      groupCode: z.string(),
      groupTitleVi: z.string(),
      headingTitleVi: z.string().nullable(),
      caseNumber: z.number().int().nullable(),
      titleVi: z.string(),
      noteVi: z.string().nullable(),
      maxPoints: z.number(),
      assessedByCommune: z.string().nullable(),
      evidenceHintsVi: z.array(z.string()),
      options: z.array(
        z.object({
          number: z.number().int(),
          textVi: z.string(),
          points: z.number(),
          mandatoryForStar: z.number().int().nullable(),
        }),
      ),
    }),
  ),
});
export type DossierCriteriaOutput = z.infer<typeof DossierCriteriaOutput>;

export const DossierStartOptionsOutput = z.object({
  products: z.array(
    z.object({
      productId: z.uuid(),
      productName: z.string(),
      productSet: z.number().int(),
      producerId: z.uuid(),
      producerName: z.string(),
      dossiers: z.array(
        z.object({
          id: z.uuid(),
          type: z.enum(DOSSIER_TYPES),
          status: z.enum(DOSSIER_STATUSES),
          versionNumber: z.number().int(),
        }),
      ),
      validCertificate: z
        .object({
          number: z.string(),
          stars: z.number().int(),
          validUntil: z.string(),
          dossierId: z.uuid().nullable(),
        })
        .nullable()
        .describe(
          'The certificate the product holds today; an upgrade or re-evaluation continues its dossier',
        ),
      allowedTypes: z.array(z.enum(DOSSIER_TYPES)).describe('The kinds of dossier this product may open now'),
    }),
  ),
});
export const EvidenceOptionsOutput = z.object({ items: z.array(EvidenceView) });

/** A PDF body (Biểu 1/2/3 or the bundle). */
export const DossierPdfOutput = fileResponse('PDF', ['application/pdf']);

export const DossierEvidenceParams = z.object({
  id: z.uuid(),
  evidenceId: z.uuid().describe('Evidence id as cited by the dossier'),
});
export const DossierEvidenceQuery = z.object({
  download: z
    .enum(['0', '1'])
    .optional()
    .describe('1 = as an attachment; default: inline for PDF and images'),
});

export const DocumentParams = z.object({ id: z.uuid(), form: z.enum(['bieu-1', 'bieu-2', 'bieu-3']) });
export const DocumentQuery = z.object({
  version: queryInt32()
    .positive()
    .optional()
    .describe('A submitted version; default: the latest one (or the draft)'),
});

export const QueueOutput = z.object({
  counts: z.record(z.string(), z.number().int()),
  items: z.array(DossierSummaryOutput.extend({ task: z.enum(QUEUE_TASKS), taskLabel: Label })),
});
export type QueueOutput = z.infer<typeof QueueOutput>;

export const NotificationView = z.object({
  id: z.uuid(),
  kind: z.string(),
  titleVi: z.string(),
  titleEn: z.string(),
  bodyVi: z.string(),
  bodyEn: z.string(),
  entityType: z.string(),
  entityId: z.uuid(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export const ListNotificationsQuery = z.object({
  unreadOnly: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const ListNotificationsOutput = z.object({
  items: z.array(NotificationView),
  unreadCount: z.number().int(),
});
export type ListNotificationsOutput = z.infer<typeof ListNotificationsOutput>;
