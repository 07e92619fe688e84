/**
 * Kept answers of the public pages a shopper's phone asks for again and again — the resolver's
 * redirect, the stamp verification page, the certificate page — kept whole (status, the headers
 * exactly as sent, the page) while every cached look-up it was built from is still the very same
 * value (public-cache.ts replaces a value whenever it changes, and drops it after its TTL). A
 * repeated request is then answered without parsing the path, walking up, building links or
 * headers: by the route, or, once the first answer has gone out, by the front door (front-door.ts)
 * before the framework runs. Only answers whose one side effect is counting the scan are kept.
 */
import type { IncomingHttpHeaders, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';
import { VERIFY_PREFIX } from './stamp-links';

/** A look-up an answer was built from: the cache, the key, and the very value read. */
export type KeptRead = readonly [cache: { peek(key: string): unknown }, key: string, value: unknown];

export interface KeptAnswer {
  /** The look-ups it was built from. */
  read: readonly KeptRead[];
  status: number;
  /** The headers the route sets (the framework adds the security headers, the id, the length). */
  headers: Readonly<Record<string, string>>;
  body?: Buffer;
  /** The scan the verification page counts. */
  scan?: { serial: string; batchId: string };
  /** Epoch ms from which it must be built again (the page shows the day and a first scan's minute). */
  until: number;
  /** The per-network limit of its route, if it has one: the route's counter prefix, requests per window. */
  limit?: { counterPrefix: string; max: number; windowMs: number };
  /**
   * Every header of the first answer as it went out (x-request-id excepted), once it has: what the
   * front door sends again. Until then only the route answers it.
   */
  wire?: OutgoingHttpHeaders;
}

const KEPT_ANSWERS = 5_000;

/**
 * What an answer to a GET of `url` depends on: the URL for the pages; for the resolver also the
 * Accept and Accept-Language it was negotiated on.
 */
export function answerKeyOf(url: string, headers: IncomingHttpHeaders): string {
  if (url.startsWith(VERIFY_PREFIX)) return `p${url}`;
  if (url.startsWith('/c/')) return `c${url}`;
  return `r${url}\n${headers.accept ?? ''}\n${headers['accept-language'] ?? ''}`;
}

export class KeptAnswers {
  private readonly answers = new LRUCache<string, KeptAnswer>({ max: KEPT_ANSWERS });

  /** The answer kept under `key`, if still current at `nowMs` (a stale one is dropped). */
  get(key: string, nowMs: number): KeptAnswer | undefined {
    const answer = this.answers.get(key);
    if (!answer) return undefined;
    if (nowMs < answer.until && answer.read.every(([cache, k, v]) => cache.peek(k) === v)) return answer;
    this.answers.delete(key);
    return undefined;
  }

  /**
   * Keeps `answer` under `key` when `response` (the route's answer being sent) answers a GET; once
   * it has gone out, its headers are what the front door sends again.
   */
  keep(key: string, answer: KeptAnswer, response: ServerResponse): void {
    // Only GET answers: a HEAD route counts its requests under a limiter counter of its own.
    if (response.req.method !== 'GET') return;
    this.answers.set(key, answer);
    response.once('finish', () => {
      const { 'x-request-id': _id, ...wire } = response.getHeaders();
      answer.wire = wire;
    });
  }
}

const kept = new WeakMap<object, KeptAnswers>();

/** The app's kept answers (keyed by its dependencies object, shared by the routes and the front door). */
export function keptAnswersOf(deps: object): KeptAnswers {
  let answers = kept.get(deps);
  if (!answers) {
    answers = new KeptAnswers();
    kept.set(deps, answers);
  }
  return answers;
}
