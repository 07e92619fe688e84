import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { insertCouncil, insertCouncilMembers } from '../../../db/repositories/councils.repository';
import type { CreateCouncilInput } from '../../../contracts/evaluation.contracts';
import { DomainError } from '../../../domain/errors';
import type { CouncilLevel } from '../../../domain/evaluation/evaluation.types';
import { assertValidCouncilInput } from './council-input';
import type { UnitRow } from './evaluation-access';

/** The council level of a unit: the nation → central, a province → province, a district → district. */
export function councilLevelOf(unit: Pick<UnitRow, 'level'>): CouncilLevel {
  if (unit.level === 'nation') return 'central';
  if (unit.level === 'province') return 'province';
  if (unit.level === 'district') return 'district';
  throw new DomainError(
    'VALIDATION_FAILED',
    'Hội đồng chỉ lập ở cấp tỉnh, huyện hoặc trung ương.',
    'Councils exist at province, district or central level.',
    [{ field: 'unitId', messageVi: 'Cấp đơn vị không lập hội đồng', messageEn: 'No council at this level' }],
  );
}

/**
 * Sets up a council (hội đồng) with its members and advisory team. Composition is checked when
 * a round is opened, against the product sets on its agenda.
 * Throws VALIDATION_FAILED (level, term, an account seated twice).
 */
export async function createCouncil(params: {
  db: Database;
  audit: AuditContext;
  unit: UnitRow;
  input: CreateCouncilInput;
  accountId: string;
  now: Date;
}) {
  const { input } = params;
  const level = councilLevelOf(params.unit);
  assertValidCouncilInput(input);
  return params.db.transaction(async (tx) => {
    const council = await insertCouncil(tx, {
      unitId: params.unit.id,
      level,
      name: input.name,
      establishedBy: input.establishedBy ?? '',
      termFrom: input.termFrom,
      termTo: input.termTo ?? null,
      createdBy: params.accountId,
      createdAt: params.now,
      updatedAt: params.now,
    });
    const members = await insertCouncilMembers(
      tx,
      input.members.map((m) => ({
        councilId: council.id,
        accountId: m.accountId ?? null,
        fullName: m.fullName,
        agency: m.agency,
        position: m.position,
        organisation: m.organisation ?? '',
        role: m.role,
        createdAt: params.now,
      })),
    );
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'council.created',
        entityType: 'council',
        entityId: council.id,
        unitId: params.unit.id,
        after: {
          name: input.name,
          level,
          members: members.map((m) => ({ fullName: m.fullName, role: m.role, agency: m.agency })),
        },
      },
      params.now,
    );
    return council;
  });
}
