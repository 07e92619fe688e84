import path from 'node:path';
import { z } from 'zod';
import { parseTrustProxy, type TrustProxy } from './security/trust-proxy';
import { parseAuditKeys, type AuditKey } from '../db/audit/audit-keyring';

/** Everything the server reads from the environment, documented in README.md. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres://')
    .optional(),
  /** A streaming replica that public pages and statistics read from (docs/operations/scale.md). */
  DATABASE_REPLICA_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres://')
    .optional(),
  PUBLIC_BASE_URL: z.string().url().optional(),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().default(587),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_FROM: z.string().default('OCOP <no-reply@localhost>'),
  /** Proxies that may name the client (X-Forwarded-For): a hop count or addresses; never "true". */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((value, context) => {
      const parsed = parseTrustProxy(value);
      if ('error' in parsed) {
        context.addIssue({ code: 'custom', message: parsed.error });
        return z.NEVER;
      }
      return parsed.trustProxy;
    }),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_HOURS: z.coerce.number().positive().default(12),
  UPLOAD_MAX_MB: z.coerce.number().positive().max(500).default(20),
  BUNDLE_EVIDENCE_MAX_MB: z.coerce.number().positive().max(2000).default(50),
  /** Audit keys `id:secret,id:secret`, oldest first: the last one chains new rows (docs/operations/audit.md). */
  AUDIT_HMAC_KEYS: z.string().optional(),
  /** One audit key (id `default`); a shorthand for AUDIT_HMAC_KEYS=default:<secret>. */
  AUDIT_HMAC_KEY: z.string().optional(),
  /** A file of `id:secret` lines; default DATA_DIR/audit-keys, generated on first start. */
  AUDIT_KEY_FILE: z.string().optional(),
  AUDIT_CHECKPOINT_FILE: z.string().optional(),
  AUDIT_CHECKPOINT_MINUTES: z.coerce.number().positive().max(1440).default(5),
  AUDIT_CHECKPOINT_MAIL_TO: z.string().email().optional(),
  /** The issuing authority's PKCS#12 that signs certificates and decisions (PAdES); unset: a demo one. */
  SIGNING_P12_FILE: z.string().optional(),
  SIGNING_P12_PASSPHRASE: z.string().default(''),
});

export interface SmtpConfig {
  host: string;
  port: number;
  user: string | undefined;
  password: string | undefined;
  from: string;
}

/** Where the audit keys come from and where the chain head is anchored (docs/operations/audit.md). */
export interface AuditConfig {
  /** Keys from the environment, oldest first; undefined: read them from `keyFile`. */
  keys: AuditKey[] | undefined;
  keyFile: string;
  /** True for the default key file, which the server creates with a random key when missing. */
  mayCreateKeyFile: boolean;
  /** Signed checkpoints of the chain head, one JSON line each. */
  checkpointFile: string;
  checkpointIntervalMs: number;
  /** Also mail each checkpoint here (through the outbox) when set. */
  checkpointMailTo: string | undefined;
}

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Read replica for public pages and statistics; they fall back to the primary while it is down. */
  databaseReplicaUrl?: string | undefined;
  publicBaseUrl: string;
  /**
   * True when PUBLIC_BASE_URL starts with https:// — the deployment is reached over HTTPS, so the
   * browser is told to stay on HTTPS (CSP upgrade-insecure-requests, HSTS) and cookies are Secure.
   */
  isHttps: boolean;
  smtp: SmtpConfig | undefined;
  /** Which proxies may name the client's address (see TrustProxy); false when none. */
  trustProxy: TrustProxy;
  logLevel: string;
  sessionHours: number;
  /** Largest accepted upload (evidence, scans, import files). */
  uploadMaxBytes: number;
  /** Most evidence bytes merged into one dossier bundle PDF; the rest is listed as attached separately. */
  bundleEvidenceMaxBytes: number;
  /** Where the built web app lives (served at `/app`). */
  webDistDir: string;
  audit: AuditConfig;
  /** PKCS#12 that signs generated certificates and decisions; undefined: a self-signed demo one in DATA_DIR. */
  signing?: { p12File: string; passphrase: string } | undefined;
  /**
   * Milliseconds after a write before the statistics of the writer's province are recomputed
   * (writes in that time are coalesced); null: only daily, on demand and when read stale.
   * Default 2000; tests default to null.
   */
  statisticsRefreshDelayMs?: number | null | undefined;
}

