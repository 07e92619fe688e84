import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../domain/errors';
import { getRubricSheet } from '../../domain/rubric/catalogue/rubric-catalogue';
import { bestChoices } from '../../domain/rubric/rubric-test-helpers';
import { registerRubricCommand, type RubricCommandIo } from './rubric.command';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const dir = mkdtempSync(path.join(tmpdir(), 'ocop-rubric-'));

async function run(args: string[]): Promise<{ out: string; files: Map<string, Uint8Array> }> {
  let out = '';
  const files = new Map<string, Uint8Array>();
  const io: RubricCommandIo = {
    out: (t) => void (out += t),
    readText: (f) => Promise.resolve(readFileSync(f, 'utf8')),
    writeBytes: (f, b) => Promise.resolve(void files.set(f, b)),
  };
  const program = new Command().exitOverride();
  registerRubricCommand(program, io);
  await program.parseAsync(['node', 'ocop', 'rubric', ...args]);
  return { out, files };
}

function writeMembers(name: string, members: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify({ members }));
  return file;
}

const set07 = getRubricSheet('148', 7);
const best = bestChoices(set07);
// 71 points, held at 3★ by A.3.e (intellectual property ****)
const held = {
  ...best,
  'A.3.e': 0,
  'A.1.a': 2,
  'A.3.a': 1,
  'B.4.a': 1,
  'B.4.b': 1,
  'B.4.c': 1,
  'B.5.a': 1,
  'C.6.b': 1,
  'C.8.b': 1,
  'C.11.a': 1,
};

