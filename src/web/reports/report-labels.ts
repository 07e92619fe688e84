import type { ReportPeriod, ReportStatus } from '../../domain/reports/report-workflow';

/** i18n keys of the report statuses and periods (namespace `reports`). */
export const STATUS_KEYS = {
  draft: 'statusDraft',
  submitted: 'statusSubmitted',
  reopened: 'statusReopened',
  missing: 'statusMissing',
} as const satisfies Record<ReportStatus | 'missing', string>;

export const PERIOD_KEYS = {
  half_year: 'periodHalf',
  year: 'periodYear',
} as const satisfies Record<ReportPeriod, string>;

export const STATUS_COLORS = {
  draft: 'gray',
  submitted: 'green',
  reopened: 'orange',
  missing: 'red',
} as const satisfies Record<ReportStatus | 'missing', string>;
