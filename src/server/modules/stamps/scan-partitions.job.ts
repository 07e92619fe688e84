import {
  createScanEventPartition,
  type ScanPartitionMonth,
} from '../../../db/repositories/scan-partitions.repository';
import { defineDailyJob } from '../../jobs/job-definition';

/** Months created ahead of the current one, so a missed week of runs never leaves scans homeless. */
export const SCAN_PARTITION_MONTHS_AHEAD = 3;

/**
 * The partitions `scan_events` needs as of `asOf` (`YYYY-MM-DD`, Vietnam): the current month and
 * the next `monthsAhead`, each from its first instant in Vietnam time.
 */
export function scanPartitionMonths(
  asOf: string,
  monthsAhead = SCAN_PARTITION_MONTHS_AHEAD,
): ScanPartitionMonth[] {
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7)) - 1;
  const start = (offset: number) => {
    const first = new Date(Date.UTC(year, month + offset, 1));
    const y = first.getUTCFullYear();
    const m = String(first.getUTCMonth() + 1).padStart(2, '0');
    return { y, m, iso: `${y}-${m}-01T00:00:00+07:00` };
  };
  return Array.from({ length: monthsAhead + 1 }, (_, offset) => {
    const from = start(offset);
    return { name: `scan_events_y${from.y}m${from.m}`, from: from.iso, to: start(offset + 1).iso };
  });
}

/**
 * Tạo trước phân vùng lượt quét — creates the monthly partitions of the scan events ahead of
 * time (this month and the next three), so a month of scans lands in its own table, cheap to
 * write and, years later, to detach and archive (docs/operations/scale.md). Idempotent.
 */
export const scanPartitionsJob = defineDailyJob({
  name: 'scan-partitions',
  hour: 1,
  descriptionVi: 'Tạo trước phân vùng theo tháng của lượt quét tem',
  descriptionEn: 'Create the monthly partitions of stamp scans ahead of time',
  async run({ db, asOf }) {
    let created = 0;
    for (const month of scanPartitionMonths(asOf)) {
      if (await createScanEventPartition(db, month)) created += 1;
    }
    return { created };
  },
});
