import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { AdminUnit, UnitLevel } from '../../domain/admin-units/admin-unit.types';
import {
  BUILT_IN_VALID_FROM,
  DEMO_COMMUNES_2025,
  NATION_UNIT,
  PROVINCES_2025,
  type BuiltInUnitFact,
} from '../../domain/admin-units/built-in-units.facts';
import { isInForce } from '../../domain/admin-units/unit-dates';
import { childPath } from '../../domain/access/unit-path';
import type { Database } from '../database';
import { findNationUnit, insertUnits, listUnitsOfLevels } from '../repositories/admin-units.repository';
import { appendAudit, SYSTEM_AUDIT_CONTEXT } from '../repositories/audit.repository';

/** Ids of the units every installation has. */
export interface BuiltInUnits {
  nationId: string;
  provinceIdByCode: Map<string, string>;
  communeIdByCode: Map<string, string>;
}

/** Serialises writers of the unit tree (seeding, imports) across processes. */
export const UNIT_TREE_LOCK_KEY = 70_2025_0703;

export async function lockUnitTree(tx: Database): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${UNIT_TREE_LOCK_KEY})`);
}

function newUnit(
  fact: BuiltInUnitFact,
  level: UnitLevel,
  parent: AdminUnit | null,
  validFrom: string,
): AdminUnit {
  const id = randomUUID();
  return {
    id,
    code: fact.code,
    name: fact.name,
    fullName: fact.fullName,
    nameEn: fact.nameEn,
    level,
    kind: fact.kind,
    parentId: parent?.id ?? null,
    path: childPath(parent?.path ?? null, id),
    validFrom,
    validTo: null,
    detailsAsOf: validFrom,
  };
}

/**
 * The nation unit, created (with its audit row) when missing. Call inside a transaction holding
 * {@link lockUnitTree}.
 */
export async function ensureNationUnit(tx: Database, now: Date): Promise<AdminUnit> {
  const existing = await findNationUnit(tx);
  if (existing) return existing;
  const nation = newUnit(NATION_UNIT, 'nation', null, NATION_UNIT.validFrom);
  await insertUnits(tx, [nation]);
  await appendAudit(
    tx,
    SYSTEM_AUDIT_CONTEXT,
    {
      action: 'unit.create',
      entityType: 'admin_unit',
      entityId: nation.id,
      after: nation,
      unitId: nation.id,
    },
    now,
  );
  return nation;
}

/**
 * Makes sure the nation, the 34 provinces of 2025 and the demo communes exist (see
 * `domain/admin-units/built-in-units.facts.ts`). Idempotent: a unit of the same level and code in
 * force on 01/07/2025 — seeded before or imported from the national list — is reused, so a second
 * call creates nothing. Each created unit gets an audit row, in the same transaction.
 */
export async function ensureBuiltInUnits(db: Database, now: Date): Promise<BuiltInUnits> {
  return db.transaction(async (tx) => {
    await lockUnitTree(tx);
    const created: AdminUnit[] = [];
    let nation = await findNationUnit(tx);
    if (!nation) {
      nation = newUnit(NATION_UNIT, 'nation', null, NATION_UNIT.validFrom);
      created.push(nation);
    }
    const stored = await listUnitsOfLevels(tx, ['province', 'commune']);
    const findStored = (level: UnitLevel, code: string): AdminUnit | undefined =>
      stored.find(
        (unit) => unit.level === level && unit.code === code && isInForce(unit, BUILT_IN_VALID_FROM),
      );

    const provinceByCode = new Map<string, AdminUnit>();
    for (const fact of PROVINCES_2025) {
      let province = findStored('province', fact.code);
      if (!province) {
        province = newUnit(fact, 'province', nation, BUILT_IN_VALID_FROM);
        created.push(province);
      }
      provinceByCode.set(fact.code, province);
    }
    const communeIdByCode = new Map<string, string>();
    for (const fact of DEMO_COMMUNES_2025) {
      let commune = findStored('commune', fact.code);
      if (!commune) {
        const province = provinceByCode.get(fact.provinceCode);
        if (!province)
          throw new Error(`Built-in commune ${fact.code} names unknown province ${fact.provinceCode}`);
        commune = newUnit(fact, 'commune', province, BUILT_IN_VALID_FROM);
        created.push(commune);
      }
      communeIdByCode.set(fact.code, commune.id);
    }

    await insertUnits(tx, created);
    for (const unit of created) {
      await appendAudit(
        tx,
        SYSTEM_AUDIT_CONTEXT,
        { action: 'unit.create', entityType: 'admin_unit', entityId: unit.id, after: unit, unitId: unit.id },
        now,
      );
    }
    return {
      nationId: nation.id,
      provinceIdByCode: new Map([...provinceByCode].map(([code, unit]) => [code, unit.id])),
      communeIdByCode,
    };
  });
}
