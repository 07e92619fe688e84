/**
 * A choropleth drawn from the province map: SVG paths (d3-geo, Mercator fitted to the box), a
 * colour class per area, a legend, and the labels of the Hoàng Sa and Trường Sa archipelagos.
 * Pure, shared by the dashboard component (src/web/statistics) and the public statistics page.
 */
import { geoMercator, geoPath, type ExtendedFeature, type ExtendedFeatureCollection } from 'd3-geo';
import { ARCHIPELAGOS, type ProvinceMap } from './province-map';

/** Five sequential greens, light to dark (readable on white, distinct in greyscale). */
export const CHOROPLETH_COLOURS = ['#edf8e9', '#bae4b3', '#74c476', '#31a354', '#006d2c'] as const;
export const NO_DATA_COLOUR = '#f1f3f5';

export interface ChoroplethArea {
  code: string;
  name: string;
  /** SVG path data. */
  d: string;
  value: number;
  fill: string;
}

export interface ChoroplethLegendItem {
  fill: string;
  from: number;
  to: number;
}

export interface ChoroplethDrawing {
  width: number;
  height: number;
  areas: ChoroplethArea[];
  legend: ChoroplethLegendItem[];
  labels: { key: string; x: number; y: number; textVi: string; provinceVi: string }[];
}

/** Class breaks: up to five equal-width classes from 1 to the largest value (0 has its own colour). */
export function classBreaks(values: readonly number[]): ChoroplethLegendItem[] {
  const max = Math.max(0, ...values);
  if (max === 0) return [];
  const classes = Math.min(CHOROPLETH_COLOURS.length, max);
  const step = max / classes;
  return Array.from({ length: classes }, (_, index) => ({
    fill: CHOROPLETH_COLOURS[
      Math.round((index * (CHOROPLETH_COLOURS.length - 1)) / Math.max(1, classes - 1))
    ]!,
    from: index === 0 ? 1 : Math.floor(index * step) + 1,
    to: index === classes - 1 ? max : Math.floor((index + 1) * step),
  }));
}

function fillOf(value: number, legend: readonly ChoroplethLegendItem[]): string {
  if (value <= 0) return NO_DATA_COLOUR;
  return (
    (legend.find((item) => value >= item.from && value <= item.to) ?? legend.at(-1))?.fill ?? NO_DATA_COLOUR
  );
}

type Ring = readonly (readonly [number, number, ...number[]])[];

/** Twice the planar signed area of a lon/lat ring: positive when counter-clockwise. */
function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

/**
 * d3-geo reads polygons on the sphere: an outer ring must run clockwise (holes counter-clockwise),
 * the opposite of RFC 7946 GeoJSON written by mapshaper — read as is, each province would be the
 * whole globe minus the province. Returns the map with its rings wound for d3.
 */
export function windForD3(map: ProvinceMap): ProvinceMap {
  const wind = (polygon: readonly Ring[]) =>
    polygon.map((ring, index) => {
      const isClockwise = signedArea(ring) < 0;
      const mustBeClockwise = index === 0;
      return isClockwise === mustBeClockwise ? ring : [...ring].reverse();
    });
  return {
    ...map,
    features: map.features.map((feature) => ({
      ...feature,
      geometry:
        feature.geometry.type === 'Polygon'
          ? { type: 'Polygon', coordinates: wind(feature.geometry.coordinates) }
          : { type: 'MultiPolygon', coordinates: feature.geometry.coordinates.map(wind) },
    })),
  };
}

/** Draws `map` at `width` × `height` with a value per province code (missing = 0). */
export function drawChoropleth(params: {
  map: ProvinceMap;
  valueByCode: ReadonlyMap<string, number>;
  width: number;
  height: number;
}): ChoroplethDrawing {
  const { valueByCode, width, height } = params;
  const map = windForD3(params.map);
  const projection = geoMercator().fitExtent(
    [
      [4, 4],
      [width - 4, height - 4],
    ],
    map as unknown as ExtendedFeatureCollection,
  );
  const path = geoPath(projection);
  const legend = classBreaks([...valueByCode.values()]);
  const areas = map.features.map((feature) => {
    const value = valueByCode.get(feature.properties.code) ?? 0;
    return {
      code: feature.properties.code,
      name: feature.properties.name,
      d: path(feature as unknown as ExtendedFeature) ?? '',
      value,
      fill: fillOf(value, legend),
    };
  });
  const labels = ARCHIPELAGOS.map((archipelago) => {
    const [x, y] = projection([archipelago.label[0], archipelago.label[1]]) ?? [0, 0];
    return {
      key: archipelago.key,
      x: Math.round(x * 10) / 10,
      y: Math.round(y * 10) / 10,
      textVi: archipelago.nameVi,
      provinceVi: `(${archipelago.provinceNameVi})`,
    };
  });
  return { width, height, areas, legend, labels };
}
