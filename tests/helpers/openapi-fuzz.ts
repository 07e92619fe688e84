import { randomUUID } from 'node:crypto';

/**
 * Bad requests generated from the published OpenAPI document: for every operation, a NUL character
 * in each string field, integers one past a PostgreSQL `integer`, wrong types, malformed JSON. Each
 * case says which field the problem answer must name (or none, when only "no 5xx" is asserted).
 */

type JsonSchema = Record<string, unknown>;
export interface OpenApiOperation {
  operationId?: string;
  parameters?: {
    in: 'path' | 'query' | 'header' | 'cookie';
    name: string;
    required?: boolean;
    schema?: JsonSchema;
  }[];
  requestBody?: { content: Record<string, { schema?: JsonSchema }> };
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, JsonSchema> };
}

export type CaseKind =
  | 'nul'
  | 'oversized-integer'
  | 'int32-overflow'
  | 'wrong-type'
  | 'malformed-json'
  | 'nul-multipart-field'
  | 'long-path-parameter'
  | 'malformed-url';

export interface FuzzCase {
  operationId: string;
  kind: CaseKind;
  method: string;
  url: string;
  /** JSON value, raw string (malformed JSON) or multipart bytes. */
  payload?: unknown;
  headers?: Record<string, string>;
  /** The field a 400 must name (`title`, `querystring.q`, `params.id`); undefined: no 5xx is enough. */
  field?: string;
  /** The status the router answers before any hook (414, 400), whoever asks. */
  routerStatus?: number;
}

/** A one-past-the-end value for PostgreSQL `integer` (2,147,483,647 + 1). */
export const OVERSIZED_INTEGER = 2_147_483_648;
const NUL_TEXT = 'x\u0000y';

interface Leaf {
  path: string[];
  type: 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array';
  /** The declared maximum of an integer. */
  maximum?: number;
}

/** Generates a plausible value for a schema and records its leaves (depth-limited, recursion-safe). */
class ValueGenerator {
  readonly leaves: Leaf[] = [];
  constructor(
    private readonly doc: OpenApiDocument,
    private readonly pathValues: (name: string) => string | undefined = () => undefined,
    /** Only the required properties: a body more likely to pass validation but for the one field changed. */
    private readonly isRequiredOnly = false,
  ) {}

  private resolve(
    schema: JsonSchema,
    seen: readonly string[],
  ): { schema: JsonSchema; seen: readonly string[] } | undefined {
    const ref = schema.$ref;
    if (typeof ref !== 'string') return { schema, seen };
    const name = ref.replace('#/components/schemas/', '');
    if (seen.includes(name)) return undefined;
    const target = this.doc.components.schemas[name];
    return target ? this.resolve(target, [...seen, name]) : undefined;
  }

  value(raw: JsonSchema, path: string[], seen: readonly string[] = []): unknown {
    const resolved = this.resolve(raw, seen);
    if (!resolved || path.length > 8) return undefined;
    const { schema } = resolved;
    if ('const' in schema) return schema.const;
    if (Array.isArray(schema.enum)) return schema.enum.find((v) => v !== null);
    if (Array.isArray(schema.allOf)) {
      const parts = (schema.allOf as JsonSchema[]).map((part) => this.value(part, path, resolved.seen));
      return Object.assign({}, ...parts.filter((part) => typeof part === 'object' && part !== null));
    }
    const branches = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
    if (Array.isArray(branches)) {
      const branch = branches.find((b) => b.type !== 'null') ?? branches[0];
      return branch ? this.value(branch, path, resolved.seen) : null;
    }
    const type = Array.isArray(schema.type)
      ? (schema.type as string[]).find((t) => t !== 'null')
      : schema.type;
    switch (type) {
      case 'object':
        return this.object(schema, path, resolved.seen);
      case 'array': {
        this.leaves.push({ path, type: 'array' });
        const count = Math.max(1, Number(schema.minItems ?? 0));
        return Array.from({ length: count }, (_, i) =>
          schema.items ? this.value(schema.items as JsonSchema, [...path, String(i)], resolved.seen) : 'x',
        );
      }
      case 'integer':
      case 'number': {
        this.leaves.push({
          path,
          type,
          maximum: typeof schema.maximum === 'number' ? schema.maximum : undefined,
        });
        const minimum = Number(
          schema.minimum ?? (schema.exclusiveMinimum !== undefined ? Number(schema.exclusiveMinimum) + 1 : 1),
        );
        return Math.min(Math.max(minimum, 1), Number(schema.maximum ?? Number.MAX_SAFE_INTEGER));
      }
      case 'boolean':
        this.leaves.push({ path, type: 'boolean' });
        return true;
      case 'string':
        this.leaves.push({ path, type: 'string' });
        return this.string(schema, path);
      default:
        return undefined;
    }
  }

