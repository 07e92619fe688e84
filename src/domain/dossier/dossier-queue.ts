/**
 * Work queues (việc cần làm) and deadlines: which dossier waits for whom, for what, and until
 * when, counted in working days (`domain/calendar/working-days`) from the Vietnam date on which it
 * entered its status. Pure; deadlines are settings with defaults, never hard-coded at the call site.
 */
import type { DossierStatus } from './dossier.types';
import type { WorkingDayCalendarInput } from '../calendar/working-day-calendar';
import { addWorkingDays, vietnamDate } from '../calendar/working-days';

/** The tasks of the queues: producer (submit, supplement), commune (check, assess, forward), district/province (accept). */
export const QUEUE_TASKS = [
  'to_submit',
  'to_supplement',
  'to_check',
  'to_assess',
  'to_forward',
  'to_accept_district',
  'to_accept_province',
] as const;
export type QueueTask = (typeof QUEUE_TASKS)[number];

export const QUEUE_TASK_LABELS = {
  to_submit: { vi: 'Cần nộp', en: 'To submit' },
  to_supplement: { vi: 'Cần bổ sung', en: 'To supplement' },
  to_check: { vi: 'Cần kiểm tra', en: 'To check' },
  to_assess: { vi: 'Cần đánh giá (Biểu 3)', en: 'To assess' },
  to_forward: { vi: 'Cần gửi lên', en: 'To forward' },
  to_accept_district: { vi: 'Cần tiếp nhận (huyện)', en: 'To accept (district)' },
  to_accept_province: { vi: 'Cần tiếp nhận (tỉnh)', en: 'To accept (province)' },
} as const satisfies Record<QueueTask, { vi: string; en: string }>;

export type QueueHolder = 'producer' | 'commune' | 'district' | 'province';

/** The task a status puts in someone's queue (none once in the pool). */
export const TASK_BY_STATUS = {
  draft: 'to_submit',
  submitted: 'to_check',
  returned_by_commune: 'to_supplement',
  accepted_by_commune: 'to_assess',
  commune_assessed: 'to_forward',
  forwarded_to_district: 'to_accept_district',
  returned_by_district: 'to_supplement',
  forwarded_to_province: 'to_accept_province',
  returned_by_province: 'to_supplement',
  accepted_into_pool: null,
} as const satisfies Record<DossierStatus, QueueTask | null>;

export const HOLDER_BY_TASK = {
  to_submit: 'producer',
  to_supplement: 'producer',
  to_check: 'commune',
  to_assess: 'commune',
  to_forward: 'commune',
  to_accept_district: 'district',
  to_accept_province: 'province',
} as const satisfies Record<QueueTask, QueueHolder>;

/** Working days allowed per task; `null` = no deadline (a draft waits for the producer). */
export type DeadlineSettings = Record<QueueTask, number | null>;

/** Defaults [open — each province sets its own in its plan]. */
export const DEFAULT_DEADLINE_SETTINGS: DeadlineSettings = {
  to_submit: null,
  to_supplement: 10,
  to_check: 5,
  to_assess: 10,
  to_forward: 3,
  to_accept_district: 10,
  to_accept_province: 10,
};

/**
 * A province's working-day counts from a date on (số ngày làm việc theo quy định của tỉnh).
 * Effective-dated: a change adds an override, it never rewrites an earlier one.
 */
export interface DeadlineSettingsOverride {
  /** ISO date from which the counts apply. */
  effectiveFrom: string;
  settings: Partial<DeadlineSettings>;
}

/**
 * The working-day counts in force on `date` (ISO): the defaults, then every override that has
 * started, in order of `effectiveFrom` (later ones win task by task). Pure.
 */
export function resolveDeadlineSettings(
  date: string,
  overrides: readonly DeadlineSettingsOverride[] = [],
): DeadlineSettings {
  return overrides
    .filter((o) => o.effectiveFrom <= date)
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))
    .reduce<DeadlineSettings>((acc, o) => ({ ...acc, ...o.settings }), { ...DEFAULT_DEADLINE_SETTINGS });
}

export interface QueueDeadline {
  task: QueueTask;
  holder: QueueHolder;
  /** ISO date (YYYY-MM-DD) the task is due, or null when it has none. */
  dueOn: string | null;
  isOverdue: boolean;
}

/**
 * The task and deadline of a dossier in `status` since the instant `since`; undefined once nothing
 * waits. Both `since` and `now` are read as Vietnam dates: a dossier submitted at 06:00 on Monday
 * in Hà Nội (23:00 UTC on Sunday) counts from Monday.
 */
export function deadlineOf(params: {
  status: DossierStatus;
  since: Date;
  now: Date;
  settings?: DeadlineSettings;
  holidays?: WorkingDayCalendarInput;
}): QueueDeadline | undefined {
  const task = TASK_BY_STATUS[params.status];
  if (task === null) return undefined;
  const days = (params.settings ?? DEFAULT_DEADLINE_SETTINGS)[task];
  const dueOn = days === null ? null : addWorkingDays(vietnamDate(params.since), days, params.holidays ?? []);
  return {
    task,
    holder: HOLDER_BY_TASK[task],
    dueOn,
    isOverdue: dueOn !== null && vietnamDate(params.now) > dueOn,
  };
}
