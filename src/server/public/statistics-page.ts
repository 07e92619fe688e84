/**
 * The public statistics page (`/thong-ke`, `/thong-ke?tinh=<code>`) and its open data
 * (`/open-data/statistics.json`, `.csv`): products holding a valid OCOP certificate by stars, group
 * and province (communes for a province), with the choropleth drawn on the server as SVG — no
 * JavaScript, no map tiles, the Hoàng Sa and Trường Sa archipelagos labelled. Read from the
 * pre-aggregated tables only. Schema and licence: docs/api/open-data-statistics.md.
 */
import type { FigureRow } from '../../db/repositories/statistics.repository';
import { drawChoropleth } from '../../domain/statistics/choropleth';
import type { ProvinceMap } from '../../domain/statistics/province-map';
import { TAXONOMY_148 } from '../../domain/rubric/catalogue/148/taxonomy-148';
import { toCsv } from '../files/spreadsheet-cell';
import { escapeHtml, publicPage } from './public-html';

export const OPEN_DATA_LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attributionVi: 'Nguồn: Hệ thống quản lý Chương trình OCOP',
};

/** One open-data record: valid products and certificates of one province, star level and group. */
export interface StatisticsRecord {
  provinceCode: string;
  provinceName: string;
  stars: number;
  productGroup: number | null;
  productGroupName: string;
  products: number;
  certificates: number;
  expiring: number;
}

/** The data dictionary served with the JSON and documented in docs/api/open-data-statistics.md. */
export const STATISTICS_DICTIONARY = [
  {
    field: 'provinceCode',
    headerVi: 'Mã tỉnh',
    type: 'string',
    meaningVi: 'Mã tỉnh/thành phố (2 chữ số, danh mục từ 01/07/2025)',
  },
  { field: 'provinceName', headerVi: 'Tỉnh/thành phố', type: 'string', meaningVi: 'Tên tỉnh/thành phố' },
  { field: 'stars', headerVi: 'Số sao', type: 'integer 3–5', meaningVi: 'Hạng sao trên giấy chứng nhận' },
  {
    field: 'productGroup',
    headerVi: 'Mã nhóm',
    type: 'integer 1–6 | null',
    meaningVi: 'Nhóm sản phẩm theo Quyết định 148/QĐ-TTg',
  },
  { field: 'productGroupName', headerVi: 'Nhóm sản phẩm', type: 'string', meaningVi: 'Tên nhóm sản phẩm' },
  {
    field: 'products',
    headerVi: 'Số sản phẩm',
    type: 'integer',
    meaningVi: 'Sản phẩm có giấy chứng nhận mới nhất còn hiệu lực',
  },
  {
    field: 'certificates',
    headerVi: 'Số giấy chứng nhận',
    type: 'integer',
    meaningVi: 'Giấy chứng nhận còn hiệu lực',
  },
  {
    field: 'expiring',
    headerVi: 'Sắp hết hạn (90 ngày)',
    type: 'integer',
    meaningVi: 'Giấy chứng nhận còn hiệu lực, hết hạn trong 90 ngày tới',
  },
] as const;

const groupName = (group: number | null) =>
  TAXONOMY_148.find((g) => g.number === group)?.nameVi ?? 'Không xác định';

/** Records from figures by province × stars × group (valid certificates). */
export function statisticsRecords(
  rows: readonly FigureRow[],
  provinces: ReadonlyMap<string, { code: string; name: string }>,
): StatisticsRecord[] {
  return rows
    .map((row) => {
      const province = provinces.get(String(row.keys.province));
      const group = row.keys.group === null ? null : Number(row.keys.group);
      return {
        provinceCode: province?.code ?? '',
        provinceName: province?.name ?? 'Không xác định',
        stars: Number(row.keys.stars),
        productGroup: group,
        productGroupName: groupName(group),
        products: row.values.products ?? 0,
        certificates: row.values.certificates ?? 0,
        expiring: row.values.expiring ?? 0,
      };
    })
    .sort(
      (a, b) =>
        a.provinceCode.localeCompare(b.provinceCode) ||
        a.stars - b.stars ||
        (a.productGroup ?? 99) - (b.productGroup ?? 99),
    );
}

/** CSV with a UTF-8 byte-order mark, Vietnamese headers, formula-safe cells. */
export function statisticsCsv(records: readonly StatisticsRecord[]): string {
  const headers = STATISTICS_DICTIONARY.map((d) => d.headerVi);
  const rows = records.map((record) =>
    Object.fromEntries(STATISTICS_DICTIONARY.map((d) => [d.headerVi, record[d.field]])),
  ) as Record<(typeof headers)[number], string | number | null>[];
  return `\uFEFF${toCsv(headers, rows)}`;
}

const number = new Intl.NumberFormat('vi-VN');

