import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import { DomainError, type FieldProblem } from '../../domain/errors';
import {
  findSetPlacement148,
  MANAGING_AGENCIES,
  TAXONOMY_148_NOTE_EN,
} from '../../domain/rubric/catalogue/148/taxonomy-148';
import {
  BUILT_IN_RUBRIC_VERSIONS,
  getRubricSheet,
  LISTED_RUBRIC_VERSIONS,
  listRubricVersions,
} from '../../domain/rubric/catalogue/rubric-catalogue';
import {
  checkMeetingQuorum,
  EVALUATION_MODES,
  type SeatAtMeeting,
} from '../../domain/evaluation/meeting-quorum';
import {
  DEFAULT_COUNCIL_SETTINGS,
  FORWARDING_READINGS,
  type ForwardingReading,
} from '../../domain/rubric/council-settings';
import {
  BUILT_IN_PROCEDURE_VERSIONS,
  PROCEDURE_LEVELS,
  type ProcedureLevel,
} from '../../domain/rubric/procedure-versions';
import { routeResult } from '../../domain/rubric/route-result';
import { aggregateRound, checkDispersion } from '../../domain/rubric/round-aggregate';
import { checkRubricIntegrity } from '../../domain/rubric/rubric-integrity';
import { scoreSheet, type ScoredSheet } from '../../domain/rubric/score-sheet';
import { awardStars } from '../../domain/rubric/star-award';
import { renderBlankScoreSheetPdf } from '../../server/documents/blank-score-sheet.pdf';

/** Where the command writes; replaceable in tests. */
export interface RubricCommandIo {
  out: (text: string) => void;
  readText: (file: string) => Promise<string>;
  writeBytes: (file: string, bytes: Uint8Array) => Promise<void>;
}

const defaultIo: RubricCommandIo = {
  out: (text) => process.stdout.write(text),
  readText: (file) => readFile(file, 'utf8'),
  writeBytes: (file, bytes) => writeFile(file, bytes),
};

/**
 * Optional attendance of the meeting: with it, `rubric score` also prints quorum and routing.
 * `present` counts the voting members present (including the one chairing); `abstentions` of
 * them declared a conflict of interest; `mode` "written-opinion" counts returned opinions.
 */
const CouncilAttendanceSchema = z
  .strictObject({
    size: z.number().int().min(1).max(200),
    present: z.number().int().min(0),
    chairPresent: z.boolean(),
    viceChairChairing: z.boolean().optional(),
    abstentions: z.number().int().min(0).optional(),
    mode: z.enum(EVALUATION_MODES).optional(),
  })
  .refine((c) => c.present <= c.size, { message: 'present > size', path: ['present'] })
  .refine((c) => (c.abstentions ?? 0) <= c.present, {
    message: 'abstentions > present',
    path: ['abstentions'],
  });

const ScoreFileSchema = z.strictObject({
  council: CouncilAttendanceSchema.optional(),
  members: z
    .array(
      z.strictObject({
        name: z.string().trim().min(1),
        choices: z.record(z.string(), z.number()),
        knockOuts: z.array(z.string()).optional(),
      }),
    )
    .min(1),
});

const setNumberArg = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new DomainError(
      'VALIDATION_FAILED',
      `Số bộ sản phẩm không hợp lệ: ${value}.`,
      `Invalid product set number: ${value}.`,
      [{ field: '--set', messageVi: 'Phải là số nguyên dương', messageEn: 'Must be a positive integer' }],
    );
  return n;
};

