import ExcelJS from 'exceljs';
import type { CertificateOutput } from '../../../contracts/evaluation.contracts';
import { CERTIFICATE_STATUS_LABELS } from '../../../domain/evaluation/evaluation.types';

const vnDate = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');

/**
 * The offices' certificate list as an Excel workbook (Vietnamese headers, dates dd/mm/yyyy), in
 * the order and with the filters of the list on screen.
 */
export async function certificateListWorkbook(items: readonly CertificateOutput[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Giấy chứng nhận');
  sheet.columns = [
    { header: 'Số giấy chứng nhận', key: 'number', width: 20 },
    { header: 'Tình trạng', key: 'status', width: 16 },
    { header: 'Sản phẩm', key: 'productName', width: 32 },
    { header: 'Bộ sản phẩm', key: 'productSet', width: 8 },
    { header: 'Số sao', key: 'stars', width: 8 },
    { header: 'Chủ thể', key: 'producerName', width: 32 },
    { header: 'Xã/phường', key: 'communeName', width: 22 },
    { header: 'Tỉnh/thành phố', key: 'provinceName', width: 22 },
    { header: 'Đơn vị cấp', key: 'issuerName', width: 30 },
    { header: 'Số quyết định', key: 'decisionNumber', width: 18 },
    { header: 'Ngày quyết định', key: 'decisionDate', width: 14 },
    { header: 'Ngày cấp', key: 'issuedOn', width: 12 },
    { header: 'Hiệu lực đến', key: 'validUntil', width: 12 },
    { header: 'Căn cứ', key: 'legalBasis', width: 40 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const c of items)
    sheet.addRow({
      ...c,
      status: CERTIFICATE_STATUS_LABELS[c.status].vi,
      decisionDate: vnDate(c.decisionDate),
      issuedOn: vnDate(c.issuedOn),
      validUntil: vnDate(c.validUntil),
      legalBasis: c.legalBasis?.textVi ?? '',
    });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
