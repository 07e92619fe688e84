import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  reportPeriodRange,
  reportTitle,
  transitionReport,
  type ReportAction,
  type ReportStatus,
} from './report-workflow';

describe('transitionReport', () => {
  const table: [ReportStatus, ReportAction, ReportStatus | 'refused'][] = [
    ['draft', 'edit', 'draft'],
    ['draft', 'submit', 'submitted'],
    ['draft', 'reopen', 'refused'],
    ['submitted', 'edit', 'refused'],
    ['submitted', 'submit', 'refused'],
    ['submitted', 'reopen', 'reopened'],
    ['reopened', 'edit', 'reopened'],
    ['reopened', 'submit', 'submitted'],
    ['reopened', 'reopen', 'refused'],
  ];
  it.each(table)('%s + %s → %s', (status, action, expected) => {
    if (expected === 'refused') {
      expect(() => transitionReport(status, action)).toThrow(DomainError);
      try {
        transitionReport(status, action);
      } catch (error) {
        expect((error as DomainError).code).toBe('INVALID_TRANSITION');
      }
    } else expect(transitionReport(status, action)).toBe(expected);
  });
});

describe('report periods', () => {
  it('covers the first six months or the whole year', () => {
    expect(reportPeriodRange('half_year', 2026)).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(reportPeriodRange('year', 2026)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(reportTitle('half_year', 2026)).toBe(
      'Báo cáo kết quả thực hiện Chương trình OCOP 6 tháng đầu năm 2026',
    );
  });
});
