import { ApiError } from './api-error';

const API_BASE = '/api/v1';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

let csrfToken: string | null = null;

/** Remembers the CSRF token from `GET /auth/me` (or login); sent back on every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
}

function buildUrl(path: string, query: Record<string, QueryValue> | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

async function problemFrom(response: Response): Promise<ApiError> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as Partial<ConstructorParameters<typeof ApiError>[0]>;
      return new ApiError({
        status: body.status ?? response.status,
        code: body.code ?? 'HTTP_ERROR',
        detail: body.detail ?? `Lỗi máy chủ (${response.status}).`,
        detailEn: body.detailEn ?? `Server error (${response.status}).`,
        errors: body.errors,
      });
    } catch {
      // fall through to the generic error
    }
  }
  return new ApiError({
    status: response.status,
    code: 'HTTP_ERROR',
    detail: `Máy chủ trả lỗi ${response.status}.`,
    detailEn: `The server answered ${response.status}.`,
  });
}

/**
 * Calls the API with the session cookie. Writes carry `X-CSRF-Token`. Failures throw
 * {@link ApiError} with the server's bilingual problem details.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (!SAFE_METHODS.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({
      status: 0,
      code: 'NETWORK_ERROR',
      detail: 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.',
      detailEn: 'Cannot reach the server. Check the network and try again.',
    });
  }
  if (!response.ok) throw await problemFrom(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
