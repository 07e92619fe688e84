import type { ExportList } from '../../../contracts/exports.contracts';
import { DOSSIER_TYPE_LABELS } from '../../../domain/dossier/dossier.types';
import { CERTIFICATE_STATUS_LABELS } from '../../../domain/evaluation/evaluation.types';
import { ROUND_STATUS_LABELS } from '../../../domain/evaluation/round-workflow';
import { TRADE_EVENT_KIND_LABELS, TRADE_EVENT_LEVEL_LABELS } from '../../../domain/promotion/promotion.types';
import { PRODUCER_TYPE_LABELS } from '../../../domain/registry/producer-types';
import { PRODUCT_STATUS_LABELS } from '../../../domain/registry/product-status';
import type { CellValue } from '../../files/spreadsheet-cell';

/** One column of an export: its Vietnamese header and how a list item fills it. */
export interface ExportColumn {
  header: string;
  /** Width in characters (Excel). */
  width: number;
  value: (item: Item) => CellValue;
}

/** A list item as the list endpoint answers it (JSON). */
type Item = Record<string, unknown>;

/** How an export reads its list: the endpoint, whether it pages, the columns, the file name. */
export interface ExportSource {
  titleVi: string;
  fileName: string;
  path: string;
  isPaginated: boolean;
  columns: ExportColumn[];
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const field = (item: Item, ...keys: string[]): unknown =>
  keys.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Item)[key] : undefined),
    item,
  );
/** dd/mm/yyyy of an ISO date or time (Vietnam time for a time). */
const dmy = (value: unknown): string => {
  if (typeof value !== 'string' || value.length < 10) return '';
  const iso = value.length > 10 ? new Date(new Date(value).getTime() + 7 * 3_600_000).toISOString() : value;
  return iso.slice(0, 10).split('-').reverse().join('/');
};
const label = (labels: Record<string, { vi: string }>, value: unknown): string =>
  typeof value === 'string' ? (labels[value]?.vi ?? value) : '';
const col = (header: string, width: number, value: (item: Item) => CellValue): ExportColumn => ({
  header,
  width,
  value,
});

