/**
 * Decisions (quyết định công nhận): what every decision use case shares — who signs, the default
 * legal bases, loading one. The use cases themselves: draft-decision, approve-decision,
 * return-decision, resubmit-decision, amend-decision.
 */
import type { Database } from '../../../db/database';
import { findDecision, type DecisionRow } from '../../../db/repositories/decisions.repository';
import { peoplesCommitteeOf } from '../../../domain/admin-units/unit-names';
import { notFound } from '../../../domain/errors';
import type { UnitRow } from './evaluation-access';

export type { DecisionRow };

/** Who signs: the provincial People's Committee, or the ministry for the central level. */
export function issuerNameOf(unit: Pick<UnitRow, 'level' | 'fullName'>): string {
  return unit.level === 'nation' ? 'Bộ Nông nghiệp và Môi trường' : peoplesCommitteeOf(unit.fullName);
}

export const DEFAULT_LEGAL_BASES = [
  'Quyết định số 148/QĐ-TTg ngày 24/02/2023 của Thủ tướng Chính phủ ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình OCOP',
  'Quyết định số 1489/QĐ-TTg ngày 06/07/2025 sửa đổi, bổ sung Quyết định số 148/QĐ-TTg',
];

/** The decision (NOT_FOUND when there is none). */
export async function getDecisionRow(db: Database, id: string): Promise<DecisionRow> {
  const row = await findDecision(db, id);
  if (!row) throw notFound('quyết định', 'Decision');
  return row;
}
