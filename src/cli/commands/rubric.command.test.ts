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
    expect(json.versions[0]!.id).toBe('148');
    expect(json.versions[0]!.sets).toHaveLength(26);
    expect(json.versions[0]!.sets[25]!.managingAgency).toBe('culture-sports-tourism');
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
