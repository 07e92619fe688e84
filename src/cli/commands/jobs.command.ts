import type { Command } from 'commander';
import { JOB_DEFINITIONS, findJobDefinition } from '../../server/jobs/job-catalogue';
import { vietnamToday } from '../../server/jobs/job-definition';
import { runScheduledJob } from '../../server/jobs/run-scheduled-job';
import { CliError, printJson, withDatabase } from '../cli-context';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  return ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

/**
 * `ocop jobs list`: the background jobs. `ocop jobs run <name> [--as-of YYYY-MM-DD]`: runs one
 * daily job now, as of today in Vietnam or the given day (for operators after an outage, and for
 * tests); the run is recorded like a scheduled one. Exit 2 for an unknown job or a bad date.
 */
export function registerJobsCommand(program: Command): void {
  const jobs = program.command('jobs').description('Việc chạy nền / background jobs');
  jobs
    .command('list')
    .description('Liệt kê các việc chạy nền / list the background jobs')
    .action(() => {
      for (const job of JOB_DEFINITIONS) {
        const when =
          job.kind === 'daily'
            ? `hằng ngày / daily ${String(job.hour).padStart(2, '0')}:00`
            : 'theo yêu cầu / on demand';
        process.stdout.write(`${job.name}\t${when}\t${job.descriptionVi} / ${job.descriptionEn}\n`);
      }
    });
  jobs
    .command('run <name>')
    .description('Chạy ngay một việc hằng ngày / run one daily job now')
    .option('--as-of <date>', 'chạy như vào ngày (YYYY-MM-DD) / run as of this day')
    .option('--json', 'in kết quả dạng JSON / print JSON')
    .action(async (name: string, options: { asOf?: string; json?: boolean }) => {
      const job = findJobDefinition(name);
      if (!job || job.kind !== 'daily') {
        const names = JOB_DEFINITIONS.filter((j) => j.kind === 'daily').map((j) => j.name);
        throw new CliError(
          `Không có việc hằng ngày "${name}" / no daily job "${name}". Có / available: ${names.join(', ')}`,
          2,
        );
      }
      if (options.asOf !== undefined && !isRealDate(options.asOf))
        throw new CliError(
          `--as-of phải là ngày YYYY-MM-DD / --as-of must be a YYYY-MM-DD date: ${options.asOf}`,
          2,
        );
      const result = await withDatabase(async (database, config) => {
        const clock = () => new Date();
        return runScheduledJob({
          job,
          asOf: options.asOf ?? vietnamToday(clock()),
          trigger: 'command',
          deps: { database, config, clock },
          log: {
            info: () => undefined,
            error: (message, details) =>
              process.stderr.write(`${message} ${JSON.stringify(details ?? {})}\n`),
          },
        });
      });
      if (options.json) {
        printJson(result);
        return;
      }
      const counts = Object.entries(result.summary)
        .map(([key, value]) => `${key}: ${value}`)
        .join(', ');
      process.stdout.write(`${result.name} (${result.asOf}): ${counts || 'không có gì / nothing'}\n`);
    });
}
