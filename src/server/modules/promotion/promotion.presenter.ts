import type {
  ConsultantOutput,
  PointOfSaleOutput,
  TradeEventOutput,
  TrainingCourseOutput,
} from '../../../contracts/promotion.contracts';
import type {
  ConsultantContractWithNames,
  ConsultantWithUnit,
} from '../../../db/repositories/promotion-consultants.repository';
import type {
  TradeEventParticipantWithNames,
  TradeEventWithUnit,
} from '../../../db/repositories/promotion-events.repository';
import type { PointOfSaleWithUnits } from '../../../db/repositories/promotion-points-of-sale.repository';
import type {
  TrainingCourseWithUnit,
  TrainingParticipantRow,
} from '../../../db/repositories/promotion-training.repository';
import { eventPhase } from '../../../domain/promotion/promotion-rules';

/** Shapes promotion records for the API (contracts/promotion.contracts.ts). */

export function presentTrainingCourse(
  row: TrainingCourseWithUnit,
  participants?: (TrainingParticipantRow & { producerName: string | null })[],
): TrainingCourseOutput {
  const c = row.course;
  return {
    id: c.id,
    unit: { id: c.unitId, name: row.unitName },
    title: c.title,
    topic: c.topic,
    audience: c.audience,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    place: c.place,
    isOnline: c.isOnline,
    trainers: c.trainers,
    budgetVnd: c.budgetVnd,
    materials: c.materials,
    participantCount: row.participantCount,
    attendedCount: row.attendedCount,
    participants: participants?.map((p) => ({
      id: p.id,
      kind: p.kind,
      accountId: p.accountId,
      producerId: p.producerId,
      producerName: p.producerName,
      fullName: p.fullName,
      organisation: p.organisation,
      hasAttended: p.hasAttended,
    })),
    createdAt: c.createdAt.toISOString(),
  };
}

export function presentConsultant(
  row: ConsultantWithUnit,
  contracts: readonly ConsultantContractWithNames[],
): ConsultantOutput {
  const c = row.consultant;
  return {
    id: c.id,
    unit: { id: c.unitId, name: row.unitName },
    kind: c.kind,
    name: c.name,
    fields: c.fields,
    phone: c.phone,
    email: c.email,
    address: c.address,
    accountId: c.accountId,
    note: c.note,
    contracts: contracts
      .filter((k) => k.consultantId === c.id)
      .map((k) => ({
        id: k.id,
        producerId: k.producerId,
        producerName: k.producerName,
        productId: k.productId,
        productName: k.productName,
        scope: k.scope,
        budgetVnd: k.budgetVnd,
        startsOn: k.startsOn,
        endsOn: k.endsOn,
      })),
    createdAt: c.createdAt.toISOString(),
  };
}

export function presentTradeEvent(
  row: TradeEventWithUnit,
  participants: readonly TradeEventParticipantWithNames[],
  today: string,
): TradeEventOutput {
  const e = row.event;
  return {
    id: e.id,
    unit: { id: e.unitId, name: row.unitName },
    kind: e.kind,
    level: e.level,
    name: e.name,
    startsOn: e.startsOn,
    endsOn: e.endsOn,
    phase: eventPhase(e, today),
    place: e.place,
    organiser: e.organiser,
    description: e.description,
    salesVnd: e.salesVnd,
    visitors: e.visitors,
    contractsSigned: e.contractsSigned,
    resultNote: e.resultNote,
    participants: participants
      .filter((p) => p.eventId === e.id)
      .map((p) => ({
        producerId: p.producerId,
        producerName: p.producerName,
        productId: p.productId,
        productName: p.productName,
      })),
    createdAt: e.createdAt.toISOString(),
  };
}

export function presentPointOfSale(
  row: PointOfSaleWithUnits,
  carried: readonly { pointOfSaleId: string; id: string; name: string; producerName: string }[],
): PointOfSaleOutput {
  const p = row.point;
  return {
    id: p.id,
    commune: { id: p.communeId, name: row.communeName },
    province: { id: row.provinceId, name: row.provinceName },
    kind: p.kind,
    name: p.name,
    address: p.address,
    latitude: p.latitude,
    longitude: p.longitude,
    openingHours: p.openingHours,
    phone: p.phone,
    products: carried
      .filter((c) => c.pointOfSaleId === p.id)
      .map((c) => ({ id: c.id, name: c.name, producerName: c.producerName })),
    createdAt: p.createdAt.toISOString(),
  };
}
