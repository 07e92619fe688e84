/**
 * The national map (bản đồ hành chính): rules every province map file must satisfy before it is
 * served — one feature per province code, polygons only, and the islands of the Hoàng Sa
 * archipelago (part of Đà Nẵng) and the Trường Sa archipelago (part of Khánh Hòa) present inside
 * those provinces. Pure: works on parsed GeoJSON.
 */

export type Position = readonly [number, number, ...number[]];
export type PolygonCoordinates = readonly (readonly Position[])[];

export interface ProvinceFeature {
  type: 'Feature';
  properties: { code: string; name: string } & Record<string, unknown>;
  geometry:
    | { type: 'Polygon'; coordinates: PolygonCoordinates }
    | { type: 'MultiPolygon'; coordinates: readonly PolygonCoordinates[] };
}

export interface ProvinceMap {
  type: 'FeatureCollection';
  features: ProvinceFeature[];
}

/** The two archipelagos the national map always draws and labels. */
export const ARCHIPELAGOS = [
  {
    key: 'hoang-sa',
    nameVi: 'Quần đảo Hoàng Sa',
    nameEn: 'Hoang Sa (Paracel) archipelago',
    provinceCode: '48',
    provinceNameVi: 'Đà Nẵng',
    box: { west: 111, east: 113, south: 15.7, north: 17.2 },
    label: [112.0, 17.7] as const,
  },
  {
    key: 'truong-sa',
    nameVi: 'Quần đảo Trường Sa',
    nameEn: 'Truong Sa (Spratly) archipelago',
    provinceCode: '56',
    provinceNameVi: 'Khánh Hòa',
    box: { west: 111.5, east: 118, south: 6.5, north: 11.6 },
    label: [114.6, 12.3] as const,
  },
] as const;

export type Archipelago = (typeof ARCHIPELAGOS)[number];

/** The polygons of a feature (a Polygon is one). */
export function polygonsOf(feature: ProvinceFeature): readonly PolygonCoordinates[] {
  return feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
}

function isInside(position: Position, box: Archipelago['box']): boolean {
  const [lon, lat] = position;
  return lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north;
}

/** Polygons of the archipelago's province whose outer ring lies entirely inside its box. */
export function islandPolygons(map: ProvinceMap, archipelago: Archipelago): PolygonCoordinates[] {
  const province = map.features.find((f) => f.properties.code === archipelago.provinceCode);
  if (!province) return [];
  return polygonsOf(province).filter((polygon) => {
    const outer = polygon[0];
    return outer !== undefined && outer.length >= 4 && outer.every((p) => isInside(p, archipelago.box));
  });
}

export interface MapProblem {
  messageVi: string;
  messageEn: string;
}

/** What is wrong with a province map file (empty when it may be served). */
export function checkProvinceMap(value: unknown): MapProblem[] {
  const problems: MapProblem[] = [];
  const map = value as Partial<ProvinceMap> | null;
  if (!map || map.type !== 'FeatureCollection' || !Array.isArray(map.features))
    return [
      {
        messageVi: 'Tệp không phải GeoJSON FeatureCollection.',
        messageEn: 'Not a GeoJSON FeatureCollection.',
      },
    ];
  const codes = new Set<string>();
  for (const [index, feature] of map.features.entries()) {
    const code = (feature as Partial<ProvinceFeature>)?.properties?.code;
    const type = (feature as Partial<ProvinceFeature>)?.geometry?.type;
    if (typeof code !== 'string' || (type !== 'Polygon' && type !== 'MultiPolygon'))
      problems.push({
        messageVi: `Đối tượng ${index + 1}: cần thuộc tính "code" (mã tỉnh) và hình Polygon/MultiPolygon.`,
        messageEn: `Feature ${index + 1}: needs a "code" property (province code) and a Polygon/MultiPolygon.`,
      });
    else if (codes.has(code))
      problems.push({
        messageVi: `Mã tỉnh ${code} xuất hiện hai lần.`,
        messageEn: `Province code ${code} appears twice.`,
      });
    else codes.add(code);
  }
  if (problems.length) return problems;
  for (const archipelago of ARCHIPELAGOS)
    if (islandPolygons(map as ProvinceMap, archipelago).length === 0)
      problems.push({
        messageVi: `Thiếu các đảo của ${archipelago.nameVi} trong ${archipelago.provinceNameVi} (mã ${archipelago.provinceCode}).`,
        messageEn: `The islands of the ${archipelago.nameEn} are missing from province ${archipelago.provinceCode}.`,
      });
  return problems;
}
