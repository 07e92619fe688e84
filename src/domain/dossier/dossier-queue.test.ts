import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_SETTINGS, resolveDeadlineSettings } from './dossier-queue';

describe('resolveDeadlineSettings', () => {
  const overrides = [
    { effectiveFrom: '2026-07-01', settings: { to_check: 4 } },
    { effectiveFrom: '2026-01-01', settings: { to_check: 3, to_assess: 7 } },
  ];
  it.each([
    { date: '2025-12-31', to_check: 5, to_assess: 10 },
    { date: '2026-01-01', to_check: 3, to_assess: 7 },
    { date: '2026-06-30', to_check: 3, to_assess: 7 },
    { date: '2026-07-01', to_check: 4, to_assess: 7 },
  ])('on $date: check $to_check days, assess $to_assess days', ({ date, to_check, to_assess }) => {
    expect(resolveDeadlineSettings(date, overrides)).toEqual({
      ...DEFAULT_DEADLINE_SETTINGS,
      to_check,
      to_assess,
    });
  });
  it('keeps the defaults without overrides and never changes them', () => {
    expect(resolveDeadlineSettings('2026-03-02')).toEqual(DEFAULT_DEADLINE_SETTINGS);
    resolveDeadlineSettings('2026-03-02', overrides);
    expect(DEFAULT_DEADLINE_SETTINGS.to_check).toBe(5);
  });
});
