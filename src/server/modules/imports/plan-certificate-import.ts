import type { Database } from '../../../db/database';
import { resolveSuccessorsInForce } from '../../../db/repositories/admin-units.repository';
import {
  findCurrentCommunesByCodes,
  findDecisionsOfUnits,
  findExistingCertificateNumbers,
  findImportUnitsByIds,
  findProducersAndProducts,
  findUnitsByCodes,
  type ImportUnit,
} from '../../../db/repositories/certificate-imports.repository';
import {
  mapCertificateImportHeaders,
  parseCertificateImportRow,
  type CertificateImportColumnKey,
  type ImportedCertificate,
} from '../../../domain/registry/certificate-import-layout';
import {
  mapImportHeaders,
  parseImportRow,
  type ImportCells,
  type ImportedProducer,
  type ImportedProduct,
  type ImportRowProblem,
} from '../../../domain/registry/import-layout';
import { isKnownProductSet } from '../../../domain/registry/product-sets';
import type { TableFile } from './read-table-file';

/** What one row will do: a certificate, with its producer and product found or created. */
export interface CertificateImportStep {
  line: number;
  /** Rows of the file done once this step is done (for progress). */
  rowsDone: number;
  producer: { registrationNumber: string; create?: { draft: ImportedProducer; communeId: string } };
  product: ImportedProduct & { isNew: boolean };
  certificate: ImportedCertificate;
  /** The unit that issued it then (a province, a former district, the nation). */
  issuer: ImportUnit;
  /** The unit answerable for it today: the issuer, or the province that took over from it. */
  responsibleUnitId: string;
}

export interface CertificateImportPlan {
  totalRows: number;
  validRows: number;
  problems: ImportRowProblem[];
  steps: CertificateImportStep[];
  producersToCreate: number;
  productsToCreate: number;
  certificatesToCreate: number;
  rowsAlreadyPresent: number;
  existingProducerIds: Map<string, string>;
}

const ISSUER_COLUMN = 'Mã đơn vị cấp';

function isInForce(unit: ImportUnit, date: string): boolean {
  return unit.validFrom <= date && (unit.validTo === null || unit.validTo >= date);
}

/**
 * Resolves issuers through the unit history: the province, district or nation with that code on
 * the issue date (or, when the history holds nothing of that code then, the province bearing it
 * today); a district answers through its province; a province abolished since answers
 * through the single province it went into. Cached per code and date.
 */
function issuerResolver(db: Database, units: ImportUnit[], today: string) {
  const byId = new Map(units.map((u) => [u.id, u]));
  const cache = new Map<string, Promise<{ issuer: ImportUnit; responsible: ImportUnit } | string>>();
  async function resolve(code: string, issuedOn: string) {
    const candidates = units.filter((u) => u.code === code && u.level !== 'commune');
    // When the history holds no unit of that code back then, a province that kept its code
    // through the reforms (Hà Nội "01") stands for itself.
    const keptCode = candidates.some((u) => u.validFrom <= issuedOn)
      ? undefined
      : candidates.find((u) => u.level === 'province' && isInForce(u, today));
    const issuer =
      code === 'TW'
        ? units.find((u) => u.level === 'nation')
        : (candidates.find((u) => isInForce(u, issuedOn)) ?? keptCode);
    if (!issuer) return `Không có tỉnh/huyện mã "${code}" vào ngày cấp`;
    let province = issuer;
    if (issuer.level === 'district') {
      const parentId = issuer.parentId;
      const parent = parentId
        ? (byId.get(parentId) ?? (await findImportUnitsByIds(db, [parentId]))[0])
        : undefined;
      if (!parent) return `Không tìm thấy tỉnh của huyện mã "${code}"`;
      province = parent;
    }
    if (isInForce(province, today)) return { issuer, responsible: province };
    const successors = (await resolveSuccessorsInForce(db, province.id, today)).filter(
      (u) => u.level === 'province',
    );
    if (successors.length !== 1) return `Không xác định được tỉnh hiện nay kế thừa đơn vị mã "${code}"`;
    const [next] = await findImportUnitsByIds(db, [successors[0]!.id]);
    return next ? { issuer, responsible: next } : `Không xác định được tỉnh kế thừa mã "${code}"`;
  }
  return (code: string, issuedOn: string) => {
    const key = `${code}\u0000${issuedOn}`;
    if (!cache.has(key)) cache.set(key, resolve(code, issuedOn));
    return cache.get(key)!;
  };
}

