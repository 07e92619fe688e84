import type { Database } from '../../db/database';
import { findAccountByLogin } from '../../db/repositories/accounts.repository';
import { appendAudit, SYSTEM_AUDIT_CONTEXT } from '../../db/repositories/audit.repository';
import type { AdminUnitRow } from '../../db/repositories/admin-units.repository';
import { findUnitById, insertDemoAccount, listUnitsById } from '../../db/seed/demo-accounts';
import { ensureBuiltInUnits } from '../../db/seed/built-in-units';
import type { Role } from '../../domain/access/roles';
import { hashPassword } from '../security/passwords';
import { seedDemoDossiers } from './seed-dossiers';
import { seedDemoEvaluation } from './seed-evaluation';
import { seedDemoLifecycle } from './seed-lifecycle';
import { seedDemoMarketCases } from './seed-market-cases';
import { seedDemoNews } from './seed-news';
import { seedDemoPostInspection } from './seed-post-inspection';
import { seedDemoProgramme, type DemoPlan } from './seed-programme';
import { seedDemoRegistry } from './seed-registry';
import { seedDemoPromotion, type DemoEvent } from './seed-promotion';
import { seedDemoCandidates } from './seed-candidates';
import { seedDemoStamps } from './seed-stamps';

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
  /** Trade-promotion events of the demo province (a past fair, an upcoming OCOP week). */
  events: DemoEvent[];
  /** Yearly OCOP plans of the demo province and communes (id, unit, year). */
  plans: DemoPlan[];
}

interface DemoAccountPlan {
  username: string;
  displayName: string;
  roles: Role[];
  unit: 'nation' | 'province' | 'commune-1' | 'commune-2';
}

const PLAN: readonly DemoAccountPlan[] = [
  { username: 'admin', displayName: 'Quản trị hệ thống quốc gia', roles: ['admin'], unit: 'nation' },
  {
    username: 'tw.vpdp',
    displayName: 'Văn phòng Điều phối NTM Trung ương',
    roles: ['standing_office'],
    unit: 'nation',
  },
  { username: 'tinh.admin', displayName: 'Quản trị hệ thống tỉnh', roles: ['admin'], unit: 'province' },
  {
    username: 'tinh.vpdp',
    displayName: 'Cơ quan thường trực OCOP tỉnh',
    roles: ['standing_office'],
    unit: 'province',
  },
  {
    username: 'tinh.chutich',
    displayName: 'Chủ tịch Hội đồng OCOP tỉnh',
    roles: ['council_chair', 'council_member'],
    unit: 'province',
  },
  {
    username: 'tinh.hoidong1',
    displayName: 'Thành viên Hội đồng (Sở Y tế)',
    roles: ['council_member'],
    unit: 'province',
  },
  {
    username: 'tinh.hoidong2',
    displayName: 'Thành viên Hội đồng (Sở Công Thương)',
    roles: ['council_member'],
    unit: 'province',
  },
  { username: 'tinh.lanhdao', displayName: 'Phó Chủ tịch UBND tỉnh', roles: ['leader'], unit: 'province' },
  {
    username: 'tinh.kiemtra',
    displayName: 'Thanh tra Sở Nông nghiệp và Môi trường',
    roles: ['inspector'],
    unit: 'province',
  },
  {
    username: 'xa1.canbo',
    displayName: 'Cán bộ nông nghiệp xã (1)',
    roles: ['commune_officer'],
    unit: 'commune-1',
  },
  {
    username: 'xa2.canbo',
    displayName: 'Cán bộ nông nghiệp xã (2)',
    roles: ['commune_officer'],
    unit: 'commune-2',
  },
  {
    username: 'chuthe1',
    displayName: 'HTX Gốm sứ Bát Tràng (chủ thể 1)',
    roles: ['producer'],
    unit: 'commune-1',
  },
  {
    username: 'chuthe2',
    displayName: 'Hộ kinh doanh Trà sen Yên Hòa (chủ thể 2)',
    roles: ['producer'],
    unit: 'commune-2',
  },
  {
    // The one demo account that belongs to two producers; chuthe1 and chuthe2 belong to one each.
    username: 'chuthe-nhieu',
    displayName: 'Chủ thể nhiều cơ sở',
    roles: ['producer'],
    unit: 'commune-1',
  },
];

type UnitRow = AdminUnitRow;

