import type { BusinessPlanOutput, ProductIdeaOutput } from '../../../contracts/programme.contracts';
import type {
  BusinessPlanWithNames,
  IdeaWithNames,
  ProposalReview,
} from '../../../db/repositories/ideas.repository';

function presentReview(review: ProposalReview | null) {
  return review
    ? { decision: review.decision, reason: review.reason, byName: review.byName, at: review.at }
    : null;
}

export function presentIdea(row: IdeaWithNames): ProductIdeaOutput {
  const i = row.idea;
  return {
    id: i.id,
    producerId: i.producerId,
    producerName: row.producerName,
    communeId: i.communeId,
    communeName: row.communeName,
    year: i.year,
    productName: i.productName,
    productSet: i.productSet,
    description: i.description,
    rawMaterialArea: i.rawMaterialArea,
    rawMaterialAreaHectares: i.rawMaterialAreaHectares,
    market: i.market,
    novelty: i.novelty,
    packaging: i.packaging,
    status: i.status,
    lastReview: presentReview(i.lastReview),
    productId: i.productId,
    dossierId: i.dossierId,
    createdAt: i.createdAt.toISOString(),
    version: i.version,
  };
}

export function presentBusinessPlan(row: BusinessPlanWithNames): BusinessPlanOutput {
  const p = row.plan;
  return {
    id: p.id,
    ideaId: p.ideaId,
    productName: row.productName,
    producerId: p.producerId,
    producerName: row.producerName,
    communeId: p.communeId,
    communeName: row.communeName,
    year: p.year,
    investmentVnd: p.investmentVnd,
    annualCapacity: p.annualCapacity,
    capacityUnit: p.capacityUnit,
    market: p.market,
    supportNeeded: p.supportNeeded,
    summary: p.summary,
    status: p.status,
    lastReview: presentReview(p.lastReview),
    createdAt: p.createdAt.toISOString(),
    version: p.version,
  };
}
