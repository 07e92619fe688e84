/**
 * The periodic report to the level above (báo cáo kết quả thực hiện Chương trình OCOP) as a table.
 * Pure.
 *
 *   draft ──submit──▶ submitted ──reopen (level above, with a reason)──▶ reopened ──submit──▶ submitted …
 *
 * A submitted report is a snapshot the level above relies on (the data-approval practice of
 * national statistics systems): nothing in it changes until the level above reopens it; every
 * submission stores a new immutable version.
 */
import { DomainError } from '../errors';

export const REPORT_STATUSES = ['draft', 'submitted', 'reopened'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** 6 months (báo cáo 6 tháng) or the whole year (báo cáo năm). */
export const REPORT_PERIODS = ['half_year', 'year'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

export const REPORT_ACTIONS = ['edit', 'submit', 'reopen'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

export const ALLOWED_REPORT_ACTIONS_BY_STATUS = {
  draft: ['edit', 'submit'],
  submitted: ['reopen'],
  reopened: ['edit', 'submit'],
} as const satisfies Record<ReportStatus, readonly ReportAction[]>;

export const REPORT_STATUS_LABELS = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  submitted: { vi: 'Đã gửi cấp trên', en: 'Submitted' },
  reopened: { vi: 'Cấp trên mở lại', en: 'Reopened' },
} as const satisfies Record<ReportStatus, { vi: string; en: string }>;

export const REPORT_PERIOD_LABELS = {
  half_year: { vi: '6 tháng đầu năm', en: 'First half-year' },
  year: { vi: 'năm', en: 'Year' },
} as const satisfies Record<ReportPeriod, { vi: string; en: string }>;

export function isReportActionAllowed(status: ReportStatus, action: ReportAction): boolean {
  const allowed: readonly ReportAction[] = ALLOWED_REPORT_ACTIONS_BY_STATUS[status];
  return allowed.includes(action);
}

/**
 * The status after `action`.
 * @throws DomainError INVALID_TRANSITION (HTTP 409): editing or re-submitting a submitted report,
 *   reopening one that is not submitted.
 */
export function transitionReport(status: ReportStatus, action: ReportAction): ReportStatus {
  if (!isReportActionAllowed(status, action)) {
    if (status === 'submitted')
      throw new DomainError(
        'INVALID_TRANSITION',
        'Báo cáo đã gửi cấp trên nên không sửa được; chỉ cấp trên mở lại được báo cáo.',
        'The report was submitted to the level above and is frozen; only the level above can reopen it.',
      );
    throw new DomainError(
      'INVALID_TRANSITION',
      'Báo cáo chưa gửi nên không có gì để mở lại.',
      'The report has not been submitted, so there is nothing to reopen.',
    );
  }
  if (action === 'submit') return 'submitted';
  if (action === 'reopen') return 'reopened';
  return status;
}

/** First and last day of a report period (6 months: 01/01–30/06; year: 01/01–31/12). */
export function reportPeriodRange(period: ReportPeriod, year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: period === 'half_year' ? `${year}-06-30` : `${year}-12-31` };
}

/** The report's title as printed: "Báo cáo kết quả thực hiện Chương trình OCOP 6 tháng đầu năm 2026". */
export function reportTitle(period: ReportPeriod, year: number): string {
  return `Báo cáo kết quả thực hiện Chương trình OCOP ${REPORT_PERIOD_LABELS[period].vi} ${year}`;
}
