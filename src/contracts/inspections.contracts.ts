/** Post-inspection (hậu kiểm) contracts: plans, inspection records, remedies. */
import { z } from 'zod';
import { INSPECTION_AGENCIES } from '../domain/inspection/inspection-agencies';
import { CHECKLIST_RESULTS, FINDING_SEVERITIES } from '../domain/inspection/inspection-checklist';
import { INSPECTION_CONCLUSIONS, INSPECTION_STATUSES } from '../domain/inspection/inspection-status';
import { queryInt32, versionField } from './shared.contracts';

const IsoDate = z.iso.date();
const Text = (max: number) => z.string().trim().min(1).max(max);

export const InspectionPlanItemInput = z.object({
  producerId: z.uuid(),
  productId: z.uuid().nullable().default(null),
  agency: z.enum(INSPECTION_AGENCIES),
  month: z.number().int().min(1).max(12),
  kind: z.enum(['planned', 'surprise']).default('planned'),
  note: z.string().trim().max(1000).default(''),
});

export const CreateInspectionPlanInput = z.object({
  unitId: z.uuid(),
  year: z.number().int().min(2019).max(2100),
  title: Text(300),
  items: z.array(InspectionPlanItemInput).max(2000),
});
export type CreateInspectionPlanInput = z.infer<typeof CreateInspectionPlanInput>;

export const InspectionPlanOutput = z
  .object({
    id: z.uuid(),
    unitId: z.uuid(),
    unitName: z.string(),
    year: z.number().int(),
    title: z.string(),
    items: z.array(
      z.object({
        producerId: z.uuid(),
        productId: z.uuid().nullable(),
        agency: z.enum(INSPECTION_AGENCIES),
        month: z.number().int(),
        kind: z.enum(['planned', 'surprise']),
        note: z.string(),
      }),
    ),
    createdAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'InspectionPlan' });
export const ListInspectionPlansQuery = z.object({
  year: z.coerce.number().int().min(2019).max(2100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: queryInt32().min(0).default(0),
});
export const ListInspectionPlansOutput = z.object({
  items: z.array(InspectionPlanOutput),
  total: z.number().int(),
});

export const ChecklistAnswerInput = z.object({
  result: z.enum(CHECKLIST_RESULTS),
  note: z.string().trim().max(2000).default(''),
});
export const FindingInput = z.object({
  itemCode: z.string().max(60).nullable().default(null),
  severity: z.enum(FINDING_SEVERITIES),
  description: Text(4000),
});

/** Start an inspection record (on a tablet: `clientId` makes a replayed sync create it once). */
export const CreateInspectionInput = z.object({
  clientId: z.uuid().optional(),
  planId: z.uuid().optional(),
  producerId: z.uuid(),
  productId: z.uuid().optional(),
  kind: z.enum(['planned', 'surprise']).default('planned'),
  inspectedOn: IsoDate,
  team: z.string().trim().max(1000).default(''),
});
export type CreateInspectionInput = z.infer<typeof CreateInspectionInput>;

/** Submit the record: every checklist item answered, findings, and the conclusion. */
export const SubmitInspectionInput = z.object({
  version: versionField(),
  checklist: z.record(z.string().max(60), ChecklistAnswerInput),
  findings: z.array(FindingInput).max(100).default([]),
  conclusion: z.enum(INSPECTION_CONCLUSIONS),
  conclusionNote: z.string().trim().max(4000).default(''),
  /** Required with "must remedy". */
  remedyDueOn: IsoDate.optional(),
  /** Required with "propose revocation": a ground code of the revocation grounds in force. */
  revocationGroundCode: z.string().max(60).optional(),
  revocationGroundText: z.string().trim().max(2000).optional(),
});
export type SubmitInspectionInput = z.infer<typeof SubmitInspectionInput>;

export const AnswerRemedyInput = z.object({ version: versionField(), text: Text(4000) });
export const CloseInspectionInput = z.object({
  version: versionField(),
  note: z.string().trim().max(2000).default(''),
});

export const InspectionOutput = z
  .object({
    id: z.uuid(),
    clientId: z.uuid().nullable(),
    planId: z.uuid().nullable(),
    producerId: z.uuid(),
    producerName: z.string(),
    productId: z.uuid().nullable(),
    productName: z.string().nullable(),
    certificateId: z.uuid().nullable(),
    agency: z.enum(INSPECTION_AGENCIES),
    kind: z.enum(['planned', 'surprise']),
    inspectedOn: IsoDate,
    team: z.string(),
    checklistVersion: z.string(),
    checklist: z.record(z.string(), z.object({ result: z.enum(CHECKLIST_RESULTS), note: z.string() })),
    findings: z.array(
      z.object({
        itemCode: z.string().nullable(),
        severity: z.enum(FINDING_SEVERITIES),
        description: z.string(),
      }),
    ),
    conclusion: z.enum(INSPECTION_CONCLUSIONS).nullable(),
    conclusionNote: z.string(),
    remedyDueOn: IsoDate.nullable(),
    remedyAnswer: z.object({ text: z.string(), answeredAt: z.string() }).nullable(),
    revocationProposalId: z.uuid().nullable(),
    attachments: z.array(
      z.object({
        sha256: z.string(),
        fileName: z.string(),
        mediaType: z.string(),
        sizeBytes: z.number().int(),
        caption: z.string(),
        uploadedAt: z.string(),
        by: z.enum(['inspector', 'producer']),
        url: z.string(),
      }),
    ),
    status: z.enum(INSPECTION_STATUSES),
    submittedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Inspection' });
export type InspectionOutput = z.infer<typeof InspectionOutput>;

export const ListInspectionsQuery = z.object({
  status: z.enum(INSPECTION_STATUSES).optional(),
  agency: z.enum(INSPECTION_AGENCIES).optional(),
  producerId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: queryInt32().min(0).default(0),
});
export const ListInspectionsOutput = z.object({ items: z.array(InspectionOutput), total: z.number().int() });

export const InspectionChecklistOutput = z.object({
  version: z.string(),
  items: z.array(z.object({ code: z.string(), vi: z.string(), en: z.string() })),
  agency: z.enum(INSPECTION_AGENCIES).nullable(),
});

export const AttachInspectionFileFields = z
  .object({ caption: z.string().trim().max(300).optional() })
  .meta({ id: 'AttachInspectionFileFields' });
export const InspectionAttachmentParams = z.object({
  id: z.uuid(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const SetInspectorAgencyInput = z.object({ agency: z.enum(INSPECTION_AGENCIES) });
