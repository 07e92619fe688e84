import { date, jsonb, pgTable, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { CouncilSettingsOverride } from '../../domain/rubric/council-settings';
import { accounts } from './accounts.schema';
import { adminUnits } from './admin-units.schema';

/**
 * Quy chế hội đồng của tỉnh — a province's own council settings (quorum share and rounding, the
 * chair rule, abstentions, the forwarding reading, the reading of "cấp huyện") from a date on.
 * A round copies the settings in force when it is created, so a later change never alters it.
 */
export const councilSettingsOverrides = pgTable(
  'council_settings_overrides',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The province (tỉnh/thành phố) whose councils use these settings. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnits.id),
    effectiveFrom: date('effective_from').notNull(),
    settings: jsonb('settings').$type<CouncilSettingsOverride['settings']>().notNull(),
    updatedBy: uuid('updated_by').references(() => accounts.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [unique('council_settings_overrides_unit_from_key').on(table.unitId, table.effectiveFrom)],
);
