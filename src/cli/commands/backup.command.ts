import type { Command } from 'commander';

/** `ocop backup <file>` / `ocop restore <file>`. */
export function registerBackupCommands(program: Command): void {
  void program;
}
