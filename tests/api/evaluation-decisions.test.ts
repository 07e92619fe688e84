import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { queryCount } from '../../src/db/database';
import { mailOutbox, notifications } from '../../src/db/schema';
import { buildAccount } from '../helpers/factories';
import { buildEvaluationWorld, type EvaluationWorld } from '../helpers/evaluation-fixtures';
import { buildStage, type Staged } from '../helpers/evaluation-stages';
import { multipartFile, tinyPdf } from '../helpers/multipart';
import { createTestApp, login, type Session, type TestApp } from '../helpers/test-app';

/**
 * After the leader approves: the producer's members and the officers of the producer's commune
 * are notified (in-app and by e-mail), once; the signed scan of the decision is attached as a PDF
 * recognised from its bytes, size-limited, stored content-addressed under DATA_DIR/files, and
 * downloaded by those who read the decision.
 */
const UPLOAD_LIMIT = 64 * 1024;
let t: TestApp;
let dataDir: string;
let w: EvaluationWorld;
let staged: Staged;
let communeX: Session;
let communeXAccountId: string;
let communeYAccountId: string;
let producerEmail: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-decision-'));
  t = await createTestApp({
    now: new Date('2026-05-04T02:00:00Z'),
    config: { dataDir, uploadMaxBytes: UPLOAD_LIMIT },
  });
  w = await buildEvaluationWorld(t);
  const x = await buildAccount(t.db, {
    unit: w.units.communeX,
    grants: [{ role: 'commune_officer', unit: w.units.communeX }],
  });
  const y = await buildAccount(t.db, {
    unit: w.units.communeY,
    grants: [{ role: 'commune_officer', unit: w.units.communeY }],
  });
  communeXAccountId = x.id;
  communeYAccountId = y.id;
  communeX = await login(t.app, x.username);
  producerEmail = `chuthe${Date.now()}@example.vn`;
  await t.db.execute(sql`update accounts set email = ${producerEmail} where id = ${w.producerAccountId}`);
  staged = await buildStage(
    t,
    { province: w.units.provinceA, commune: w.units.communeX, office: w.office, leader: w.leader },
    { chairAccountId: w.chair.accountId, memberAccountId: w.member1.accountId },
    'decision',
  );
  // The staged product belongs to a fresh producer: make the world's producer account its member.
  await t.db.execute(
    sql`insert into producer_members (producer_id, account_id, is_owner) select producer_id, ${w.producerAccountId}, true from round_products where id = ${staged.itemId}`,
  );
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const inject = (
  s: Session | null,
  method: 'GET' | 'POST',
  url: string,
  extra: { payload?: Buffer | object; headers?: Record<string, string> } = {},
) =>
  t.app.inject({
    method,
    url,
    headers: { ...(s?.headers ?? {}), ...(extra.headers ?? {}) },
    ...(extra.payload ? { payload: extra.payload } : {}),
  });

const noticesOf = (accountId: string) =>
  t.db.select().from(notifications).where(eq(notifications.accountId, accountId));

describe('notification of results', () => {
  it('the scan cannot be attached before approval', async () => {
    const res = await inject(
      w.office,
      'POST',
      `/api/v1/decisions/${staged.decisionId}/signed-scan`,
      multipartFile(tinyPdf(), 'qd.pdf'),
    );
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json<{ code: string }>().code).toBe('INVALID_TRANSITION');
  });

  it('approving notifies the producer’s members and the commune’s officers, once', async () => {
    const [a, b] = await Promise.all([
      inject(w.leader, 'POST', `/api/v1/decisions/${staged.decisionId}/approve`),
      inject(w.leader, 'POST', `/api/v1/decisions/${staged.decisionId}/approve`),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const producerNotices = await noticesOf(w.producerAccountId);
    expect(producerNotices).toHaveLength(1);
    expect(producerNotices[0]).toMatchObject({
      kind: 'decision.approved',
      entityType: 'decision',
      entityId: staged.decisionId,
    });
    expect(producerNotices[0]!.titleVi).toContain('4 sao');
    expect(producerNotices[0]!.bodyVi).toMatch(/giấy chứng nhận số T\d+-2026-\d{5}/);
    expect(await noticesOf(communeXAccountId)).toHaveLength(1);
    expect(await noticesOf(communeYAccountId)).toHaveLength(0);
    expect(await noticesOf(w.leader.accountId)).toHaveLength(0);
    const mails = await t.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, producerEmail));
    expect(mails).toHaveLength(1);
    // The commune officer reads it through the notifications API.
    const listed = await inject(communeX, 'GET', '/api/v1/notifications');
    expect(listed.statusCode).toBe(200);
    expect(JSON.stringify(listed.json())).toContain('decision.approved');
  });
});

