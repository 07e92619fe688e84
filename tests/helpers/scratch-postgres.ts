import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A brand-new PostgreSQL database on the server of `adminUrl`, and how to drop it again. */
export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

async function runAdmin(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Creates `<prefix>_<random>`; used by API test files and the end-to-end server alike. */
export async function createScratchPostgresDatabase(
  adminUrl: string,
  prefix: string,
): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await runAdmin(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => runAdmin(adminUrl, `drop database if exists ${name} with (force)`),
  };
}
