import type { Database } from '../../../db/database';
import { findReportVersion } from '../../../db/repositories/reports.repository';
import type { Actor } from '../../../domain/access/permissions';
import { notFound } from '../../../domain/errors';
import { reportTitle, REPORT_STATUS_LABELS } from '../../../domain/reports/report-workflow';
import { reportForRead } from './report-access';
import { renderReportPdf, type ReportDocumentData } from './report.pdf';
import { renderReportXlsx } from './report.xlsx';

const dmy = (d: Date) =>
  new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10).split('-').reverse().join('/');

/** The place printed before the date: the unit's name without its kind ("Tỉnh Lào Cai" → "Lào Cai"). */
function placeOf(unitName: string): string {
  return unitName.replace(/^(Tỉnh|Thành phố|Xã|Phường|Đặc khu|Huyện|Quận|Thị xã)\s+/i, '');
}

/**
 * The report as an Excel workbook or an official-layout PDF: the current text, or a submitted
 * version exactly as it was sent. @throws NOT_FOUND (report or version).
 */
export async function exportReport(params: {
  db: Database;
  actor: Actor;
  reportId: string;
  format: 'xlsx' | 'pdf';
  version?: number | undefined;
  now: Date;
}): Promise<{ bytes: Buffer; fileName: string; contentType: string }> {
  const { report, unitName } = await reportForRead(params.db, params.actor, params.reportId);
  let content = { figures: report.figures, narrative: report.narrative };
  let statusLine: string = REPORT_STATUS_LABELS[report.status].vi;
  let dated = params.now;
  if (params.version !== undefined) {
    const version = await findReportVersion(params.db, report.id, params.version);
    if (!version) throw notFound('bản báo cáo đã gửi', 'Submitted version');
    content = { figures: version.figures, narrative: version.narrative };
    statusLine = `Đã gửi cấp trên ngày ${dmy(version.submittedAt)} (bản số ${version.version})`;
    dated = version.submittedAt;
  } else if (report.status === 'submitted' && report.submittedAt) {
    statusLine = `Đã gửi cấp trên ngày ${dmy(report.submittedAt)} (bản số ${report.submittedVersion})`;
    dated = report.submittedAt;
  }
  const data: ReportDocumentData = {
    title: reportTitle(report.period, report.year),
    unitName,
    statusLine,
    dated,
    place: placeOf(unitName),
    ...content,
  };
  const baseName = `bao-cao-ocop-${report.period === 'half_year' ? '6-thang' : 'nam'}-${report.year}`;
  if (params.format === 'pdf')
    return {
      bytes: await renderReportPdf(data),
      fileName: `${baseName}.pdf`,
      contentType: 'application/pdf',
    };
  return {
    bytes: await renderReportXlsx(data),
    fileName: `${baseName}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