describe('signed scan', () => {
  const url = () => `/api/v1/decisions/${staged.decisionId}/signed-scan`;
  const blobCount = () =>
    fs.existsSync(path.join(dataDir, 'files'))
      ? fs
          .readdirSync(path.join(dataDir, 'files'), { recursive: true })
          .filter((f) => String(f).length > 60 && !String(f).includes('tmp')).length
      : 0;
  const audits = () =>
    queryCount(t.db, sql`select count(*) as n from audit_log where action = 'decision.scan-attached'`);

  it('refuses what is not a PDF (from its bytes), a file too large, and stores nothing', async () => {
    const html = await inject(
      w.office,
      'POST',
      url(),
      multipartFile(
        Buffer.from('<html><script>alert(1)</script></html>'),
        'quyet-dinh.pdf',
        'application/pdf',
      ),
    );
    expect(html.statusCode).toBe(415);
    expect(html.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(['file']);
    // A WebP photo is a valid upload elsewhere, but a signed scan is a PDF, JPEG or PNG.
    const webp = await inject(
      w.office,
      'POST',
      url(),
      multipartFile(
        Buffer.concat([
          Buffer.from('RIFF'),
          Buffer.from([36, 0, 0, 0]),
          Buffer.from('WEBPVP8 '),
          Buffer.alloc(24),
        ]),
        'qd.pdf',
      ),
    );
    expect(webp.statusCode).toBe(415);
    expect(webp.json<{ detail: string }>().detail).toContain('PDF hoặc ảnh JPEG/PNG');
    const big = await inject(
      w.office,
      'POST',
      url(),
      multipartFile(Buffer.concat([tinyPdf(), Buffer.alloc(UPLOAD_LIMIT + 1, 32)]), 'qd.pdf'),
    );
    expect(big.statusCode).toBe(413);
    const none = await inject(w.office, 'GET', url());
    expect(none.statusCode).toBe(404);
    expect(blobCount()).toBe(0);
    expect(await audits()).toBe(0);
  });

  it('the standing office attaches the signed PDF; it is stored content-addressed and downloadable', async () => {
    const scan = tinyPdf('quyet dinh da ky');
    const res = await inject(w.office, 'POST', url(), multipartFile(scan, 'Quyết định 123.pdf'));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ signedScan: { fileName: string; sha256: string } }>();
    expect(body.signedScan.fileName).toBe('Quyết định 123.pdf');
    expect(
      fs.readFileSync(
        path.join(
          dataDir,
          'files',
          body.signedScan.sha256.slice(0, 2),
          body.signedScan.sha256.slice(2, 4),
          body.signedScan.sha256,
        ),
      ),
    ).toEqual(scan);
    for (const reader of [w.office, w.leader]) {
      const download = await inject(reader, 'GET', url());
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.rawPayload).toEqual(scan);
    }
    expect((await inject(w.producer, 'GET', url())).statusCode).toBe(403);
    expect((await inject(null, 'GET', url())).statusCode).toBe(401);
    // The same file again is a no-op; another file does not replace it.
    expect((await inject(w.office, 'POST', url(), multipartFile(scan, 'again.pdf'))).statusCode).toBe(200);
    const other = await inject(w.leader, 'POST', url(), multipartFile(tinyPdf('khac'), 'khac.pdf'));
    expect(other.statusCode).toBe(409);
    expect(await audits()).toBe(1);
    expect(blobCount()).toBe(1);
  });

  it('the leader may attach a photo (PNG) of the signed decision instead; it is served back as an image', async () => {
    const another = await buildStage(
      t,
      { province: w.units.provinceA, commune: w.units.communeX, office: w.office, leader: w.leader },
      { chairAccountId: w.chair.accountId, memberAccountId: w.member1.accountId },
      'certificate',
    );
    const photo = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    );
    const scanUrl = `/api/v1/decisions/${another.decisionId}/signed-scan`;
    const res = await inject(w.leader, 'POST', scanUrl, multipartFile(photo, 'quyet-dinh-da-ky'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ signedScan: { fileName: string } }>().signedScan.fileName).toBe('quyet-dinh-da-ky.png');
    const download = await inject(w.office, 'GET', scanUrl);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-disposition']).toMatch(/\.png"$/);
    expect(download.rawPayload).toEqual(photo);
  });
});
