import type { Database } from '../../../db/database';
import {
  listCurrentCommunesByCode,
  listProducersByRegistrationNumber,
  listProductNameKeys,
} from '../../../db/repositories/producer-imports.repository';
import {
  mapImportHeaders,
  parseImportRow,
  type ImportCells,
  type ImportedProduct,
  type ImportedProducer,
  type ImportRowProblem,
} from '../../../domain/registry/import-layout';
import { isKnownProductSet } from '../../../domain/registry/product-sets';
import type { TableFile } from './read-table-file';

/** A producer the import will create. */
export interface PlannedProducer {
  draft: ImportedProducer;
  communeId: string;
}

/** What one row of the file will do: create a producer, a product, both, or nothing. */
export interface ImportStep {
  line: number;
  /** Rows of the file done once this step is done (for progress). */
  rowsDone: number;
  producer?: PlannedProducer;
  product?: { registrationNumber: string; draft: ImportedProduct };
}

export interface ImportPlan {
  totalRows: number;
  validRows: number;
  problems: ImportRowProblem[];
  steps: ImportStep[];
  producersToCreate: number;
  productsToCreate: number;
  rowsAlreadyPresent: number;
  /** Producers that exist already, by registration number (for products added to them). */
  existingProducerIds: Map<string, string>;
}

const CHUNK = 1000;

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) result.push(items.slice(i, i + CHUNK));
  return result;
}

async function loadCommunes(
  db: Database,
  codes: string[],
): Promise<Map<string, { id: string; path: string }>> {
  const map = new Map<string, { id: string; path: string }>();
  for (const part of chunks(codes)) {
    const rows = await listCurrentCommunesByCode(db, part);
    for (const row of rows) map.set(row.code, { id: row.id, path: row.path });
  }
  return map;
}

async function loadExisting(db: Database, registrationNumbers: string[]) {
  const producersByNumber = new Map<string, { id: string; path: string }>();
  for (const part of chunks(registrationNumbers)) {
    const rows = await listProducersByRegistrationNumber(db, part);
    for (const row of rows) producersByNumber.set(row.registrationNumber, { id: row.id, path: row.path });
  }
  const productKeys = new Set<string>();
  for (const part of chunks([...producersByNumber.values()].map((p) => p.id))) {
    const rows = await listProductNameKeys(db, part);
    for (const row of rows) productKeys.add(`${row.producerId}\u0000${row.name}`);
  }
  return { producersByNumber, productKeys };
}

/**
 * Reads every row, checks it (format, commune, jurisdiction, duplicates in the file) and decides
 * what importing would create — without writing anything. Existing producers (by registration
 * number) and products (by producer and name, ignoring case) are left alone: a second run of the
 * same file plans nothing. `canImportInto(unitPath)` says whether the actor may add records there.
 */
export async function planProducerImport(params: {
  db: Database;
  table: TableFile;
  canImportInto: (unitPath: string) => boolean;
  today: string;
}): Promise<ImportPlan> {
  const { db, table } = params;
  const header = mapImportHeaders(table.headers, table.headerLine);
  const plan: ImportPlan = {
    totalRows: table.rows.length,
    validRows: 0,
    problems: [...header.problems],
    steps: [],
    producersToCreate: 0,
    productsToCreate: 0,
    rowsAlreadyPresent: 0,
    existingProducerIds: new Map(),
  };
  if (header.problems.length > 0) return plan;
  const context = { isKnownProductSet: (n: number) => isKnownProductSet(n, params.today) };
  const parsed = table.rows.map((row) => {
    const cells: ImportCells = {};
    for (const [index, key] of header.columns) cells[key] = row.cells[index] ?? '';
    return parseImportRow(cells, row.line, context);
  });
  const valid = parsed.flatMap((row) => (row.isValid ? [row] : []));
  const communes = await loadCommunes(db, [...new Set(valid.map((r) => r.producer.communeCode))]);
  const existing = await loadExisting(db, [...new Set(valid.map((r) => r.producer.registrationNumber))]);
  const plannedProducers = new Map<string, { line: number; path: string }>();
  const productLines = new Map<string, number>();

  for (const [index, row] of parsed.entries()) {
    if (!row.isValid) {
      plan.problems.push(...row.problems);
      continue;
    }
    const rowProblem = (column: string, messageVi: string, messageEn: string) =>
      plan.problems.push({ line: row.line, column, messageVi, messageEn });
    const number = row.producer.registrationNumber;
    const known = existing.producersByNumber.get(number);
    const step: ImportStep = { line: row.line, rowsDone: index + 1 };
    const commune = communes.get(row.producer.communeCode);
    if (!commune) {
      rowProblem(
        'Mã xã',
        `Không có xã/phường đang hiệu lực mã "${row.producer.communeCode}"`,
        `No current commune with code "${row.producer.communeCode}"`,
      );
      continue;
    }
    let producerPath: string;
    let producerKey: string;
    if (known) {
      producerPath = known.path;
      producerKey = known.id;
      plan.existingProducerIds.set(number, known.id);
    } else if (plannedProducers.has(number)) {
      producerPath = plannedProducers.get(number)!.path;
      producerKey = `new:${number}`;
    } else {
      if (!params.canImportInto(commune.path)) {
        rowProblem(
          'Mã xã',
          'Xã/phường ngoài phạm vi quản lý của bạn',
          'The commune is outside your jurisdiction',
        );
        continue;
      }
      producerPath = commune.path;
      producerKey = `new:${number}`;
      step.producer = { draft: row.producer, communeId: commune.id };
      plannedProducers.set(number, { line: row.line, path: commune.path });
    }
    if (row.product) {
      if (!step.producer && !params.canImportInto(producerPath)) {
        rowProblem(
          'Mã số đăng ký',
          'Chủ thể này thuộc đơn vị ngoài phạm vi quản lý của bạn',
          'This producer belongs to a unit outside your jurisdiction',
        );
        continue;
      }
      const productKey = `${producerKey}\u0000${row.product.name.toLowerCase()}`;
      const earlierLine = productLines.get(productKey);
      if (earlierLine !== undefined) {
        rowProblem(
          'Tên sản phẩm',
          `Trùng sản phẩm với dòng ${earlierLine}`,
          `Same product as line ${earlierLine}`,
        );
        continue;
      }
      productLines.set(productKey, row.line);
      if (!existing.productKeys.has(productKey))
        step.product = { registrationNumber: number, draft: row.product };
    }
    plan.validRows += 1;
    if (!step.producer && !step.product) {
      plan.rowsAlreadyPresent += 1;
      continue;
    }
    if (step.producer) plan.producersToCreate += 1;
    if (step.product) plan.productsToCreate += 1;
    plan.steps.push(step);
  }
  plan.problems.sort((a, b) => a.line - b.line);
  return plan;
}
