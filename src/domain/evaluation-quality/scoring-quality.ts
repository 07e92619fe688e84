/**
 * Scoring quality of a council (chất lượng chấm điểm): the programme warns against evaluation that
 * "chases achievements", and the dispersion of members' scores is its signal. Pure.
 *
 * For every product of every round, each member's latest submitted total is compared with the
 * mean of the members' totals for that product: the deviation in points and the z-score (the
 * deviation over the standard deviation of the totals). Per member, across rounds: the mean
 * deviation, the mean z-score of each round, and the share of the member's products that were
 * re-scored. A member is flagged for review when far from the council (|z| ≥ 1) in at least two
 * rounds and in at least two thirds of the rounds they scored.
 */

export interface SheetTotal {
  roundId: string;
  roundName: string;
  meetingOn: string;
  roundProductId: string;
  memberId: string;
  version: number;
  totalHundredths: number;
}

export interface MemberQuality {
  memberId: string;
  productsScored: number;
  /** Mean of (member total − product mean), in points; negative scores lower than the council. */
  meanDeviation: number;
  meanAbsoluteDeviation: number;
  rounds: { roundId: string; roundName: string; meetingOn: string; meanZ: number; products: number }[];
  meanZ: number;
  /** Share (0–1) of the member's products scored more than once (phiếu chấm lại). */
  rescoredShare: number;
  isFlagged: boolean;
}

export const FAR_Z = 1;

const mean = (values: readonly number[]) =>
  values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
const round2 = (value: number) => Math.round(value * 100) / 100;

/** Per-member scoring quality of one council from its submitted score sheets (every version). */
export function scoringQuality(sheets: readonly SheetTotal[]): MemberQuality[] {
  const latest = new Map<string, SheetTotal & { maxVersion: number }>();
  for (const sheet of sheets) {
    const key = `${sheet.roundProductId}|${sheet.memberId}`;
    const seen = latest.get(key);
    const maxVersion = Math.max(seen?.maxVersion ?? 0, sheet.version);
    if (!seen || sheet.version > seen.version) latest.set(key, { ...sheet, maxVersion });
    else seen.maxVersion = maxVersion;
  }
  const byProduct = new Map<string, (SheetTotal & { maxVersion: number })[]>();
  for (const sheet of latest.values())
    byProduct.set(sheet.roundProductId, [...(byProduct.get(sheet.roundProductId) ?? []), sheet]);
  const perMember = new Map<
    string,
    { sheet: SheetTotal & { maxVersion: number }; deviation: number; z: number }[]
  >();
  for (const productSheets of byProduct.values()) {
    if (productSheets.length < 2) continue;
    const totals = productSheets.map((s) => s.totalHundredths / 100);
    const productMean = mean(totals);
    const sd = Math.sqrt(mean(totals.map((t) => (t - productMean) ** 2)));
    for (const sheet of productSheets) {
      const deviation = sheet.totalHundredths / 100 - productMean;
      perMember.set(sheet.memberId, [
        ...(perMember.get(sheet.memberId) ?? []),
        { sheet, deviation, z: sd > 0 ? deviation / sd : 0 },
      ]);
    }
  }
  return [...perMember.entries()].map(([memberId, rows]) => {
    const roundIds = [...new Set(rows.map((r) => r.sheet.roundId))];
    const rounds = roundIds.map((roundId) => {
      const inRound = rows.filter((r) => r.sheet.roundId === roundId);
      const first = inRound[0]!.sheet;
      return {
        roundId,
        roundName: first.roundName,
        meetingOn: first.meetingOn,
        meanZ: round2(mean(inRound.map((r) => r.z))),
        products: inRound.length,
      };
    });
    const farRounds = rounds.filter((r) => Math.abs(r.meanZ) >= FAR_Z).length;
    return {
      memberId,
      productsScored: rows.length,
      meanDeviation: round2(mean(rows.map((r) => r.deviation))),
      meanAbsoluteDeviation: round2(mean(rows.map((r) => Math.abs(r.deviation)))),
      rounds: rounds.sort((a, b) => a.meetingOn.localeCompare(b.meetingOn)),
      meanZ: round2(mean(rows.map((r) => r.z))),
      rescoredShare: round2(rows.filter((r) => r.sheet.maxVersion > 1).length / rows.length),
      isFlagged: farRounds >= 2 && farRounds * 3 >= rounds.length * 2,
    };
  });
}
