/**
 * Tiến độ thực hiện kế hoạch — planned vs actual per indicator, rolled up from communes to the
 * province and from provinces to the nation. Pure: the server passes the figures it computed from
 * its records, the hand-entered values and the children's progress.
 */
import type { ComputedMetric, Indicator, IndicatorCatalogueVersion } from './indicator.types';
import type { BudgetLine, PlanTarget } from './programme.types';

/** A computed figure: a count, or a share as numerator / denominator (rolled up exactly). */
export type MetricValue =
  { kind: 'count'; value: number } | { kind: 'share'; numerator: number; denominator: number };

export interface ManualValue {
  value: number;
  note: string;
  evidence: string;
}

export interface IndicatorProgress {
  indicatorCode: string;
  vi: string;
  en: string;
  unit: Indicator['unit'];
  source: 'computed' | 'manual' | 'children';
  planned: number;
  /** Null when nothing is known yet (no manual value, no child reported, a share of nothing). */
  actual: number | null;
  /** actual / planned × 100, one decimal; null for a target of 0 or an unknown actual. */
  percent: number | null;
  /** actual ≥ planned; a target of 0 is met by any known actual. */
  isMet: boolean | null;
  note: string;
}

/** The actual value of a computed metric (a share in percent, one decimal). */
export function metricActual(value: MetricValue | undefined): number | null {
  if (!value) return null;
  if (value.kind === 'count') return value.value;
  if (value.denominator === 0) return null;
  return round1((value.numerator / value.denominator) * 100);
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Percent of target reached and whether it is met. */
export function attainment(
  planned: number,
  actual: number | null,
): Pick<IndicatorProgress, 'percent' | 'isMet'> {
  if (actual === null) return { percent: null, isMet: null };
  if (planned === 0) return { percent: null, isMet: true };
  return { percent: round1((actual / planned) * 100), isMet: actual >= planned };
}

/** Spent over planned VND of a plan's budget lines, as a share. */
export function budgetSpentShare(lines: readonly BudgetLine[]): MetricValue {
  return {
    kind: 'share',
    numerator: lines.reduce((sum, l) => sum + l.spentVnd, 0),
    denominator: lines.reduce((sum, l) => sum + l.plannedVnd, 0),
  };
}

/**
 * A hand-entered indicator: the unit's own value when it entered one, else (for `sum`
 * indicators) the sum of the children's known actuals, else unknown.
 */
function manualActual(
  indicator: Indicator,
  own: ManualValue | undefined,
  childActuals: readonly (number | null)[],
): { actual: number | null; source: IndicatorProgress['source']; note: string } {
  if (own) return { actual: own.value, source: 'manual', note: own.note };
  const known = childActuals.filter((a): a is number => a !== null);
  if (indicator.source.kind === 'manual' && indicator.source.aggregation === 'sum' && known.length > 0)
    return { actual: known.reduce((s, a) => s + a, 0), source: 'children', note: '' };
  return { actual: null, source: 'manual', note: '' };
}

/**
 * Progress of one plan: one row per target, in the plan's order.
 * `childActuals` maps an indicator code to the actual values of the child units' plans (for the
 * roll-up of hand-entered indicators); computed indicators already cover the unit's whole subtree.
 */
export function computePlanProgress(params: {
  catalogue: IndicatorCatalogueVersion;
  targets: readonly PlanTarget[];
  metrics: Partial<Record<ComputedMetric, MetricValue>>;
  manual: ReadonlyMap<string, ManualValue>;
  childActuals?: ReadonlyMap<string, readonly (number | null)[]>;
}): IndicatorProgress[] {
  const rows: IndicatorProgress[] = [];
  for (const target of params.targets) {
    const indicator = params.catalogue.indicators.find((i) => i.code === target.indicatorCode);
    if (!indicator) continue;
    const base = {
      indicatorCode: indicator.code,
      vi: indicator.vi,
      en: indicator.en,
      unit: indicator.unit,
      planned: target.target,
    };
    if (indicator.source.kind === 'computed') {
      const actual = metricActual(params.metrics[indicator.source.metric]);
      rows.push({
        ...base,
        source: 'computed',
        actual,
        ...attainment(target.target, actual),
        note: target.note,
      });
      continue;
    }
    const m = manualActual(
      indicator,
      params.manual.get(indicator.code),
      params.childActuals?.get(indicator.code) ?? [],
    );
    rows.push({
      ...base,
      source: m.source,
      actual: m.actual,
      ...attainment(target.target, m.actual),
      note: m.note || target.note,
    });
  }
  return rows;
}
