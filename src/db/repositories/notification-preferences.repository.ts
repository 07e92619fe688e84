import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../database';
import { accounts, notificationPreferences } from '../schema';

/** The mail kinds an account turned off. */
export async function listMailOffKinds(db: Database, accountId: string): Promise<Set<string>> {
  const rows = await db
    .select({ kind: notificationPreferences.kind })
    .from(notificationPreferences)
    .where(
      and(eq(notificationPreferences.accountId, accountId), eq(notificationPreferences.isMailEnabled, false)),
    );
  return new Set(rows.map((r) => r.kind));
}

/** Turns mail of one kind on or off for an account. */
export async function setMailPreference(
  db: Database,
  preference: { accountId: string; kind: string; isMailEnabled: boolean; now: Date },
): Promise<void> {
  await db
    .insert(notificationPreferences)
    .values({
      accountId: preference.accountId,
      kind: preference.kind,
      isMailEnabled: preference.isMailEnabled,
      updatedAt: preference.now,
    })
    .onConflictDoUpdate({
      target: [notificationPreferences.accountId, notificationPreferences.kind],
      set: { isMailEnabled: preference.isMailEnabled, updatedAt: preference.now },
    });
}

/** Whether the active account(s) with this e-mail address turned mail of `kind` off. */
export async function hasTurnedMailOff(db: Database, email: string, kind: string): Promise<boolean> {
  const [row] = await db
    .select({ accountId: notificationPreferences.accountId })
    .from(notificationPreferences)
    .innerJoin(accounts, eq(accounts.id, notificationPreferences.accountId))
    .where(
      and(
        sql`lower(${accounts.email}) = lower(${email})`,
        eq(notificationPreferences.kind, kind),
        eq(notificationPreferences.isMailEnabled, false),
      ),
    )
    .limit(1);
  return row !== undefined;
}