  private object(schema: JsonSchema, path: string[], seen: readonly string[]): Record<string, unknown> {
    this.leaves.push({ path, type: 'object' });
    const result: Record<string, unknown> = {};
    const required = new Set((schema.required ?? []) as string[]);
    for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)) {
      if (this.isRequiredOnly && !required.has(name)) continue;
      const value = this.value(property, [...path, name], seen);
      if (value !== undefined) result[name] = value;
    }
    return result;
  }

  private string(schema: JsonSchema, path: string[]): string {
    const name = path.at(-1) ?? '';
    const known = this.pathValues(name);
    if (known) return known;
    switch (schema.format) {
      case 'uuid':
        return randomUUID();
      case 'date':
        return '2026-05-04';
      case 'date-time':
        return '2026-05-04T03:00:00.000Z';
      case 'email':
        return 'thu.nghiem@example.vn';
      case 'uri':
        return 'https://example.vn/';
      default:
        return 'Thử'.padEnd(Math.max(4, Number(schema.minLength ?? 0)), 'x');
    }
  }
}

function setAt(target: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy: unknown = structuredClone(target);
  let node = copy as Record<string, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

function hasPath(target: unknown, path: readonly string[]): boolean {
  let node: unknown = target;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !(key in node)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return node !== null && typeof node === 'object';
}

function wrongTypeOf(type: Leaf['type']): unknown {
  return type === 'string'
    ? 12345
    : type === 'object' || type === 'boolean'
      ? 'x'
      : type === 'array'
        ? { x: 1 }
        : 'abc';
}

function multipartWithField(name: string, value: string) {
  const boundary = `----ocopfuzz${randomUUID()}`;
  const payload = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="scan.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n` +
      `--${boundary}--\r\n`,
  );
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/**
 * One past an integer's limit. A declared maximum (int32() and smaller bounds) must be enforced:
 * maximum + 1 answers 400 naming the field. An integer without one (only JavaScript's safe range,
 * as for bigint amounts in đồng) gets 2,147,483,648: it may be accepted, but a 400 must then name
 * fields — a 400 without any is the database refusing what an `integer` column cannot hold.
 */
function overLimit(maximum: unknown, field: string): { kind: CaseKind; value: number; field?: string } {
  const isBounded = typeof maximum === 'number' && maximum < Number.MAX_SAFE_INTEGER;
  return isBounded
    ? { kind: 'oversized-integer', value: maximum + 1, field }
    : { kind: 'int32-overflow', value: OVERSIZED_INTEGER };
}

/**
 * Every bad case of every operation. `pathValues(name)` gives a real id for a path parameter
 * (`id` of the resource the path names), so refusals happen on live records, not only on 404s.
 */
export function fuzzCases(
  doc: OpenApiDocument,
  pathValue: (path: string, name: string) => string | undefined,
): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const operationId = operation.operationId ?? `${method} ${path}`;
      const generator = new ValueGenerator(doc, (name) => pathValue(path, name));
      const pathParams = (operation.parameters ?? []).filter((p) => p.in === 'path');
      const queryParams = (operation.parameters ?? []).filter((p) => p.in === 'query');
      const pathArgs = Object.fromEntries(
        pathParams.map((p) => [
          p.name,
          pathValue(path, p.name) ?? String(generator.value(p.schema ?? {}, [p.name])),
        ]),
      );
      const query = Object.fromEntries(
        queryParams
          .filter((p) => p.required)
          .map((p) => [p.name, String(generator.value(p.schema ?? {}, [p.name]))]),
      );
      const urlWith = (args: Record<string, string>, q: Record<string, string>) => {
        const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => args[name] ?? 'x');
        const search = new URLSearchParams(q).toString();
        return search ? `${filled}?${search}` : filled;
      };
      const base = { operationId, method: method.toUpperCase() };
      const json = operation.requestBody?.content['application/json']?.schema;
      const bodyGenerator = new ValueGenerator(doc, (name) => pathValue(path, name));
      const body = json ? bodyGenerator.value(json, []) : undefined;
      const minimalBody = json
        ? new ValueGenerator(doc, (name) => pathValue(path, name), true).value(json, [])
        : undefined;
      /** The minimal body with one leaf changed when its parent is there, else the full one. */
      const bodyWith = (leafPath: readonly string[], value: unknown) =>
        hasPath(minimalBody, leafPath.slice(0, -1))
          ? setAt(minimalBody, leafPath, value)
          : setAt(body, leafPath, value);
      const jsonPayload = (payload: unknown) =>
        json ? { payload: JSON.stringify(payload), headers: { 'content-type': 'application/json' } } : {};

      for (const param of pathParams) {
        const isInteger = param.schema?.type === 'integer';
        cases.push({
          ...base,
          kind: 'nul',
          url: urlWith({ ...pathArgs, [param.name]: '%00' }, query),
          ...jsonPayload(body),
          field: `params.${param.name}`,
        });
        const longValue = 'x'.repeat(300);
        cases.push({
          ...base,
          kind: 'long-path-parameter',
          url: urlWith({ ...pathArgs, [param.name]: longValue }, query),
          routerStatus: 414,
        });
        cases.push({
          ...base,
          kind: 'malformed-url',
          url: urlWith({ ...pathArgs, [param.name]: '%E0%A4%A' }, query),
          routerStatus: 400,
        });
        if (isInteger) {
          const over = overLimit(param.schema?.maximum, `params.${param.name}`);
          cases.push({
            ...base,
            ...over,
            url: urlWith({ ...pathArgs, [param.name]: String(over.value) }, query),
            ...jsonPayload(body),
          });
        } else {
          cases.push({
            ...base,
            kind: 'wrong-type',
            url: urlWith({ ...pathArgs, [param.name]: 'khong-phai-ma' }, query),
            ...jsonPayload(body),
          });
        }
      }
      for (const param of queryParams) {
        const type = param.schema?.type ?? (param.schema?.anyOf ? 'string' : undefined);
        cases.push({
          ...base,
          kind: 'nul',
          url: urlWith(pathArgs, { ...query, [param.name]: NUL_TEXT }),
          ...jsonPayload(body),
          field: `querystring.${param.name}`,
        });
        if (type === 'integer') {
          const over = overLimit(param.schema?.maximum, `querystring.${param.name}`);
          cases.push({
            ...base,
            ...over,
            url: urlWith(pathArgs, { ...query, [param.name]: String(over.value) }),
            ...jsonPayload(body),
          });
        }
        cases.push({
          ...base,
          kind: 'wrong-type',
          url: urlWith(pathArgs, { ...query, [param.name]: type === 'string' ? '' : 'abc' }),
          ...jsonPayload(body),
        });
      }
      const url = urlWith(pathArgs, query);
      if (json) {
        cases.push({
          ...base,
          kind: 'malformed-json',
          url,
          payload: '{"version": 1, "name": "Thử',
          headers: { 'content-type': 'application/json' },
          field: undefined,
        });
        for (const leaf of bodyGenerator.leaves) {
          const field = leaf.path.join('.');
          if (leaf.type === 'string' && leaf.path.length > 0)
            cases.push({
              ...base,
              kind: 'nul',
              url,
              ...jsonPayload(setAt(body, leaf.path, NUL_TEXT)),
              field,
            });
          if (leaf.type === 'integer') {
            const over = overLimit(leaf.maximum, field);
            cases.push({ ...base, ...over, url, ...jsonPayload(bodyWith(leaf.path, over.value)) });
          }
          cases.push({
            ...base,
            kind: 'wrong-type',
            url,
            ...jsonPayload(setAt(body, leaf.path, wrongTypeOf(leaf.type))),
          });
        }
      }
      if (operation.requestBody?.content['multipart/form-data']) {
        cases.push({
          ...base,
          kind: 'nul-multipart-field',
          url,
          ...multipartWithField('title', NUL_TEXT),
          field: 'title',
        });
      }
    }
  }
  return cases;
}
