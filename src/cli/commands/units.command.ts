import type { Command } from 'commander';

/** `ocop units …`: import administrative units, link successions, statistics. */
export function registerUnitsCommand(program: Command): void {
  program.command('units').description('Đơn vị hành chính / administrative units');
}
