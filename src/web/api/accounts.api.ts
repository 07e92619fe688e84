import type {
  AccountOutput,
  CreateAccountInput,
  GrantInput,
  UpdateAccountInput,
} from '../../contracts/accounts.contracts';
import { apiRequest } from './http';

export interface ListAccountsParams {
  q?: string;
  unitId?: string;
  limit: number;
  offset: number;
}

export interface AccountPage {
  items: AccountOutput[];
  total: number;
}

export function listAccounts(params: ListAccountsParams, signal?: AbortSignal): Promise<AccountPage> {
  return apiRequest<AccountPage>('/accounts', { query: { ...params }, signal });
}

export function getAccount(id: string, signal?: AbortSignal): Promise<AccountOutput> {
  return apiRequest<AccountOutput>(`/accounts/${encodeURIComponent(id)}`, { signal });
}

export function createAccount(input: CreateAccountInput): Promise<AccountOutput> {
  return apiRequest<AccountOutput>('/accounts', { method: 'POST', body: input });
}

export function updateAccount(id: string, input: UpdateAccountInput): Promise<AccountOutput> {
  return apiRequest<AccountOutput>(`/accounts/${encodeURIComponent(id)}`, { method: 'PATCH', body: input });
}

export function addGrant(accountId: string, input: GrantInput): Promise<unknown> {
  return apiRequest(`/accounts/${encodeURIComponent(accountId)}/grants`, { method: 'POST', body: input });
}

export function removeGrant(accountId: string, grantId: string): Promise<unknown> {
  return apiRequest(`/accounts/${encodeURIComponent(accountId)}/grants/${encodeURIComponent(grantId)}`, {
    method: 'DELETE',
  });
}

export function resetAccountPassword(accountId: string, newPassword: string): Promise<unknown> {
  return apiRequest(`/accounts/${encodeURIComponent(accountId)}/password-reset`, {
    method: 'POST',
    body: { newPassword },
  });
}