function auditKeysOf(e: {
  AUDIT_HMAC_KEYS?: string | undefined;
  AUDIT_HMAC_KEY?: string | undefined;
}): AuditKey[] | undefined {
  if (e.AUDIT_HMAC_KEYS !== undefined) return parseAuditKeys(e.AUDIT_HMAC_KEYS, 'AUDIT_HMAC_KEYS');
  if (e.AUDIT_HMAC_KEY !== undefined) return parseAuditKeys(`default:${e.AUDIT_HMAC_KEY}`, 'AUDIT_HMAC_KEY');
  return undefined;
}

/** The audit settings; throws naming the variable when the keys are malformed or given twice. */
function auditConfigOf(e: z.infer<typeof EnvSchema>): AuditConfig {
  const dataDir = path.resolve(e.DATA_DIR);
  const given = (['AUDIT_HMAC_KEYS', 'AUDIT_HMAC_KEY', 'AUDIT_KEY_FILE'] as const).filter(
    (name) => e[name] !== undefined,
  );
  if (given.length > 1) throw new Error(`set only one of ${given.join(', ')}`);
  return {
    keys: auditKeysOf(e),
    keyFile: path.resolve(e.AUDIT_KEY_FILE ?? path.join(dataDir, 'audit-keys')),
    mayCreateKeyFile: e.AUDIT_KEY_FILE === undefined,
    checkpointFile: path.resolve(e.AUDIT_CHECKPOINT_FILE ?? path.join(dataDir, 'audit-checkpoints.jsonl')),
    checkpointIntervalMs: Math.round(e.AUDIT_CHECKPOINT_MINUTES * 60_000),
    checkpointMailTo: e.AUDIT_CHECKPOINT_MAIL_TO,
  };
}

/** Reads and validates the environment; throws a readable error naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Cấu hình không hợp lệ / invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  let audit: AuditConfig;
  try {
    audit = auditConfigOf(e);
  } catch (error) {
    throw new Error(`Cấu hình không hợp lệ / invalid configuration:\n  ${(error as Error).message}`);
  }
  const publicBaseUrl = (e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databaseReplicaUrl: e.DATABASE_REPLICA_URL,
    publicBaseUrl,
    isHttps: isHttpsUrl(publicBaseUrl),
    smtp: e.SMTP_HOST
      ? {
          host: e.SMTP_HOST,
          port: e.SMTP_PORT,
          user: e.SMTP_USER,
          password: e.SMTP_PASSWORD,
          from: e.SMTP_FROM,
        }
      : undefined,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    sessionHours: e.SESSION_HOURS,
    uploadMaxBytes: Math.round(e.UPLOAD_MAX_MB * 1024 * 1024),
    bundleEvidenceMaxBytes: Math.round(e.BUNDLE_EVIDENCE_MAX_MB * 1024 * 1024),
    webDistDir: path.resolve('dist/web'),
    audit,
    signing: e.SIGNING_P12_FILE
      ? { p12File: path.resolve(e.SIGNING_P12_FILE), passphrase: e.SIGNING_P12_PASSPHRASE }
      : undefined,
  };
}

/** Whether a public address is an HTTPS one (case-insensitive scheme). */
function isHttpsUrl(url: string): boolean {
  return /^https:\/\//i.test(url);
}

/** A configuration for tests: in-memory everything, nothing read from the environment. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir: path.resolve('data/test'),
    databaseUrl: undefined,
    publicBaseUrl: 'http://localhost:3000',
    isHttps: isHttpsUrl(overrides.publicBaseUrl ?? ''),
    smtp: undefined,
    trustProxy: false,
    logLevel: 'silent',
    sessionHours: 12,
    uploadMaxBytes: 20 * 1024 * 1024,
    bundleEvidenceMaxBytes: 50 * 1024 * 1024,
    webDistDir: path.resolve('dist/web'),
    statisticsRefreshDelayMs: null,
    audit: {
      keys: [{ id: 'test', secret: 'test-audit-key-0123456789abcdef0123456789' }],
      keyFile: path.resolve('data/test/audit-keys'),
      mayCreateKeyFile: false,
      checkpointFile: path.resolve('data/test/audit-checkpoints.jsonl'),
      checkpointIntervalMs: 5 * 60_000,
      checkpointMailTo: undefined,
    },
    ...overrides,
  };
}
