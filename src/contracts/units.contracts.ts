import { z } from 'zod';
import { UNIT_LEVELS } from '../domain/admin-units/admin-unit.types';

const IsoDate = z.iso.date();
const UnitLevel = z.enum(UNIT_LEVELS);
/** Search text: at least one letter or digit once folded; tone marks and case do not matter. */
const SearchText = z.string().trim().min(1).max(100);

/** One administrative unit. `validTo` is the last day in force (inclusive), `null` while in force. */
export const UnitView = z
  .object({
    id: z.uuid(),
    code: z.string().describe('Official GSO code: 2 digits (province), 3 (district), 5 (commune)'),
    name: z.string(),
    fullName: z.string().describe('Name with its kind, e.g. "Phường Ba Đình"'),
    nameEn: z.string().nullable(),
    level: UnitLevel,
    kind: z.string().nullable().describe('Tỉnh, Thành phố, Quận, Huyện, Phường, Xã, Đặc khu…'),
    parentId: z.uuid().nullable(),
    validFrom: IsoDate,
    validTo: IsoDate.nullable(),
  })
  .meta({ id: 'Unit' });
export type UnitView = z.infer<typeof UnitView>;

const UnitRef = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  fullName: z.string(),
  level: UnitLevel,
});

// getUnit — GET /api/v1/units/:id
export const GetUnitInput = z.object({ id: z.uuid() });
export const GetUnitOutput = UnitView.extend({
  ancestors: z.array(UnitRef).describe('From the nation down to the parent, the ones the caller may see'),
}).meta({ id: 'UnitDetail' });
export type GetUnitOutput = z.infer<typeof GetUnitOutput>;

const Paging = {
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
};

// listUnitChildren — GET /api/v1/units/:id/children
export const ListUnitChildrenInput = z.object({
  asOf: IsoDate.optional().describe('Units in force on this day (default: today)'),
  ...Paging,
});
export const UnitPageOutput = z
  .object({ items: z.array(UnitView), total: z.number().int() })
  .meta({ id: 'UnitPage' });
export type UnitPageOutput = z.infer<typeof UnitPageOutput>;
export const ListUnitChildrenOutput = UnitPageOutput;

// listUnits — GET /api/v1/units
export const ListUnitsInput = z.object({
  asOf: IsoDate.optional().describe('Units in force on this day (default: today)'),
  level: UnitLevel.optional(),
  parentId: z.uuid().optional(),
  ...Paging,
});
export const ListUnitsOutput = UnitPageOutput;

// searchUnits — GET /api/v1/units/search
export const SearchUnitsInput = z.object({
  q: SearchText.describe('Ignores case, diacritics and tone-mark placement: "hoa" finds "Hoà" and "Hòa"'),
  level: UnitLevel.optional(),
  asOf: IsoDate.optional().describe('Only units in force on this day (default: today)'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const UnitSearchHit = UnitView.extend({ parentName: z.string().nullable() }).meta({
  id: 'UnitSearchHit',
});
export const SearchUnitsOutput = z.object({ items: z.array(UnitSearchHit) });
export type SearchUnitsOutput = z.infer<typeof SearchUnitsOutput>;

// resolveUnitSuccessors — GET /api/v1/units/:id/successors
export const ResolveUnitSuccessorsInput = z.object({
  asOf: IsoDate.optional().describe(
    'Follow successions up to the units in force on this day (default: today)',
  ),
});
export const ResolveUnitSuccessorsOutput = z.object({
  unit: UnitView,
  asOf: IsoDate,
  isInForce: z.boolean().describe('True when the unit itself is in force on asOf (then successors = [unit])'),
  successors: z.array(UnitView),
});
export type ResolveUnitSuccessorsOutput = z.infer<typeof ResolveUnitSuccessorsOutput>;

// getUnitHistory — GET /api/v1/units/:id/history
const SuccessionLink = z.object({ unit: UnitView, effectiveDate: IsoDate });
export const GetUnitHistoryOutput = z.object({
  unit: UnitView,
  predecessors: z.array(SuccessionLink).describe('Units that went into this one'),
  successors: z.array(SuccessionLink).describe('Units this one went into'),
});
export type GetUnitHistoryOutput = z.infer<typeof GetUnitHistoryOutput>;

// searchPublicUnits — GET /api/v1/public/units
export const SearchPublicUnitsInput = z.object({
  q: SearchText,
  level: z.enum(['province', 'commune']).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export const PublicUnitView = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    fullName: z.string(),
    level: UnitLevel,
    parentName: z.string().nullable(),
  })
  .meta({ id: 'PublicUnit' });
export const SearchPublicUnitsOutput = z.object({ items: z.array(PublicUnitView) });
export type SearchPublicUnitsOutput = z.infer<typeof SearchPublicUnitsOutput>;
