import { createScratchPostgresDatabase } from './scratch-postgres';
import { migrateDatabase, openDatabase } from '../../src/db/open-database';
import type { DatabaseHandle } from '../../src/db/database';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a brand-new
 * PostgreSQL database (dropped on close) when `TEST_DATABASE_URL` is set, as CI does.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const handle = await openDatabase({});
    await migrateDatabase(handle);
    return handle;
  }
  const scratch = await createScratchPostgresDatabase(adminUrl, 'ocop_test');
  const handle = await openDatabase({ databaseUrl: scratch.url, maxConnections: 5 });
  await migrateDatabase(handle, scratch.url);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await scratch.drop();
    },
  };
}
