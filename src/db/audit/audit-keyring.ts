/** One secret the audit chain is keyed with. Its id is stored on every row chained with it. */
export interface AuditKey {
  id: string;
  secret: string;
}

/** The configured audit keys: the newest signs new rows and checkpoints, older ones still verify. */
export interface AuditKeyring {
  current: AuditKey;
  byId: ReadonlyMap<string, AuditKey>;
}

const KEY_ID_PATTERN = /^[A-Za-z0-9._-]{1,40}$/;
/** 32 characters of a random base64 or hex string carry well over 128 bits. */
export const AUDIT_KEY_MIN_LENGTH = 32;

/**
 * Reads `id:secret` pairs separated by commas or new lines (`#` starts a comment line), oldest
 * first. Throws an Error naming `source` and the bad entry (never the secret).
 */
export function parseAuditKeys(text: string, source: string): AuditKey[] {
  const entries = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .flatMap((line) => line.split(','))
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  return entries.map((entry, index) => {
    const colon = entry.indexOf(':');
    const id = colon > 0 ? entry.slice(0, colon).trim() : '';
    const secret = colon > 0 ? entry.slice(colon + 1).trim() : '';
    if (!KEY_ID_PATTERN.test(id)) {
      throw new Error(`${source}: key ${index + 1} must be "id:secret" with an id of letters, digits, . _ -`);
    }
    if (secret.length < AUDIT_KEY_MIN_LENGTH) {
      throw new Error(
        `${source}: the secret of key "${id}" must be at least ${AUDIT_KEY_MIN_LENGTH} characters`,
      );
    }
    return { id, secret };
  });
}

/** The keyring of `keys` (oldest first; the last one is current). Throws on none or a repeated id. */
export function createAuditKeyring(keys: readonly AuditKey[]): AuditKeyring {
  const current = keys[keys.length - 1];
  if (!current) throw new Error('at least one audit key is needed');
  const byId = new Map<string, AuditKey>();
  for (const key of keys) {
    if (byId.has(key.id)) throw new Error(`audit key id "${key.id}" appears twice`);
    byId.set(key.id, key);
  }
  return { current, byId };
}

let installed: AuditKeyring | undefined;

/**
 * Makes `keyring` the one every audit append of this process signs with. The server and the CLI
 * install it at start-up; a process that never does writes legacy unkeyed rows, which
 * `ocop audit verify` refuses once keyed rows exist.
 */
export function installAuditKeyring(keyring: AuditKeyring | undefined): void {
  installed = keyring;
}

/** The keyring installed by {@link installAuditKeyring}, if any. */
export function installedAuditKeyring(): AuditKeyring | undefined {
  return installed;
}