function parseRows(table: TableFile, today: string) {
  const producerHeader = mapImportHeaders(table.headers, table.headerLine);
  const certificateHeader = mapCertificateImportHeaders(table.headers, table.headerLine);
  const problems = [...producerHeader.problems, ...certificateHeader.problems];
  if (![...producerHeader.columns.values()].includes('productName'))
    problems.push({
      line: table.headerLine,
      column: 'Tên sản phẩm',
      messageVi: 'Thiếu cột bắt buộc "Tên sản phẩm"',
      messageEn: 'Required column "Tên sản phẩm" is missing',
    });
  if (problems.length > 0) return { problems, rows: [] };
  const context = { isKnownProductSet: (n: number) => isKnownProductSet(n, today) };
  const rows = table.rows.map((row) => {
    const producerCells: ImportCells = {};
    for (const [index, key] of producerHeader.columns) producerCells[key] = row.cells[index] ?? '';
    const certificateCells: Partial<Record<CertificateImportColumnKey, string>> = {};
    for (const [index, key] of certificateHeader.columns) certificateCells[key] = row.cells[index] ?? '';
    const registry = parseImportRow(producerCells, row.line, context);
    const certificate = parseCertificateImportRow(certificateCells, row.line, today);
    const rowProblems = [
      ...(registry.isValid ? [] : registry.problems),
      ...(certificate.isValid ? [] : certificate.problems),
    ];
    if (registry.isValid && !registry.product)
      rowProblems.push({
        line: row.line,
        column: 'Tên sản phẩm',
        messageVi: 'Bắt buộc, đang để trống',
        messageEn: 'Required, empty',
      });
    if (rowProblems.length > 0 || !registry.isValid || !registry.product || !certificate.isValid)
      return { isValid: false, line: row.line, problems: rowProblems } as const;
    return {
      isValid: true,
      line: row.line,
      producer: registry.producer,
      product: registry.product,
      certificate: certificate.certificate,
    } as const;
  });
  return { problems, rows };
}

/**
 * Reads and checks every row of a certificate file and decides what importing would create,
 * writing nothing: bad rows are reported by line and column; a certificate whose number exists
 * is counted as already present (a second run plans nothing). Producers are matched by
 * registration number, products by producer and name (ignoring case), decisions by issuing unit
 * and number (one date per decision).
 */
