import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/database';
import { verifyAuditChain } from '../../src/db/repositories/audit.repository';
import { buildJurisdictions } from '../helpers/factories';
import { createTestApp, signInAs, type TestApp } from '../helpers/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  const units = await buildJurisdictions(t.db);
  const admin = await signInAs(t, 'admin', units.provinceA);
  for (const name of ['a', 'b', 'c']) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/accounts',
      headers: { ...admin.headers, 'x-request-id': `req-create-${name}-0001` },
      payload: { username: `audit.${name}`, displayName: name, password: 'mat-khau-manh-2026', unitId: units.communeX.id },
    });
    expect(response.statusCode).toBe(201);
  }
});
afterAll(async () => t.close());

describe('audit trail', () => {
  it('records who did what, where, under which request, with the state after', async () => {
    const rows = await queryRows(t.db, sql`select * from audit_log where action = 'account.created' order by seq`);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ actor_role: 'admin', entity_type: 'account', request_id: 'req-create-a-0001' });
    expect(rows[0]?.after).toMatchObject({ username: 'audit.a' });
    expect(JSON.stringify(rows)).not.toContain('argon2');
  });

  it('verifies an untouched chain', async () => {
    const result = await verifyAuditChain(t.db);
    expect(result.breaks).toEqual([]);
    expect(result.rowsChecked).toBeGreaterThanOrEqual(4);
  });

  it('names an edited row', async () => {
    const [target] = await queryRows<{ seq: number }>(t.db, sql`select seq from audit_log where action = 'account.created' order by seq limit 1`);
    const seq = Number(target!.seq);
    await t.db.execute(sql`update audit_log set after = '{"username":"forged"}'::jsonb where seq = ${seq}`);
    const result = await verifyAuditChain(t.db);
    expect(result.breaks).toContainEqual({ seq, reason: 'hash-mismatch' });
  });

  it('names a deleted row', async () => {
    const [last] = await queryRows<{ seq: number }>(t.db, sql`select max(seq) as seq from audit_log`);
    const seq = Number(last!.seq) - 1;
    await t.db.execute(sql`delete from audit_log where seq = ${seq}`);
    const result = await verifyAuditChain(t.db);
    expect(result.breaks).toContainEqual({ seq, reason: 'gap' });
    expect(result.breaks).toContainEqual({ seq: seq + 1, reason: 'link-mismatch' });
  });
});
