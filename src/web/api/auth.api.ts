import type { ChangePasswordInput, LoginInput, MeOutput } from '../../contracts/auth.contracts';
import { apiRequest, setCsrfToken } from './http';

/** operationId getMe — who is signed in; remembers the CSRF token for later writes. */
export async function getMe(): Promise<MeOutput> {
  const me = await apiRequest<MeOutput>('/auth/me');
  setCsrfToken(me.csrfToken);
  return me;
}

export async function login(input: LoginInput): Promise<MeOutput> {
  const me = await apiRequest<MeOutput>('/auth/login', { method: 'POST', body: input });
  setCsrfToken(me.csrfToken);
  return me;
}

export async function logout(): Promise<void> {
  await apiRequest('/auth/logout', { method: 'POST', body: {} });
  setCsrfToken(null);
}

export async function logoutEverywhere(): Promise<void> {
  await apiRequest('/auth/logout-all', { method: 'POST', body: {} });
  setCsrfToken(null);
}

export async function changePassword(input: ChangePasswordInput): Promise<void> {
  await apiRequest('/auth/password', { method: 'POST', body: input });
}
