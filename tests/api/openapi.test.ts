import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app';

interface MediaType {
  schema?: Record<string, unknown>;
}
interface Operation {
  operationId?: string;
  requestBody?: { content: Record<string, MediaType> };
  parameters?: { in: string; name: string }[];
  responses: Record<string, { content?: Record<string, MediaType> }>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

let t: TestApp;
let doc: OpenApiDocument;
let operations: { path: string; method: string; operation: Operation }[];
beforeAll(async () => {
  t = await createTestApp();
  const response = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
  expect(response.statusCode).toBe(200);
  doc = response.json<OpenApiDocument>();
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );
});
afterAll(async () => t.close());

function operation(id: string): Operation {
  const found = operations.find((op) => op.operation.operationId === id);
  if (!found) throw new Error(`no operation ${id}`);
  return found.operation;
}

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document for a standard validator, every $ref resolving', async () => {
    const result = await new Validator().validate(structuredClone(doc) as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map(
      (m) => m[1] ?? '',
    );
    expect(refs.filter((name) => !(name in doc.components.schemas))).toEqual([]);
  });

  it('names the recursive rubric criterion as a component', () => {
    expect(doc.components.schemas).toHaveProperty('RubricCriterion');
    expect(JSON.stringify(operation('importRubricVersion'))).not.toContain('schema0');
  });

  it('declares the PDF downloads as binary application/pdf, not JSON', () => {
    for (const id of [
      'getRoundMinutesPdf',
      'getDecisionCertificatesPdf',
      'getCertificatePdf',
      'getBlankScoreSheetPdf',
      'downloadStampLabels',
      'getDossierPdf',
      'getDossierBundle',
    ]) {
      const ok = operation(id).responses['200'];
      expect(Object.keys(ok?.content ?? {}), id).toEqual(['application/pdf']);
      expect(ok?.content?.['application/pdf']?.schema, id).toMatchObject({
        type: 'string',
        format: 'binary',
      });
    }
  });

  it('declares the multipart uploads with their form fields', () => {
    for (const id of ['uploadEvidence', 'attachDecisionScan', 'importProducersDryRun', 'importProducers']) {
      const form = operation(id).requestBody?.content['multipart/form-data'];
      expect(JSON.stringify(form?.schema), id).toContain('"file":{');
      expect(JSON.stringify(form?.schema), id).toContain('"format":"binary"');
    }
    expect(JSON.stringify(operation('uploadEvidence').requestBody)).toContain('UploadEvidenceFields');
  });

  it('declares 400 on every operation, 414 with path parameters, and every error as problem+json', () => {
    for (const { path, method, operation: op } of operations) {
      expect(op.responses, `${method} ${path}`).toHaveProperty('400');
      if (path.includes('{')) expect(op.responses, `${method} ${path}`).toHaveProperty('414');
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        expect(Object.keys(response.content ?? {}), `${method} ${path} ${status}`).toEqual([
          'application/problem+json',
        ]);
      }
    }
  });
});