export const EXPORT_SOURCES = {
  producers: {
    titleVi: 'Danh sách chủ thể OCOP',
    fileName: 'chu-the',
    path: '/api/v1/producers',
    isPaginated: true,
    columns: [
      col('Tên chủ thể', 40, (i) => text(i.name)),
      col('Loại hình', 22, (i) => label(PRODUCER_TYPE_LABELS, i.type)),
      col('Số đăng ký / mã số thuế', 20, (i) => text(i.registrationNumber)),
      col('Xã/phường', 24, (i) => text(i.communeName)),
      col('Địa chỉ', 40, (i) => text(i.address)),
      col('Ngày tạo', 12, (i) => dmy(i.createdAt)),
    ],
  },
  products: {
    titleVi: 'Danh sách sản phẩm',
    fileName: 'san-pham',
    path: '/api/v1/products',
    isPaginated: true,
    columns: [
      col('Tên sản phẩm', 40, (i) => text(i.name)),
      col('Chủ thể', 36, (i) => text(i.producerName)),
      col('Bộ sản phẩm', 12, (i) => num(i.productSet)),
      col('Tên bộ sản phẩm', 36, (i) => text(i.productSetName)),
      col('Mã GTIN', 16, (i) => text(i.gtin)),
      col('Trạng thái', 20, (i) => label(PRODUCT_STATUS_LABELS, i.status)),
      col('Ngày tạo', 12, (i) => dmy(i.createdAt)),
    ],
  },
  dossiers: {
    titleVi: 'Danh sách hồ sơ sản phẩm',
    fileName: 'ho-so',
    path: '/api/v1/dossiers',
    isPaginated: true,
    columns: [
      col('Sản phẩm', 36, (i) => text(field(i, 'product', 'name'))),
      col('Chủ thể', 32, (i) => text(field(i, 'producer', 'name'))),
      col('Xã/phường', 22, (i) => text(field(i, 'commune', 'name'))),
      col('Loại hồ sơ', 18, (i) => label(DOSSIER_TYPE_LABELS, i.type)),
      col('Bộ sản phẩm', 12, (i) => num(i.productSet)),
      col('Trạng thái', 28, (i) => text(field(i, 'statusLabel', 'vi'))),
      col('Ngày chuyển trạng thái', 14, (i) => dmy(i.statusChangedAt)),
      col('Hạn xử lý', 12, (i) => dmy(field(i, 'deadline', 'dueOn'))),
      col('Kết quả', 28, (i) => text(field(i, 'outcome', 'labelVi'))),
      col('Số sao', 8, (i) => num(field(i, 'outcome', 'stars'))),
    ],
  },
  certificates: {
    titleVi: 'Danh sách giấy chứng nhận OCOP',
    fileName: 'giay-chung-nhan',
    path: '/api/v1/certificates',
    isPaginated: true,
    columns: [
      col('Số giấy chứng nhận', 22, (i) => text(i.number)),
      col('Sản phẩm', 36, (i) => text(i.productName)),
      col('Chủ thể', 32, (i) => text(i.producerName)),
      col('Xã/phường', 22, (i) => text(i.communeName)),
      col('Tỉnh/thành phố', 22, (i) => text(i.provinceName)),
      col('Bộ sản phẩm', 12, (i) => num(i.productSet)),
      col('Số sao', 8, (i) => num(i.stars)),
      col('Ngày cấp', 12, (i) => dmy(i.issuedOn)),
      col('Hiệu lực đến', 12, (i) => dmy(i.validUntil)),
      col('Tình trạng', 18, (i) => label(CERTIFICATE_STATUS_LABELS, i.status)),
      col('Quyết định số', 20, (i) => text(i.decisionNumber)),
      col('Cơ quan cấp', 30, (i) => text(i.issuerName)),
    ],
  },
  rounds: {
    titleVi: 'Danh sách đợt đánh giá, phân hạng',
    fileName: 'dot-danh-gia',
    path: '/api/v1/rounds',
    isPaginated: false,
    columns: [
      col('Tên đợt', 36, (i) => text(i.name)),
      col('Hội đồng', 36, (i) => text(i.councilName)),
      col(
        'Cấp',
        12,
        (i) => ({ district: 'Huyện', province: 'Tỉnh', central: 'Trung ương' })[text(i.level)] ?? '',
      ),
      col('Ngày họp', 12, (i) => dmy(i.meetingOn)),
      col('Trạng thái', 24, (i) => label(ROUND_STATUS_LABELS, i.status)),
      col('Số sản phẩm', 12, (i) => num(i.productCount)),
    ],
  },
  stamps: {
    titleVi: 'Danh sách lô tem truy xuất',
    fileName: 'lo-tem',
    path: '/api/v1/stamp-batches',
    isPaginated: false,
    columns: [
      col('Sản phẩm', 36, (i) => text(i.productName)),
      col('Chủ thể', 32, (i) => text(i.producerName)),
      col('Số giấy chứng nhận', 22, (i) => text(i.certificateNumber)),
      col('Mã GTIN-14', 16, (i) => text(i.gtin14)),
      col('Số lô', 14, (i) => text(i.lot)),
      col('Ngày sản xuất', 12, (i) => dmy(i.productionDate)),
      col('Hạn sử dụng', 12, (i) => dmy(i.expiryDate)),
      col('Số tem', 10, (i) => num(i.quantity)),
      col('Tem đã được quét', 12, (i) => num(field(i, 'scans', 'scannedStamps'))),
      col('Tổng lượt quét', 12, (i) => num(field(i, 'scans', 'totalScans'))),
      col('Nghi sao chép', 12, (i) => num(field(i, 'scans', 'possibleCopies'))),
      col('Bị báo cáo giả', 12, (i) => num(field(i, 'scans', 'reported'))),
    ],
  },
  events: {
    titleVi: 'Danh sách sự kiện xúc tiến thương mại',
    fileName: 'su-kien-xttm',
    path: '/api/v1/trade-events',
    isPaginated: true,
    columns: [
      col('Tên sự kiện', 40, (i) => text(i.name)),
      col('Đơn vị', 24, (i) => text(field(i, 'unit', 'name'))),
      col('Loại', 18, (i) => label(TRADE_EVENT_KIND_LABELS, i.kind)),
      col('Cấp', 14, (i) => label(TRADE_EVENT_LEVEL_LABELS, i.level)),
      col('Từ ngày', 12, (i) => dmy(i.startsOn)),
      col('Đến ngày', 12, (i) => dmy(i.endsOn)),
      col('Địa điểm', 30, (i) => text(i.place)),
      col('Đơn vị tổ chức', 30, (i) => text(i.organiser)),
      col('Doanh thu (đồng)', 16, (i) => num(i.salesVnd)),
      col('Lượt khách', 12, (i) => num(i.visitors)),
      col('Hợp đồng đã ký', 12, (i) => num(i.contractsSigned)),
      col('Số chủ thể tham gia', 12, (i) => (Array.isArray(i.participants) ? i.participants.length : null)),
    ],
  },
} as const satisfies Record<ExportList, ExportSource>;