function table(caption: string, header: [string, string], rows: [string, number][]): string {
  const total = rows.reduce((sum, [, value]) => sum + value, 0);
  return `<table class="card" style="width:100%;border-collapse:collapse"><caption style="text-align:left;font-weight:700;padding:8px 0">${escapeHtml(caption)}</caption>
<thead><tr><th scope="col" style="text-align:left">${header[0]}</th><th scope="col" style="text-align:right">${header[1]}</th></tr></thead><tbody>
${rows.map(([label, value]) => `<tr><td>${label}</td><td style="text-align:right">${number.format(value)}</td></tr>`).join('\n')}
<tr><th scope="row" style="text-align:left">Tổng / total</th><td style="text-align:right;font-weight:700">${number.format(total)}</td></tr></tbody></table>`;
}

/** The national map as inline SVG, each province a link to its page. */
export function mapSvg(map: ProvinceMap, valueByCode: ReadonlyMap<string, number>): string {
  const drawing = drawChoropleth({ map, valueByCode, width: 360, height: 650 });
  const paths = drawing.areas
    .map(
      (area) =>
        `<a href="/thong-ke?tinh=${encodeURIComponent(area.code)}"><path d="${area.d}" fill="${area.fill}" stroke="#495057" stroke-width="0.5"><title>${escapeHtml(area.name)}: ${number.format(area.value)}</title></path></a>`,
    )
    .join('');
  const labels = drawing.labels
    .map(
      (l) =>
        `<text x="${l.x}" y="${l.y}" font-size="11" text-anchor="middle" fill="#1c3d5a"><tspan x="${l.x}">${escapeHtml(l.textVi)}</tspan><tspan x="${l.x}" dy="13" font-size="10">${escapeHtml(l.provinceVi)}</tspan></text>`,
    )
    .join('');
  const legend = drawing.legend
    .map(
      (item) =>
        `<span style="display:inline-flex;align-items:center;gap:4px;margin-right:8px"><span style="width:12px;height:12px;background:${item.fill};border:1px solid #868e96;display:inline-block"></span>${number.format(item.from)}${item.to !== item.from ? `–${number.format(item.to)}` : ''}</span>`,
    )
    .join('');
  return `<figure class="card" style="margin:0 0 12px"><svg viewBox="0 0 ${drawing.width} ${drawing.height}" width="100%" role="group" aria-label="Bản đồ số sản phẩm OCOP theo tỉnh"><rect width="${drawing.width}" height="${drawing.height}" fill="#e7f5ff"/>${paths}${labels}</svg>
<figcaption style="font-size:.85rem">Chú giải / legend: <span style="display:inline-flex;align-items:center;gap:4px;margin-right:8px"><span style="width:12px;height:12px;background:#f1f3f5;border:1px solid #868e96;display:inline-block"></span>0</span>${legend}</figcaption></figure>`;
}

export interface StatisticsPageData {
  title: string;
  /** Province name when a province is shown. */
  provinceName?: string;
  byStars: [string, number][];
  byGroup: [string, number][];
  byArea: [string, number][];
  areaHeader: string;
  mapHtml: string;
  refreshedAt: string | null;
  attribution: string;
}

export function renderStatisticsPage(data: StatisticsPageData): string {
  const refreshed = data.refreshedAt
    ? (() => {
        const at = new Date(data.refreshedAt);
        const zone = { timeZone: 'Asia/Ho_Chi_Minh' } as const;
        const day = new Intl.DateTimeFormat('vi-VN', {
          ...zone,
          day: '2-digit',
          month: '2-digit',
          year: 'numeric',
        });
        const clock = new Intl.DateTimeFormat('vi-VN', {
          ...zone,
          hour: '2-digit',
          minute: '2-digit',
          hour12: false,
        });
        return `${day.format(at)} ${clock.format(at)}`;
      })()
    : 'chưa tổng hợp';
  const body = `<h1>${escapeHtml(data.title)}</h1>
<p>Sản phẩm có giấy chứng nhận OCOP còn hiệu lực. <span lang="en">Products holding a valid OCOP certificate.</span> Số liệu cập nhật lúc ${escapeHtml(refreshed)}.</p>
${data.provinceName ? '<p><a href="/thong-ke">← Cả nước / nation</a></p>' : ''}
${data.mapHtml}
${table('Theo số sao / by stars', ['Hạng', 'Sản phẩm'], data.byStars)}
${table('Theo nhóm sản phẩm / by product group', ['Nhóm', 'Sản phẩm'], data.byGroup)}
${table(data.areaHeader, [data.provinceName ? 'Xã, phường' : 'Tỉnh, thành phố', 'Sản phẩm'], data.byArea)}
<p class="card">Dữ liệu mở / open data: <a href="/open-data/statistics.csv">CSV</a> · <a href="/open-data/statistics.json">JSON</a> (từ điển dữ liệu kèm theo / with a data dictionary) — giấy phép <a href="${OPEN_DATA_LICENCE.url}">${OPEN_DATA_LICENCE.name}</a>.<br><small>${escapeHtml(data.attribution)}</small></p>`;
  return publicPage({
    title: `${data.title} — OCOP`,
    description: 'Số sản phẩm OCOP theo số sao, nhóm sản phẩm và tỉnh, thành phố.',
    heading: 'Thống kê OCOP / OCOP statistics',
    body,
  });
}