describe('ocop rubric (command module)', () => {
  it('list --json names 26 sets of 148 with their taxonomy', async () => {
    const { out } = await run(['list', '--json']);
    const json = JSON.parse(out) as {
      versions: { id: string; sets: { setNumber: number; managingAgency?: string }[] }[];
    };
    const v148 = json.versions.find((v) => v.id === '148')!;
    expect(v148.sets).toHaveLength(26);
    expect(v148.sets[25]!.managingAgency).toBe('culture-sports-tourism');
  });

  it('list shows Decision 1048 as history without sheets, labelled so nobody scores with it', async () => {
    const { out } = await run(['list', '--json']);
    const json = JSON.parse(out) as {
      versions: {
        id: string;
        isScorable: boolean;
        historyNoteVi: string | null;
        sets: unknown[];
        effectiveTo: string | null;
      }[];
    };
    // Oldest first: 1048 (2019-08-21 → 2023-02-23) precedes 148.
    expect(json.versions.map((v) => v.id)).toEqual(['1048', '148']);
    expect(json.versions[0]).toMatchObject({ isScorable: false, sets: [], effectiveTo: '2023-02-23' });
    expect(json.versions[0]!.historyNoteVi).toContain('không dùng để chấm điểm');
    expect(json.versions[1]!.isScorable).toBe(true);
    const text = (await run(['list'])).out;
    expect(text).toContain('1048 — Bộ tiêu chí theo Quyết định 1048/QĐ-TTg (lịch sử — không có phiếu chấm)');
    expect(text).toContain('Chỉ để tra cứu lịch sử');
  });

  it('score refuses the history-only 1048: it has no sheets', async () => {
    const file = writeMembers('m1048.json', [{ name: 'A', choices: {} }]);
    await expect(run(['score', '--rubric', '1048', '--set', '7', '--file', file, '--json'])).rejects.toThrow(
      /1048/,
    );
  });

  it('check --json: 26 sets, all 40/25/35, every exception with a reason', async () => {
    const { out } = await run(['check', '--json']);
    const json = JSON.parse(out) as {
      isValid: boolean;
      versions: {
        sets: {
          parts: Record<string, number>;
          total: number;
          issues: unknown[];
          exceptions: { reason: string }[];
        }[];
      }[];
    };
    expect(json.isValid).toBe(true);
    const sets = json.versions[0]!.sets;
    expect(sets).toHaveLength(26);
    for (const s of sets) {
      expect(s.parts).toEqual({ A: 40, B: 25, C: 35 });
      expect(s.total).toBe(100);
      expect(s.issues).toEqual([]);
      for (const e of s.exceptions) expect(e.reason).not.toBe('');
    }
  });

  it('score --json: mean, stars, blocking criterion and dispersion', async () => {
    const file = writeMembers('held.json', [
      { name: 'An', choices: held },
      { name: 'Bình', choices: held },
      { name: 'Chi', choices: { ...held, 'C.9.a': 4 } }, // 3 points instead of 5: −2 → 69
    ]);
    const { out } = await run(['score', '--set', '7', '--file', file, '--json']);
    const json = JSON.parse(out) as Record<string, unknown>;
    expect(json.members).toEqual([
      { name: 'An', total: 71, parts: { A: 34, B: 8, C: 29 } },
      { name: 'Bình', total: 71, parts: { A: 34, B: 8, C: 29 } },
      { name: 'Chi', total: 69, parts: { A: 34, B: 8, C: 27 } },
    ]);
    expect(json.mean).toBe(70.33);
    expect(json.stars).toBe(3);
    expect(json.certifiable).toBe(true);
    expect(json.blockedBy).toEqual(['A.3.e']);
    expect(json.dispersion).toMatchObject({ spread: 2, outliers: [] });
  });

  it('score without --json prints bilingual text and flags the 10-point rule', async () => {
    const file = writeMembers('spread.json', [
      { name: 'An', choices: best },
      { name: 'Bình', choices: held },
    ]);
    const { out } = await run(['score', '--set', '7', '--file', file]);
    expect(out).toContain('Điểm trung bình / mean: 85.50');
    expect(out).toContain('re-score: An, Bình');
    expect(out).toContain('Hạng / stars: 3★');
  });

  it('a bad file is refused with the criterion named', async () => {
    const { ['C.6.đ']: _d, ...missing } = best;
    const file = writeMembers('bad.json', [
      { name: 'An', choices: best },
      { name: 'Bình', choices: missing },
    ]);
    const error = await run(['score', '--set', '7', '--file', file]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).messageEn).toContain('members.1 (Bình)');
    expect((error as DomainError).messageEn).toContain('C.6.đ');
  });

  it('a malformed file is refused naming the field', async () => {
    const file = writeMembers('malformed.json', [{ name: 'An', choices: { 'A.1.a': 'two' } }]);
    const error = (await run(['score', '--set', '7', '--file', file]).catch(
      (e: unknown) => e,
    )) as DomainError;
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.details?.[0]?.field).toBe('members.0.choices.A.1.a');
  });

  it('pdf writes a PDF', async () => {
    const { files } = await run(['pdf', '--set', '26', '--out', 'x.pdf']);
    expect(Buffer.from(files.get('x.pdf')!).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

function writeScoreFile(name: string, content: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(content));
  return file;
}

interface CouncilJson {
  quorum: { met: boolean; present: number; required: number; chairedBy: string | null; reasonsEn: string[] };
  forwarding: {
    procedure: string;
    level: string;
    reading: string;
    action: string;
    targetLevel: string | null;
    explanationVi: string;
  };
}

describe('ocop rubric score with the council of the meeting', () => {
  const members = [
    { name: 'An', choices: best },
    { name: 'Bình', choices: best },
  ];
  const score = async (council: object, extra: string[] = []) => {
    const file = writeScoreFile(`council-${JSON.stringify(council).length}-${extra.join('')}.json`, {
      council,
      members,
    });
    return JSON.parse(
      (await run(['score', '--rubric', '148', '--set', '7', '--file', file, '--json', ...extra])).out,
    ) as CouncilJson & Record<string, unknown>;
  };

  // Required = round(11 × 75 %) = round(8.25) = 8 under the default rounding.
  it.each([
    [{ size: 11, present: 8, chairPresent: true }, true, 8, 'chair'], // 8 ≥ 8, chair chairs
    [{ size: 11, present: 8, chairPresent: false }, false, 8, null], // 8 present but nobody to chair
    [{ size: 11, present: 8, chairPresent: false, viceChairChairing: true }, true, 8, 'vice_chair'], // vice-chair chairs in the chair's place
    [{ size: 11, present: 3, chairPresent: true }, false, 3, 'chair'], // 3 < 8
    [{ size: 11, present: 8, chairPresent: true, abstentions: 1 }, false, 7, 'chair'], // 8 − 1 abstaining = 7 < 8
  ] as const)('council %j → quorum.met = %s (present %d)', async (council, met, present, chairedBy) => {
    const json = await score(council);
    expect(json.quorum).toMatchObject({ met, present, required: 8, chairedBy });
    expect(json.quorum.reasonsEn.length === 0).toBe(met);
  });

  it('prints the forwarding decision and the reading used', async () => {
    const json = await score({ size: 11, present: 9, chairPresent: true });
    expect(json.mean).toBe(100);
    expect(json.forwarding).toMatchObject({
      procedure: '148-amended-1489',
      level: 'province',
      reading: 'points',
      action: 'forward',
      targetLevel: 'central',
    });
    expect(json.forwarding.explanationVi).toContain('chuyển cấp trên vì đạt ≥ 90 điểm'.replace('c', 'C'));
  });

  it('a 148-original district result of 72 held at 3★ by a ★4 criterion goes to the province by points, stays by stars', async () => {
    const seventyTwo = { ...held, 'A.3.a': 2 }; // held is 71; A.3.a option 2 (2 points instead of 1) → 72
    const file = writeScoreFile('district-72.json', {
      council: { size: 9, present: 9, chairPresent: true },
      members: [{ name: 'An', choices: seventyTwo }],
    });
    const args = [
      'score',
      '--set',
      '7',
      '--file',
      file,
      '--json',
      '--procedure',
      '148-original',
      '--level',
      'district',
    ];
    const byPoints = JSON.parse((await run(args)).out) as CouncilJson & {
      mean: number;
      stars: number;
      blockedBy: string[];
    };
    expect(byPoints).toMatchObject({ mean: 72, stars: 3, blockedBy: ['A.3.e'] });
    expect(byPoints.forwarding).toMatchObject({
      reading: 'points',
      action: 'forward',
      targetLevel: 'province',
    });
    expect(byPoints.forwarding.explanationVi).toContain('Chuyển cấp trên vì đạt ≥ 70 điểm');
    const byStars = JSON.parse((await run([...args, '--forwarding', 'stars'])).out) as CouncilJson;
    expect(byStars.forwarding).toMatchObject({
      reading: 'stars',
      action: 'certify',
      targetLevel: 'district',
    });
  });

  it('a file without "council" prints exactly what it printed before', async () => {
    const file = writeMembers('no-council.json', members);
    const json = JSON.parse((await run(['score', '--set', '7', '--file', file, '--json'])).out) as Record<
      string,
      unknown
    >;
    expect(Object.keys(json)).toEqual([
      'rubric',
      'set',
      'members',
      'mean',
      'stars',
      'certifiable',
      'blockedBy',
      'dispersion',
      'knockOuts',
      'nextBand',
      'explanationVi',
      'explanationEn',
    ]);
    const text = (await run(['score', '--set', '7', '--file', file])).out;
    expect(text).not.toContain('quorum');
  });

  it('the text output names quorum and routing', async () => {
    const file = writeScoreFile('council-text.json', {
      council: { size: 11, present: 3, chairPresent: true },
      members,
    });
    const { out } = await run(['score', '--set', '7', '--file', file]);
    expect(out).toContain('Túc số / quorum: không đủ / not met — có mặt / present 3/11, cần / required 8');
    expect(out).toContain('Cần ít nhất 8/11 thành viên có mặt (75 %)');
    expect(out).toContain('theo / reading: điểm / points');
  });

  it('a council with more present than members is refused naming the field', async () => {
    const file = writeScoreFile('council-bad.json', {
      council: { size: 11, present: 12, chairPresent: true },
      members,
    });
    const error = (await run(['score', '--set', '7', '--file', file]).catch(
      (e: unknown) => e,
    )) as DomainError;
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.details?.[0]?.field).toBe('council.present');
  });
});

describe('node bin/ocop.js rubric (process)', () => {
  it('check --json exits 0', () => {
    const out = execFileSync('node', ['bin/ocop.js', 'rubric', 'check', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect((JSON.parse(out) as { isValid: boolean }).isValid).toBe(true);
  });
  it('a bad file exits non-zero naming the criterion', () => {
    const file = writeMembers('bad-process.json', [{ name: 'An', choices: { 'A.1.a': 9 } }]);
    const r = spawnSync('node', ['bin/ocop.js', 'rubric', 'score', '--set', '7', '--file', file], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('A.1.a');
  });
});
