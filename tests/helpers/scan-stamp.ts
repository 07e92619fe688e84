/**
 * What a phone does when it scans a stamp: GET the Digital Link URI printed on it and follow the
 * resolver's one redirect (to the verification page, which counts the scan), from the same address.
 */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { AppInstance } from '../../src/server/context';

export async function scanStamp(
  app: AppInstance,
  options: InjectOptions & { url: string },
): Promise<LightMyRequestResponse> {
  const first = await app.inject({ method: 'GET', ...options });
  if (first.statusCode !== 307) return first;
  const location = new URL(String(first.headers.location));
  return app.inject({ ...options, method: 'GET', url: `${location.pathname}${location.search}` });
}