export async function planCertificateImport(params: {
  db: Database;
  table: TableFile;
  canImportInto: (unitPath: string) => boolean;
  today: string;
}): Promise<CertificateImportPlan> {
  const { db, table, today } = params;
  const parsed = parseRows(table, today);
  const plan: CertificateImportPlan = {
    totalRows: table.rows.length,
    validRows: 0,
    problems: parsed.problems,
    steps: [],
    producersToCreate: 0,
    productsToCreate: 0,
    certificatesToCreate: 0,
    rowsAlreadyPresent: 0,
    existingProducerIds: new Map(),
  };
  const valid = parsed.rows.flatMap((row) => (row.isValid ? [row] : []));
  const communes = await findCurrentCommunesByCodes(db, [
    ...new Set(valid.map((r) => r.producer.communeCode)),
  ]);
  const existing = await findProducersAndProducts(db, [
    ...new Set(valid.map((r) => r.producer.registrationNumber)),
  ]);
  const existingNumbers = await findExistingCertificateNumbers(db, [
    ...new Set(valid.map((r) => r.certificate.number)),
  ]);
  const units = await findUnitsByCodes(db, [...new Set(valid.map((r) => r.certificate.issuerCode))]);
  const resolveIssuer = issuerResolver(db, units, today);
  const decisionDates = await findDecisionsOfUnits(db, [...new Set(units.map((u) => u.id))]);
  const plannedDecisions = new Map<string, { signedOn: string; line: number }>();
  const numberLines = new Map<string, number>();
  const plannedProducers = new Set<string>();
  const plannedProducts = new Set<string>();

  for (const [index, row] of parsed.rows.entries()) {
    if (!row.isValid) {
      plan.problems.push(...row.problems);
      continue;
    }
    const { producer, product, certificate } = row;
    const problem = (column: string, messageVi: string, messageEn: string) =>
      plan.problems.push({ line: row.line, column, messageVi, messageEn });
    const earlier = numberLines.get(certificate.number);
    if (earlier !== undefined) {
      problem(
        'Số giấy chứng nhận',
        `Trùng số giấy với dòng ${earlier}`,
        `Same certificate number as line ${earlier}`,
      );
      continue;
    }
    numberLines.set(certificate.number, row.line);
    if (existingNumbers.has(certificate.number)) {
      plan.validRows += 1;
      plan.rowsAlreadyPresent += 1;
      continue;
    }
    const resolved = await resolveIssuer(certificate.issuerCode, certificate.issuedOn);
    if (typeof resolved === 'string') {
      problem(ISSUER_COLUMN, resolved, `Cannot resolve issuer "${certificate.issuerCode}" on the issue date`);
      continue;
    }
    if (!params.canImportInto(resolved.responsible.path)) {
      problem(
        ISSUER_COLUMN,
        'Đơn vị cấp ngoài phạm vi quản lý của bạn',
        'The issuer is outside your jurisdiction',
      );
      continue;
    }
    const decisionKey = `${resolved.issuer.id}\u0000${certificate.decisionNumber}`;
    const decision = decisionDates.get(decisionKey) ?? plannedDecisions.get(decisionKey);
    if (decision && decision.signedOn !== certificate.decisionDate) {
      problem(
        'Ngày quyết định',
        `Quyết định ${certificate.decisionNumber} đã có ngày ${decision.signedOn.split('-').reverse().join('/')}`,
        `Decision ${certificate.decisionNumber} is dated ${decision.signedOn}`,
      );
      continue;
    }
    const number = producer.registrationNumber;
    const known = existing.producersByNumber.get(number);
    const step: CertificateImportStep = {
      line: row.line,
      rowsDone: index + 1,
      producer: { registrationNumber: number },
      product: { ...product, isNew: false },
      certificate,
      issuer: resolved.issuer,
      responsibleUnitId: resolved.responsible.id,
    };
    if (known) plan.existingProducerIds.set(number, known.id);
    else if (!plannedProducers.has(number)) {
      const commune = communes.get(producer.communeCode);
      if (!commune) {
        problem(
          'Mã xã',
          `Không có xã/phường đang hiệu lực mã "${producer.communeCode}"`,
          `No current commune "${producer.communeCode}"`,
        );
        continue;
      }
      if (!params.canImportInto(commune.path)) {
        problem(
          'Mã xã',
          'Xã/phường ngoài phạm vi quản lý của bạn',
          'The commune is outside your jurisdiction',
        );
        continue;
      }
      step.producer.create = { draft: producer, communeId: commune.id };
      plannedProducers.add(number);
      plan.producersToCreate += 1;
    }
    const productKey = `${known?.id ?? `new:${number}`}\u0000${product.name.toLowerCase()}`;
    if (!existing.productIds.has(productKey) && !plannedProducts.has(productKey)) {
      step.product.isNew = true;
      plannedProducts.add(productKey);
      plan.productsToCreate += 1;
    }
    if (!decision) plannedDecisions.set(decisionKey, { signedOn: certificate.decisionDate, line: row.line });
    plan.validRows += 1;
    plan.certificatesToCreate += 1;
    plan.steps.push(step);
  }
  plan.problems.sort((a, b) => a.line - b.line);
  return plan;
}
