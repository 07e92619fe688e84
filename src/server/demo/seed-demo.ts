import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/database';
import { findAccountByLogin } from '../../db/repositories/accounts.repository';
import { appendAudit, SYSTEM_AUDIT_CONTEXT } from '../../db/repositories/audit.repository';
import { accounts, adminUnits, roleGrants } from '../../db/schema';
import { ensureBuiltInUnits } from '../../db/seed/built-in-units';
import type { Role } from '../../domain/access/roles';
import { hashPassword } from '../security/passwords';

/** Every demo account shares this password; printed at start and by `ocop seed-demo --json`. */
export const DEMO_PASSWORD = 'Ocop@2026demo';

export interface DemoAccount {
  username: string;
  password: string;
  displayName: string;
  roles: Role[];
  unit: { id: string; code: string; name: string };
}

/** What `seed-demo --json` prints; later modules add dossiers, certificates and stamps. */
export interface DemoSummary {
  accounts: DemoAccount[];
  dossiers: unknown[];
  certificates: unknown[];
  stamps: unknown[];
}

interface DemoAccountPlan {
  username: string;
  displayName: string;
  roles: Role[];
  unit: 'nation' | 'province' | 'commune-1' | 'commune-2';
}

const PLAN: readonly DemoAccountPlan[] = [
  { username: 'admin', displayName: 'Quản trị hệ thống quốc gia', roles: ['admin'], unit: 'nation' },
  { username: 'tw.vpdp', displayName: 'Văn phòng Điều phối NTM Trung ương', roles: ['standing_office'], unit: 'nation' },
  { username: 'tinh.admin', displayName: 'Quản trị hệ thống tỉnh', roles: ['admin'], unit: 'province' },
  { username: 'tinh.vpdp', displayName: 'Cơ quan thường trực OCOP tỉnh', roles: ['standing_office'], unit: 'province' },
  { username: 'tinh.chutich', displayName: 'Chủ tịch Hội đồng OCOP tỉnh', roles: ['council_chair', 'council_member'], unit: 'province' },
  { username: 'tinh.hoidong1', displayName: 'Thành viên Hội đồng (Sở Y tế)', roles: ['council_member'], unit: 'province' },
  { username: 'tinh.hoidong2', displayName: 'Thành viên Hội đồng (Sở Công Thương)', roles: ['council_member'], unit: 'province' },
  { username: 'tinh.lanhdao', displayName: 'Phó Chủ tịch UBND tỉnh', roles: ['leader'], unit: 'province' },
  { username: 'tinh.kiemtra', displayName: 'Thanh tra Sở Nông nghiệp và Môi trường', roles: ['inspector'], unit: 'province' },
  { username: 'xa1.canbo', displayName: 'Cán bộ nông nghiệp xã (1)', roles: ['commune_officer'], unit: 'commune-1' },
  { username: 'xa2.canbo', displayName: 'Cán bộ nông nghiệp xã (2)', roles: ['commune_officer'], unit: 'commune-2' },
  { username: 'chuthe1', displayName: 'HTX Nông sản sạch (chủ thể 1)', roles: ['producer'], unit: 'commune-1' },
  { username: 'chuthe2', displayName: 'Hộ kinh doanh Trà xanh (chủ thể 2)', roles: ['producer'], unit: 'commune-2' },
];

type UnitRow = typeof adminUnits.$inferSelect;

/** The demo province: the first province that has two built-in demo communes. */
async function pickDemoUnits(db: Database, communeIds: string[]): Promise<Record<DemoAccountPlan['unit'], UnitRow>> {
  const communes = await db.select().from(adminUnits).where(inArray(adminUnits.id, communeIds));
  communes.sort((a, b) => a.code.localeCompare(b.code));
  const byParent = new Map<string, UnitRow[]>();
  for (const commune of communes) byParent.set(commune.parentId ?? '', [...(byParent.get(commune.parentId ?? '') ?? []), commune]);
  const [provinceId, pair] = [...byParent.entries()].find(([, list]) => list.length >= 2) ?? [];
  if (!provinceId || !pair) throw new Error('The built-in units have no province with two demo communes');
  const [province] = await db.select().from(adminUnits).where(eq(adminUnits.id, provinceId));
  const nationId = province?.parentId;
  const [nation] = nationId ? await db.select().from(adminUnits).where(eq(adminUnits.id, nationId)) : [];
  if (!province || !nation) throw new Error('Demo province or nation missing');
  return { nation, province, 'commune-1': pair[0]!, 'commune-2': pair[1]! };
}

/**
 * Creates the demo accounts (and, through later modules, demo records) unless they exist.
 * Idempotent: a second run creates nothing and returns the same summary.
 */
export async function seedDemo(params: { db: Database; now: Date }): Promise<DemoSummary> {
  const { db, now } = params;
  const builtIn = await ensureBuiltInUnits(db, now);
  const units = await pickDemoUnits(db, [...builtIn.communeIdByCode.values()]);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const today = now.toISOString().slice(0, 10);
  const result: DemoAccount[] = [];
  for (const plan of PLAN) {
    const unit = units[plan.unit];
    if (!(await findAccountByLogin(db, plan.username))) {
      await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(accounts)
          .values({ username: plan.username, displayName: plan.displayName, passwordHash, unitId: unit.id, createdAt: now, updatedAt: now })
          .returning();
        if (!row) throw new Error('insert returned nothing');
        for (const role of plan.roles) {
          await tx.insert(roleGrants).values({ accountId: row.id, role, unitId: unit.id, validFrom: today, createdAt: now });
        }
        await appendAudit(
          tx,
          SYSTEM_AUDIT_CONTEXT,
          { action: 'demo.account-created', entityType: 'account', entityId: row.id, unitId: unit.id, after: { username: plan.username, roles: plan.roles } },
          now,
        );
      });
    }
    result.push({
      username: plan.username,
      password: DEMO_PASSWORD,
      displayName: plan.displayName,
      roles: plan.roles,
      unit: { id: unit.id, code: unit.code, name: unit.fullName },
    });
  }
  return { accounts: result, dossiers: [], certificates: [], stamps: [] };
}
