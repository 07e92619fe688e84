import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createAuditKeyring, parseAuditKeys, type AuditKeyring } from '../../db/audit/audit-keyring';
import type { AuditConfig } from '../config';

function readKeyFile(file: string): AuditKeyring {
  const keys = parseAuditKeys(fs.readFileSync(file, 'utf8'), file);
  if (keys.length === 0) throw new Error(`${file}: no audit key in the file`);
  return createAuditKeyring(keys);
}

/** A fresh random key written once, mode 0600; whoever loses a creation race reads the winner's. */
function createKeyFile(file: string): boolean {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const id = `local-${randomBytes(4).toString('hex')}`;
  const content =
    '# Khóa HMAC của nhật ký kiểm toán — giữ bí mật, sao lưu riêng, ngoài cơ sở dữ liệu.\n' +
    '# Audit HMAC keys, oldest first; the last line signs new rows. Keep secret, back up apart from the database.\n' +
    `${id}:${randomBytes(32).toString('base64url')}\n`;
  try {
    fs.writeFileSync(file, content, { mode: 0o600, flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * The audit keyring the configuration names: keys from the environment, else the key file. The
 * default key file (`DATA_DIR/audit-keys`) is created with a random key when missing, and `log` says
 * so; a key file named by AUDIT_KEY_FILE must exist. Throws a readable error otherwise.
 */
export function loadAuditKeyring(audit: AuditConfig, log: (message: string) => void): AuditKeyring {
  if (audit.keys) return createAuditKeyring(audit.keys);
  if (!fs.existsSync(audit.keyFile)) {
    if (!audit.mayCreateKeyFile) {
      throw new Error(
        `Không có tệp khóa kiểm toán / audit key file not found: ${audit.keyFile} (AUDIT_KEY_FILE)`,
      );
    }
    if (createKeyFile(audit.keyFile)) {
      log(
        `Đã tạo khóa kiểm toán ngẫu nhiên / generated a random audit key: ${audit.keyFile} (mode 0600). ` +
          'Sao lưu tệp này riêng; mất nó thì không kiểm chứng được nhật ký / back it up apart from the database: ' +
          'without it the audit trail cannot be verified (docs/operations/audit.md).',
      );
    }
  }
  return readKeyFile(audit.keyFile);
}