/**
 * The demo communes: Bát Tràng (the pottery village, a classic OCOP handicraft commune) and Yên Hòa,
 * both in Hà Nội, so the demo shows one province with two communes that must not see each other.
 */
const DEMO_COMMUNE_CODES = ['00577', '00175'] as const;

async function pickDemoUnits(
  db: Database,
  communeIdByCode: Map<string, string>,
): Promise<Record<DemoAccountPlan['unit'], UnitRow>> {
  const ids = DEMO_COMMUNE_CODES.map((code) => communeIdByCode.get(code));
  if (ids.some((id) => id === undefined))
    throw new Error(`Built-in demo communes ${DEMO_COMMUNE_CODES.join(', ')} are missing`);
  const communes = await listUnitsById(db, ids as string[]);
  const first = communes.find((c) => c.code === DEMO_COMMUNE_CODES[0]);
  const second = communes.find((c) => c.code === DEMO_COMMUNE_CODES[1]);
  const province = first?.parentId ? await findUnitById(db, first.parentId) : undefined;
  const nation = province?.parentId ? await findUnitById(db, province.parentId) : undefined;
  if (!first || !second || !province || !nation) throw new Error('Demo units missing');
  return { nation, province, 'commune-1': first, 'commune-2': second };
}

/**
 * Creates the demo accounts (and, through later modules, demo records) unless they exist.
 * Idempotent: a second run creates nothing and returns the same summary.
 */
export async function seedDemo(params: {
  db: Database;
  now: Date;
  publicBaseUrl?: string;
}): Promise<DemoSummary> {
  const { db, now } = params;
  const builtIn = await ensureBuiltInUnits(db, now);
  const units = await pickDemoUnits(db, builtIn.communeIdByCode);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const today = now.toISOString().slice(0, 10);
  const result: DemoAccount[] = [];
  for (const plan of PLAN) {
    const unit = units[plan.unit];
    if (!(await findAccountByLogin(db, plan.username))) {
      await db.transaction(async (tx) => {
        const row = await insertDemoAccount(
          tx,
          { username: plan.username, displayName: plan.displayName, passwordHash, unitId: unit.id },
          plan.roles,
          today,
          now,
        );
        await appendAudit(
          tx,
          SYSTEM_AUDIT_CONTEXT,
          {
            action: 'demo.account-created',
            entityType: 'account',
            entityId: row.id,
            unitId: unit.id,
            after: { username: plan.username, roles: plan.roles },
          },
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
  const accountIdByUsername = new Map<string, string>();
  for (const plan of PLAN) {
    const account = await findAccountByLogin(db, plan.username);
    if (account) accountIdByUsername.set(plan.username, account.id);
  }
  await seedDemoRegistry(db, now, { accounts: result });
  const publicBaseUrl =
    params.publicBaseUrl ??
    (process.env.PUBLIC_BASE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, '');
  await seedDemoEvaluation({
    db,
    now,
    province: units.province,
    communes: [units['commune-1'], units['commune-2']],
    accountIdByUsername,
    publicBaseUrl,
  });
  const lifecycle = await seedDemoLifecycle({
    db,
    now,
    province: units.province,
    communes: [units['commune-1'], units['commune-2']],
    publicBaseUrl,
    accountIdByUsername,
  });
  const dossiers = await seedDemoDossiers(db, now, {
    accountIdByUsername,
    communes: [units['commune-1'], units['commune-2']],
  });
  const stamps = await seedDemoStamps({
    db,
    now,
    province: units.province,
    accountIdByUsername,
    publicBaseUrl,
  });
  const events = await seedDemoPromotion({
    db,
    now,
    province: units.province,
    communes: [units['commune-1'], units['commune-2']],
    accountIdByUsername,
  });
  await seedDemoCandidates({ db, now, province: units.province, accountIdByUsername });
  const plans = await seedDemoProgramme({
    db,
    now,
    province: units.province,
    communes: [units['commune-1'], units['commune-2']],
    accountIdByUsername,
  });
  await seedDemoNews({ db, now, province: units.province, accountIdByUsername });
  await seedDemoPostInspection({ db, now, accountIdByUsername });
  await seedDemoMarketCases({ db, now, province: units.province, accountIdByUsername });
  return { accounts: result, dossiers, certificates: lifecycle.certificates, stamps, events, plans };
}
