import type {
  EvidenceOutput,
  EvidenceUploadPolicyOutput,
  ListEvidenceOutput,
} from '../../contracts/evidence.contracts';
import type { ImportJobOutput, ImportReportOutput } from '../../contracts/imports.contracts';
import type {
  AddProducerMemberInput,
  ConfirmRegistrationOutput,
  CreateProducerInput,
  ListProducerMembersOutput,
  ListProducersOutput,
  ProducerOutput,
  RegisterProducerInput,
  RegisterProducerOutput,
  UpdateProducerInput,
} from '../../contracts/producers.contracts';
import type {
  CreateProductInput,
  ListProductsOutput,
  ProductOutput,
  UpdateProductInput,
} from '../../contracts/products.contracts';
import type { SearchPublicUnitsOutput } from '../../contracts/units.contracts';
import type { z } from 'zod';
import { ApiError } from '../api/api-error';
import { apiRequest } from '../api/http';

type Members = z.infer<typeof ListProducerMembersOutput>;
type Producers = z.infer<typeof ListProducersOutput>;
type Products = z.infer<typeof ListProductsOutput>;
type EvidenceList = z.infer<typeof ListEvidenceOutput>;

const id = (value: string) => encodeURIComponent(value);

/**
 * Sends a multipart/form-data upload (evidence, import files) with the session cookie and the CSRF
 * token of the signed-in account; failures become {@link ApiError} like every other call.
 */
export async function uploadForm<T>(path: string, form: FormData, csrfToken: string | null): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method: 'POST',
      headers,
      body: form,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError({
      status: 0,
      code: 'NETWORK_ERROR',
      detail: 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.',
      detailEn: 'Cannot reach the server. Check the network and try again.',
    });
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const problem = (body ?? {}) as Partial<ConstructorParameters<typeof ApiError>[0]>;
    throw new ApiError({
      status: problem.status ?? response.status,
      code: problem.code ?? 'HTTP_ERROR',
      detail: problem.detail ?? `Máy chủ trả lỗi ${response.status}.`,
      detailEn: problem.detailEn ?? `The server answered ${response.status}.`,
      errors: problem.errors,
    });
  }
  return body as T;
}

export interface ProducerListFilter {
  q?: string;
  type?: string;
  offset?: number;
}

export interface ProductListFilter {
  producerId?: string;
  q?: string;
  productSet?: number;
  status?: string;
  offset?: number;
}

/** Client of the registry endpoints: producers, products, evidence, registration, imports. */
export const registryApi = {
  producers: (filter: ProducerListFilter, signal?: AbortSignal) =>
    apiRequest<Producers>('/producers', { query: { ...filter, limit: PAGE_SIZE }, signal }),
  producer: (producerId: string, signal?: AbortSignal) =>
    apiRequest<ProducerOutput>(`/producers/${id(producerId)}`, { signal }),
  members: (producerId: string, signal?: AbortSignal) =>
    apiRequest<Members>(`/producers/${id(producerId)}/members`, { signal }),
  addMember: (producerId: string, input: AddProducerMemberInput) =>
    apiRequest<Members>(`/producers/${id(producerId)}/members`, { method: 'POST', body: input }),
  removeMember: (producerId: string, accountId: string) =>
    apiRequest<Members>(`/producers/${id(producerId)}/members/${id(accountId)}`, { method: 'DELETE' }),
  createProducer: (input: CreateProducerInput) =>
    apiRequest<ProducerOutput>('/producers', { method: 'POST', body: input }),
  updateProducer: (producerId: string, input: UpdateProducerInput) =>
    apiRequest<ProducerOutput>(`/producers/${id(producerId)}`, { method: 'PATCH', body: input }),

  products: (filter: ProductListFilter, signal?: AbortSignal) =>
    apiRequest<Products>('/products', { query: { ...filter, limit: PAGE_SIZE }, signal }),
  product: (productId: string, signal?: AbortSignal) =>
    apiRequest<ProductOutput>(`/products/${id(productId)}`, { signal }),
  createProduct: (producerId: string, input: CreateProductInput) =>
    apiRequest<ProductOutput>(`/producers/${id(producerId)}/products`, { method: 'POST', body: input }),
  updateProduct: (productId: string, input: UpdateProductInput) =>
    apiRequest<ProductOutput>(`/products/${id(productId)}`, { method: 'PATCH', body: input }),

  /** One page of evidence (200 unless `limit` says otherwise), with the total. */
  evidence: (
    query: {
      producerId?: string;
      productId?: string;
      documentType?: string | undefined;
      validity?: string | undefined;
      q?: string | undefined;
      limit?: number;
      offset?: number;
    },
    signal?: AbortSignal,
  ) => apiRequest<EvidenceList>('/evidence', { query: { limit: 200, ...query }, signal }),
  uploadPolicy: (signal?: AbortSignal) =>
    apiRequest<EvidenceUploadPolicyOutput>('/evidence/upload-policy', { signal }),
  uploadEvidence: (producerId: string, form: FormData, csrfToken: string | null) =>
    uploadForm<EvidenceOutput>(`/producers/${id(producerId)}/evidence`, form, csrfToken),
  deleteEvidence: (evidenceId: string) =>
    apiRequest<{ ok: true }>(`/evidence/${id(evidenceId)}`, { method: 'DELETE' }),

  communes: (q: string, signal?: AbortSignal) =>
    apiRequest<SearchPublicUnitsOutput>('/public/units', {
      query: { q, level: 'commune', limit: 20 },
      signal,
    }),
  register: (input: RegisterProducerInput) =>
    apiRequest<z.infer<typeof RegisterProducerOutput>>('/producer-registrations', {
      method: 'POST',
      body: input,
    }),
  confirm: (token: string) =>
    apiRequest<z.infer<typeof ConfirmRegistrationOutput>>('/producer-registrations/confirm', {
      method: 'POST',
      body: { token },
    }),

  importDryRun: (file: File, csrfToken: string | null) =>
    uploadForm<ImportReportOutput>('/imports/producers/dry-run', fileForm(file), csrfToken),
  importStart: (file: File, csrfToken: string | null) =>
    uploadForm<ImportJobOutput>('/imports/producers', fileForm(file), csrfToken),
  importJob: (jobId: string, signal?: AbortSignal) =>
    apiRequest<ImportJobOutput>(`/imports/${id(jobId)}`, { signal }),
};

function fileForm(file: File): FormData {
  const form = new FormData();
  form.append('file', file);
  return form;
}

/** Where the browser downloads an evidence file (the session cookie goes along). */
export const evidenceFileUrl = (evidenceId: string) => `/api/v1/evidence/${id(evidenceId)}/file`;

/** Rows per page of the producer and product lists. */
export const PAGE_SIZE = 50;

export const REGISTRY_KEY = ['registry'] as const;
