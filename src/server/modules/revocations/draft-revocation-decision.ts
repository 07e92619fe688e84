import type { DraftRevocationDecisionInput } from '../../../contracts/revocations.contracts';
import type { Database } from '../../../db/database';
import { findUnitById } from '../../../db/repositories/admin-units.repository';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  insertDecision,
  isDecisionNumberTaken,
  listProposalsByIds,
  moveProposals,
} from '../../../db/repositories/revocations.repository';
import type { Actor } from '../../../domain/access/permissions';
import { DomainError, notFound } from '../../../domain/errors';
import { assertProposalTransition } from '../../../domain/revocation/revocation-status';
import { assertRevocationAction } from './revocation-access';
import { peoplesCommitteeOf } from '../../../domain/admin-units/unit-names';

/** Who issues: the provincial People's Committee, or the ministry for the central level. */
export function issuerNameOfUnit(unit: { level: string; fullName: string }): string {
  return unit.level === 'nation' ? 'Bộ Nông nghiệp và Môi trường' : peoplesCommitteeOf(unit.fullName);
}

/** The place written before the date: the unit's name without "Tỉnh" / "Thành phố". */
export function placeNameOfUnit(unit: { level: string; name: string }): string {
  if (unit.level === 'nation') return 'Hà Nội';
  return unit.name.replace(/^(Tỉnh|Thành phố|TP\.?)\s+/i, '');
}

export const REVOCATION_LEGAL_BASES = [
  'Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025',
  'Quyết định số 148/QĐ-TTg ngày 24 tháng 02 năm 2023 của Thủ tướng Chính phủ ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm',
  'Quyết định số 1489/QĐ-TTg ngày 06 tháng 7 năm 2025 của Thủ tướng Chính phủ sửa đổi, bổ sung Quyết định số 148/QĐ-TTg',
];

export const DEFAULT_RECIPIENTS = [
  'Như Điều 3',
  'Văn phòng Điều phối nông thôn mới Trung ương',
  'Chủ tịch, các Phó Chủ tịch UBND',
  'Lưu: VT',
];

/**
 * The standing office drafts a revocation decision (quyết định thu hồi) for one or many open
 * proposals of one issuing unit; the proposals move to "in decision".
 * @throws NOT_FOUND, FORBIDDEN, VALIDATION_FAILED (proposals of several units), INVALID_TRANSITION, CONFLICT (number taken, a proposal moved meanwhile)
 */
export async function draftRevocationDecision(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  input: DraftRevocationDecisionInput;
  now: Date;
}) {
  const { db, actor, input, now } = params;
  const ids = [...new Set(input.proposalIds)];
  const proposals = await listProposalsByIds(db, ids);
  if (proposals.length !== ids.length) throw notFound('đề nghị thu hồi', 'Revocation proposal');
  const unitIds = new Set(proposals.map((p) => p.proposal.unitId));
  if (unitIds.size !== 1)
    throw new DomainError(
      'VALIDATION_FAILED',
      'Một quyết định chỉ gồm các đề nghị của cùng một đơn vị cấp giấy chứng nhận.',
      'One decision covers the proposals of one issuing unit only.',
      [
        {
          field: 'proposalIds',
          messageVi: 'Chọn đề nghị cùng đơn vị.',
          messageEn: 'Choose proposals of one unit.',
        },
      ],
    );
  const unit = (await findUnitById(db, proposals[0]!.proposal.unitId))!;
  assertRevocationAction(actor, 'revocation.draft', unit.path);
  for (const p of proposals) assertProposalTransition(p.proposal.status, 'in_decision');
  if (await isDecisionNumberTaken(db, unit.id, input.number))
    throw new DomainError(
      'CONFLICT',
      `Số quyết định ${input.number} đã được dùng.`,
      `Decision number ${input.number} is taken.`,
      [{ field: 'number', messageVi: 'Số đã được dùng.', messageEn: 'Number already used.' }],
    );
  return db.transaction(async (tx) => {
    const decision = await insertDecision(
      tx,
      {
        unitId: unit.id,
        number: input.number,
        signedOn: now.toISOString().slice(0, 10),
        issuerName: issuerNameOfUnit(unit),
        placeName: input.placeName ?? placeNameOfUnit(unit),
        legalBases: input.legalBases ?? REVOCATION_LEGAL_BASES,
        recipients: input.recipients ?? DEFAULT_RECIPIENTS,
        draftedBy: actor.accountId,
        draftedAt: now,
      },
      ids,
    );
    const moved = await moveProposals(tx, ids, 'proposed', 'in_decision', decision.id);
    if (moved !== ids.length)
      throw new DomainError(
        'CONFLICT',
        'Một đề nghị vừa được xử lý ở nơi khác; hãy tải lại.',
        'A proposal changed meanwhile; reload.',
      );
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'revocation_decision.drafted',
        entityType: 'revocation_decision',
        entityId: decision.id,
        unitId: unit.id,
        after: { number: decision.number, proposals: ids },
      },
      now,
    );
    return decision;
  });
}
