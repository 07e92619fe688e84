import type { Command } from 'commander';
import { CreateAccountInput } from '../../contracts/accounts.contracts';
import type { Database } from '../../db/database';
import { findAdministrableUnitByCode } from '../../db/repositories/accounts.repository';
import type { AuditContext } from '../../db/repositories/audit.repository';
import { ensureNationUnit } from '../../db/seed/built-in-units';
import type { Actor } from '../../domain/access/permissions';
import { DomainError } from '../../domain/errors';
import { createAccount } from '../../server/modules/accounts/create-account';
import { CliError, printJson, withDatabase } from '../cli-context';

/** The environment variable that carries the new administrator's password (never an argument). */
export const ADMIN_PASSWORD_ENV = 'OCOP_ADMIN_PASSWORD';

const CLI_AUDIT_CONTEXT: AuditContext = {
  actorAccountId: null,
  actorUsername: 'cli:accounts create-admin',
  actorRole: null,
  unitId: null,
  requestId: null,
};

interface CreateAdminOptions {
  displayName: string;
  email?: string;
  unitCode?: string;
  passwordStdin?: boolean;
  json?: boolean;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function passwordOf(options: CreateAdminOptions): Promise<string> {
  if (options.passwordStdin) return readStdin();
  const fromEnv = process.env[ADMIN_PASSWORD_ENV];
  if (fromEnv) return fromEnv;
  throw new CliError(
    `Thiếu mật khẩu: đặt biến môi trường ${ADMIN_PASSWORD_ENV} hoặc dùng --password-stdin.\n` +
      `Missing password: set ${ADMIN_PASSWORD_ENV} or pass --password-stdin.`,
    2,
  );
}

/** The unit the administrator will manage: the nation, or a province/commune in force today. */
async function unitFor(
  db: Database,
  unitCode: string | undefined,
  now: Date,
): Promise<{ id: string; path: string; fullName: string }> {
  const nation = await ensureNationUnit(db, now);
  if (!unitCode) return nation;
  const today = now.toISOString().slice(0, 10);
  const unit = await findAdministrableUnitByCode(db, unitCode, today);
  if (!unit) {
    throw new CliError(
      `Không có đơn vị hành chính mã ${unitCode} đang có hiệu lực (nhập danh mục bằng "ocop units import" trước).\n` +
        `No administrative unit with code ${unitCode} is in force (import the list with "ocop units import" first).`,
      2,
    );
  }
  return unit;
}

/**
 * `ocop accounts create-admin`: the first administrator of a new installation (there is no other
 * way in before one exists). The password comes from the environment or standard input, never from
 * the command line, where it would end up in the shell history and the process list.
 */
export function registerAccountsCommand(program: Command): void {
  const accountsCommand = program.command('accounts').description('Tài khoản / accounts');
  accountsCommand
    .command('create-admin <username>')
    .description(
      'Tạo tài khoản quản trị (quốc gia, hoặc của tỉnh/xã với --unit-code) / create an administrator account ' +
        `(password from ${ADMIN_PASSWORD_ENV} or --password-stdin)`,
    )
    .requiredOption('--display-name <name>', 'họ tên hiển thị / display name')
    .option('--email <email>', 'e-mail')
    .option('--unit-code <code>', 'mã đơn vị (mặc định: toàn quốc) / unit code (default: the nation)')
    .option('--password-stdin', 'đọc mật khẩu từ đầu vào chuẩn / read the password from standard input')
    .option('--json', 'in kết quả dạng JSON / print JSON')
    .action(async (username: string, options: CreateAdminOptions) => {
      const password = await passwordOf(options);
      await withDatabase(async (handle) => {
        const now = new Date();
        const unit = await unitFor(handle.db, options.unitCode, now);
        const parsed = CreateAccountInput.safeParse({
          username,
          email: options.email ?? null,
          displayName: options.displayName,
          password,
          unitId: unit.id,
          grants: [{ role: 'admin', unitId: unit.id }],
        });
        if (!parsed.success) {
          const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
          throw new CliError(`Dữ liệu không hợp lệ / invalid input:\n${lines.join('\n')}`, 2);
        }
        // The installation itself acts: an administrator of the chosen unit, for this one call.
        const installer: Actor = {
          accountId: '00000000-0000-0000-0000-000000000000',
          username: 'cli',
          grants: [{ role: 'admin', unitId: unit.id, unitPath: unit.path }],
        };
        try {
          const account = await createAccount({
            db: handle.db,
            audit: CLI_AUDIT_CONTEXT,
            actor: installer,
            input: parsed.data,
            now,
          });
          if (options.json) printJson({ id: account.id, username: account.username, unit: unit.fullName });
          else
            process.stdout.write(
              `Đã tạo quản trị viên / administrator created: ${account.username} — ${unit.fullName}\n`,
            );
        } catch (error) {
          if (error instanceof DomainError && error.code === 'CONFLICT')
            throw new CliError(`${error.messageVi}\n${error.messageEn}`, 3);
          throw error;
        }
      });
    });
}
