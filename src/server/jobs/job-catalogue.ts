import { mailDeliveryTask } from '../mail/mail-delivery.task';
import { certificateExpiryJob } from '../modules/certificate-expiry/certificate-expiry.job';
import { expiryNoticesJob } from '../modules/certificate-expiry/expiry-notices.job';
import { exportCleanupJob } from '../modules/exports/export-cleanup.job';
import { exportTask } from '../modules/exports/export.task';
import { importTask } from '../modules/imports/import.task';
import { labelSheetTask } from '../modules/stamps/label-sheet.task';
import { scanPartitionsJob } from '../modules/stamps/scan-partitions.job';
import { sharedCountersSweepJob } from '../cluster/shared-counters-sweep.job';
import { statisticsRefreshJob } from '../modules/statistics/statistics-refresh.job';
import type { JobDefinition } from './job-definition';

/**
 * Every background job of the product. A module declares its job in its own `*.task.ts` or
 * `*.job.ts` file (see job-definition.ts) and adds one line here, in alphabetical order of name.
 */
export const JOB_DEFINITIONS: readonly JobDefinition[] = [
  certificateExpiryJob,
  expiryNoticesJob,
  exportCleanupJob,
  exportTask,
  importTask,
  mailDeliveryTask,
  scanPartitionsJob,
  sharedCountersSweepJob,
  labelSheetTask,
  statisticsRefreshJob,
];

/** The job of that name, if any. */
export function findJobDefinition(name: string): JobDefinition | undefined {
  return JOB_DEFINITIONS.find((job) => job.name === name);
}
