import { apiRequest } from './http';

/**
 * An administrative unit as the units API returns it. Written against the planned operations
 * (getUnit, listUnitChildren, searchUnits, resolveUnitSuccessors, getUnitHistory, listUnits);
 * optional fields are read defensively.
 */
export interface UnitView {
  id: string;
  code: string;
  name: string;
  fullName?: string | null;
  nameEn?: string | null;
  level: string;
  kind?: string | null;
  parentId?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  /** Whether the unit has children (when the server says). */
  hasChildren?: boolean;
  childCount?: number;
}

export interface UnitSuccessionView {
  unit: UnitView;
  effectiveDate: string | null;
}

export interface UnitHistoryView {
  unit: UnitView;
  predecessors: UnitSuccessionView[];
  successors: UnitSuccessionView[];
}

type UnitList = UnitView[] | { items: UnitView[] };

function itemsOf(list: UnitList): UnitView[] {
  return Array.isArray(list) ? list : list.items;
}

export function getUnit(id: string, signal?: AbortSignal): Promise<UnitView> {
  return apiRequest<UnitView>(`/units/${encodeURIComponent(id)}`, { signal });
}

export async function listUnitChildren(
  id: string,
  asOf: string | undefined,
  signal?: AbortSignal,
): Promise<UnitView[]> {
  return itemsOf(
    await apiRequest<UnitList>(`/units/${encodeURIComponent(id)}/children`, { query: { asOf }, signal }),
  );
}

export interface SearchUnitsParams {
  q: string;
  level?: string | undefined;
  asOf?: string | undefined;
  limit?: number;
}

export async function searchUnits(params: SearchUnitsParams, signal?: AbortSignal): Promise<UnitView[]> {
  return itemsOf(await apiRequest<UnitList>('/units/search', { query: { ...params }, signal }));
}

type RawSuccession = UnitSuccessionView | (UnitView & { effectiveDate?: string | null });

function toSuccession(raw: RawSuccession): UnitSuccessionView {
  if ('unit' in raw && raw.unit) return { unit: raw.unit, effectiveDate: raw.effectiveDate ?? null };
  const unit = raw as UnitView & { effectiveDate?: string | null };
  return { unit, effectiveDate: unit.effectiveDate ?? null };
}

interface RawHistory {
  unit?: UnitView;
  predecessors?: RawSuccession[];
  successors?: RawSuccession[];
}

export async function getUnitHistory(
  id: string,
  signal?: AbortSignal,
): Promise<Omit<UnitHistoryView, 'unit'> & { unit?: UnitView }> {
  const raw = await apiRequest<RawHistory>(`/units/${encodeURIComponent(id)}/history`, { signal });
  return {
    unit: raw.unit,
    predecessors: (raw.predecessors ?? []).map(toSuccession),
    successors: (raw.successors ?? []).map(toSuccession),
  };
}

export async function resolveUnitSuccessors(id: string, signal?: AbortSignal): Promise<UnitView[]> {
  const raw = await apiRequest<UnitList | { successors: UnitView[] }>(
    `/units/${encodeURIComponent(id)}/successors`,
    { signal },
  );
  return 'successors' in raw ? raw.successors : itemsOf(raw);
}