async function readScoreFile(io: RubricCommandIo, file: string): Promise<z.infer<typeof ScoreFileSchema>> {
  let text: string;
  try {
    text = await io.readText(file);
  } catch {
    throw new DomainError('NOT_FOUND', `Không đọc được tệp ${file}.`, `Cannot read file ${file}.`, [
      { field: '--file', messageVi: 'Không đọc được tệp', messageEn: 'Cannot read the file' },
    ]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DomainError(
      'IMPORT_INVALID',
      `Tệp ${file} không phải JSON hợp lệ.`,
      `File ${file} is not valid JSON: ${(error as Error).message}`,
    );
  }
  const parsed = ScoreFileSchema.safeParse(json);
  if (!parsed.success) {
    const details: FieldProblem[] = parsed.error.issues.map((i) => ({
      field: i.path.join('.') || '(root)',
      messageVi: i.message,
      messageEn: i.message,
    }));
    throw new DomainError(
      'IMPORT_INVALID',
      `Tệp chấm điểm sai định dạng tại ${details[0]!.field}.`,
      `Score file is malformed at ${details[0]!.field}: ${details[0]!.messageEn}`,
      details,
    );
  }
  return parsed.data;
}

type CouncilAttendance = z.infer<typeof CouncilAttendanceSchema>;

/** Seats of a council described by counts: chair first, then a vice-chair, then members. */
function seatsOf(council: CouncilAttendance): SeatAtMeeting[] {
  const chairing = council.chairPresent ? 'chair' : council.viceChairChairing ? 'vice_chair' : null;
  const presentOthers = council.present - (chairing ? 1 : 0);
  const abstaining = council.abstentions ?? 0;
  return Array.from({ length: council.size }, (_, i) => {
    const role = i === 0 ? 'chair' : i === 1 ? 'vice_chair' : 'member';
    const isChairing =
      (role === 'chair' && chairing === 'chair') || (role === 'vice_chair' && chairing === 'vice_chair');
    // Seats of the others present are the members after the two presiding seats.
    const otherIndex = i - 2;
    const isPresent = isChairing || (otherIndex >= 0 && otherIndex < presentOthers);
    const isAbstaining = isPresent && !isChairing && otherIndex < abstaining;
    return { memberId: `seat-${i + 1}`, role, isPresent, hasAbstained: isAbstaining };
  });
}

const optionArg = <T extends string>(flag: string, allowed: readonly T[], value: string): T => {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new DomainError(
    'VALIDATION_FAILED',
    `${flag} không hợp lệ: ${value}.`,
    `Invalid ${flag}: ${value}.`,
    [
      {
        field: flag,
        messageVi: `Một trong: ${allowed.join(', ')}`,
        messageEn: `One of: ${allowed.join(', ')}`,
      },
    ],
  );
};

interface RoutingOptions {
  procedure?: string;
  level?: string;
  forwarding?: string;
}

/** Quorum and routing of a scored council, printed when the file describes the meeting. */
function councilOutcome(
  council: CouncilAttendance,
  mean: number,
  stars: ReturnType<typeof awardStars>['stars'],
  opts: RoutingOptions,
) {
  const procedure = BUILT_IN_PROCEDURE_VERSIONS.find((p) => p.id === (opts.procedure ?? '148-amended-1489'));
  if (!procedure)
    throw new DomainError(
      'NOT_FOUND',
      `Không có quy trình ${opts.procedure}.`,
      `No procedure ${opts.procedure}.`,
      [
        {
          field: '--procedure',
          messageVi: BUILT_IN_PROCEDURE_VERSIONS.map((p) => p.id).join(', '),
          messageEn: BUILT_IN_PROCEDURE_VERSIONS.map((p) => p.id).join(', '),
        },
      ],
    );
  const level = optionArg<ProcedureLevel>('--level', PROCEDURE_LEVELS, opts.level ?? 'province');
  const reading: ForwardingReading = opts.forwarding
    ? optionArg('--forwarding', FORWARDING_READINGS, opts.forwarding)
    : procedure.forwardingReading;
  const rule = DEFAULT_COUNCIL_SETTINGS.quorum;
  const quorum = checkMeetingQuorum(
    {
      mode: council.mode ?? 'meeting',
      seats: seatsOf(council),
      chairedBy: null,
      attendanceSource: 'recorded',
    },
    rule,
  );
  const route = routeResult(procedure, level, mean, stars, { reading });
  return {
    quorum: {
      met: quorum.isMet,
      present: quorum.presentCount,
      required: quorum.requiredCount,
      size: quorum.councilSize,
      chairedBy: quorum.chairedBy,
      mode: quorum.mode,
      reading: {
        minPresentPercent: rule.minPresentPercent,
        rounding: rule.rounding,
        requireChair: rule.requireChair,
        abstentionsCountAsPresent: rule.abstentionsCountAsPresent,
      },
      readingVi: quorum.readingVi,
      readingEn: quorum.readingEn,
      reasonsVi: quorum.reasonsVi,
      reasonsEn: quorum.reasonsEn,
    },
    forwarding: {
      procedure: procedure.id,
      level,
      reading: route.reading,
      action: route.action,
      targetLevel: route.targetLevel ?? null,
      explanationVi: route.explanationVi,
      explanationEn: route.explanationEn,
    },
  };
}

/** `rubric score`: every member's sheet, the council mean, stars and dispersion. */
export async function runRubricScore(
  io: RubricCommandIo,
  opts: { rubric: string; set: string; file: string; json?: boolean } & RoutingOptions,
): Promise<void> {
  const sheet = getRubricSheet(opts.rubric, setNumberArg(opts.set));
  const file = await readScoreFile(io, opts.file);
  const scored: { name: string; sheet: ScoredSheet }[] = file.members.map((m, index) => {
    try {
      return {
        name: m.name,
        sheet: scoreSheet(sheet, { choices: m.choices, ...(m.knockOuts ? { knockOuts: m.knockOuts } : {}) }),
      };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const where = `members.${index} (${m.name})`;
      throw new DomainError(
        error.code,
        `${where}: ${error.messageVi}`,
        `${where}: ${error.messageEn}`,
        error.details?.map((d) => ({ ...d, field: `${where}.${d.field}` })),
      );
    }
  });
  const totals = scored.map((s) => ({ name: s.name, total: s.sheet.total }));
  const { mean } = aggregateRound(totals);
  const award = awardStars({ sheet, mean, members: file.members });
  const dispersion = checkDispersion(totals, DEFAULT_COUNCIL_SETTINGS.dispersionThresholdPoints);
  const result = {
    rubric: opts.rubric,
    set: sheet.setNumber,
    members: scored.map((s) => ({ name: s.name, total: s.sheet.total, parts: s.sheet.parts })),
    mean,
    stars: award.stars,
    certifiable: award.isCertifiable,
    blockedBy: [...new Set(award.blockedBy.map((b) => b.criterionCode))],
    dispersion: {
      spread: dispersion.spread,
      thresholdPoints: dispersion.thresholdPoints,
      isExceeded: dispersion.isExceeded,
      outliers: dispersion.outliers,
    },
    knockOuts: award.knockOuts.map((k) => k.criterionCode),
    nextBand: award.nextBand
      ? {
          stars: award.nextBand.stars,
          pointsMissing: award.nextBand.pointsMissing,
          blockedBy: [...new Set(award.nextBand.unmetRequirements.map((r) => r.criterionCode))],
        }
      : null,
    explanationVi: award.explanationVi,
    explanationEn: award.explanationEn,
    ...(file.council ? councilOutcome(file.council, mean, award.stars, opts) : {}),
  };
  if (opts.json) return io.out(`${JSON.stringify(result, null, 2)}\n`);
  const outcome = file.council ? councilOutcome(file.council, mean, award.stars, opts) : null;
  const lines = [
    `Bộ ${sheet.setNumber} — ${sheet.setNameVi} / ${sheet.setNameEn}`,
    ...result.members.map(
      (m) => `  ${m.name}: ${m.total} điểm/points (A ${m.parts.A}, B ${m.parts.B}, C ${m.parts.C})`,
    ),
    `Điểm trung bình / mean: ${mean.toFixed(2)}`,
    `Hạng / stars: ${award.stars === null ? '—' : `${award.stars}★`}${award.isCertifiable ? ' — đủ điều kiện công nhận / certifiable' : ' — không công nhận / not certifiable'}`,
    dispersion.isExceeded
      ? `Chênh lệch ${dispersion.spread} điểm > ${dispersion.thresholdPoints}: chấm lại / spread ${dispersion.spread} > ${dispersion.thresholdPoints}, re-score: ${dispersion.outliers.join(', ')}`
      : `Chênh lệch / spread: ${dispersion.spread} (≤ ${dispersion.thresholdPoints})`,
    award.explanationVi,
    award.explanationEn,
    ...(outcome
      ? [
          `Túc số / quorum: ${outcome.quorum.met ? 'đủ / met' : 'không đủ / not met'} — có mặt / present ${outcome.quorum.present}/${outcome.quorum.size}, cần / required ${outcome.quorum.required}${outcome.quorum.reasonsVi.length ? ` (${outcome.quorum.reasonsVi.join(' ')})` : ''}`,
          `  ${outcome.quorum.readingVi} / ${outcome.quorum.readingEn}`,
          `Chuyển cấp / routing (${outcome.forwarding.procedure}, cấp / level ${outcome.forwarding.level}, theo / reading: ${outcome.forwarding.reading === 'points' ? 'điểm / points' : 'sao / stars'}): ${outcome.forwarding.explanationVi} / ${outcome.forwarding.explanationEn}`,
        ]
      : []),
  ];
  io.out(`${lines.join('\n')}\n`);
}

/** `rubric check`: integrity of every published sheet of every built-in version. */
export function runRubricCheck(io: RubricCommandIo, opts: { json?: boolean }): boolean {
  const versions = BUILT_IN_RUBRIC_VERSIONS.filter((v) => v.status === 'published').map((v) => ({
    id: v.id,
    legalBasis: `${v.legalBasis.number} (${v.legalBasis.date}), ${v.legalBasis.appendix}`,
    effectiveFrom: v.effectiveFrom,
    effectiveTo: v.effectiveTo,
    sets: v.sheets.map((s) => {
      const r = checkRubricIntegrity(s, { partMaxima: v.partMaxima });
      return {
        setNumber: s.setNumber,
        setNameVi: s.setNameVi,
        isValid: r.isValid,
        parts: Object.fromEntries(r.parts.map((p) => [p.code, p.declared])),
        total: r.total.declared,
        issues: r.issues,
        exceptions: r.decisions.map((d) => ({
          node: d.nodeCode,
          kind: d.kind,
          transcription: d.source,
          chosen: d.chosen,
          reason: d.reason,
        })),
      };
    }),
  }));
  const isValid = versions.every((v) => v.sets.every((s) => s.isValid));
  if (opts.json) io.out(`${JSON.stringify({ isValid, versions }, null, 2)}\n`);
  else {
    const lines: string[] = [];
    for (const v of versions) {
      lines.push(`${v.id}: ${v.legalBasis}`);
      for (const s of v.sets)
        lines.push(
          `  ${s.isValid ? 'OK ' : 'LỖI'} bộ ${String(s.setNumber).padStart(2)} A ${s.parts.A} / B ${s.parts.B} / C ${s.parts.C} = ${s.total}` +
            (s.exceptions.length
              ? `, ${s.exceptions.length} ngoại lệ có ghi lý do / documented exceptions`
              : '') +
            s.issues.map((i) => `\n      ${i.nodeCode}: ${i.messageVi} / ${i.messageEn}`).join(''),
        );
    }
    lines.push(isValid ? 'Tất cả hợp lệ / all valid' : 'Có lỗi / some sheets are invalid');
    io.out(`${lines.join('\n')}\n`);
  }
  return isValid;
}

/** `rubric list`: versions and their product sets (with taxonomy for 148). */
export function runRubricList(io: RubricCommandIo, opts: { json?: boolean }): void {
  const versions = listRubricVersions(LISTED_RUBRIC_VERSIONS).map((v) => ({
    ...v,
    sets: v.sets.map((s) => {
      const place = v.id === '148' ? findSetPlacement148(s.setNumber) : undefined;
      return place
        ? {
            ...s,
            group: `${place.group.number}. ${place.group.nameVi}`,
            subGroup: `${place.subGroup.code} ${place.subGroup.nameVi}`,
            managingAgency: place.managingAgency,
            managingAgencyVi: MANAGING_AGENCIES[place.managingAgency].vi,
          }
        : s;
    }),
    ...(v.id === '148' ? { managingAgencyNote: TAXONOMY_148_NOTE_EN } : {}),
  }));
  if (opts.json) return io.out(`${JSON.stringify({ versions }, null, 2)}\n`);
  const lines = versions.flatMap((v) => [
    `${v.id} — ${v.nameVi} (${v.effectiveFrom} → ${v.effectiveTo ?? '…'}), ${v.status}`,
    ...(v.historyNoteVi ? [`  ${v.historyNoteVi} / ${v.historyNoteEn ?? ''}`] : []),
    ...v.sets.map((s) => `  ${String(s.setNumber).padStart(2)}. ${s.setNameVi} / ${s.setNameEn}`),
  ]);
  io.out(`${lines.join('\n')}\n`);
}

/** `rubric pdf`: printable blank scoring sheet of one product set. */
export async function runRubricPdf(
  io: RubricCommandIo,
  opts: { rubric: string; set: string; out: string },
): Promise<void> {
  const sheet = getRubricSheet(opts.rubric, setNumberArg(opts.set));
  const version = BUILT_IN_RUBRIC_VERSIONS.find((v) => v.id === opts.rubric)!;
  const pdf = await renderBlankScoreSheetPdf({ sheet, version });
  await io.writeBytes(opts.out, pdf);
  io.out(`${opts.out}\n`);
}

/**
 * Registers `ocop rubric list|check|score|pdf` on a commander program. Reads the built-in
 * catalogue (database-published versions come later through the server).
 */
export function registerRubricCommand(program: Command, io: RubricCommandIo = defaultIo): void {
  const rubric = program.command('rubric').description('Bộ tiêu chí chấm điểm OCOP / OCOP criteria sheets');
  rubric
    .command('list')
    .description('Liệt kê phiên bản và bộ sản phẩm / list versions and product sets')
    .option('--json', 'JSON output')
    .action((opts: { json?: boolean }) => runRubricList(io, opts));
  rubric
    .command('check')
    .description('Kiểm tra tính toàn vẹn / integrity report of every published sheet')
    .option('--json', 'JSON output')
    .action((opts: { json?: boolean }) => {
      if (!runRubricCheck(io, opts))
        throw new DomainError('RUBRIC_INVALID', 'Có bộ tiêu chí không hợp lệ.', 'Some sheets are invalid.');
    });
  rubric
    .command('score')
    .description("Chấm điểm từ tệp JSON / score members' choices from a JSON file")
    .option('--rubric <id>', 'rubric version', '148')
    .requiredOption('--set <n>', 'product set number')
    .requiredOption(
      '--file <choices.json>',
      '{"council"?:{"size":11,"present":8,"chairPresent":true},"members":[{"name":"…","choices":{"A.1.a":2,…}}]}',
    )
    .option('--json', 'JSON output')
    .option(
      '--procedure <id>',
      'procedure version for routing when the file has "council"',
      '148-amended-1489',
    )
    .option('--level <level>', 'council level: district | province | central', 'province')
    .option('--forwarding <reading>', "points | stars (default: the procedure's reading)")
    .action((opts: { rubric: string; set: string; file: string; json?: boolean } & RoutingOptions) =>
      runRubricScore(io, opts),
    );
  rubric
    .command('pdf')
    .description('In phiếu chấm điểm trống / printable blank scoring sheet')
    .option('--rubric <id>', 'rubric version', '148')
    .requiredOption('--set <n>', 'product set number')
    .requiredOption('--out <file>', 'output PDF file')
    .action((opts: { rubric: string; set: string; out: string }) => runRubricPdf(io, opts));
}
