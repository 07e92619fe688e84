/**
 * Kept answers of the scan path: a shopper's redirect, or the verification page, kept whole
 * (status, the headers exactly as sent, the page) while every cached look-up it was built from is
 * still the very same value (public-cache.ts replaces a value whenever it changes). A repeated scan
 * is then answered without parsing the path, walking up, building links or headers — by the route
 * (stamp-resolver.routes.ts) or, once the first answer has gone out, by the front door
 * (front-door.ts) before the framework runs. Only answers whose one side effect is counting the scan
 * are kept.
 */
import type { OutgoingHttpHeaders } from 'node:http';
import { LRUCache } from 'lru-cache';
import type { AppDependencies } from '../context';
import type { ResolvedStamp } from '../modules/stamps/resolve-stamp';
import { publicCachesOf } from './public-cache';

export interface KeptAnswer {
  /** The look-ups it was built from: stamp cache key and the value read. */
  read: readonly (readonly [string, ResolvedStamp | null])[];
  status: number;
  /** The headers the route sets (the framework adds the security headers, the id, the length). */
  headers: Readonly<Record<string, string>>;
  body?: Buffer;
  /** The scan the verification page counts. */
  scan?: { serial: string; batchId: string };
  /** Epoch ms from which it must be built again (the page shows the day and a first scan's minute). */
  until: number;
  /** The per-network limit of its route: the route's counter prefix, requests per window. */
  limit: { counterPrefix: string; max: number; windowMs: number };
  /**
   * Every header of the first answer as it went out (x-request-id excepted), once it has: what the
   * front door sends again. Until then only the route answers it.
   */
  wire?: OutgoingHttpHeaders;
}

const KEPT_ANSWERS = 5_000;

/** The key of a verification page's kept answer: the URL is all it depends on. */
export const pageAnswerKey = (url: string) => `p${url}`;

/** The key of a resolver answer: the URL, and the Accept and Accept-Language it was negotiated on. */
export const resolverAnswerKey = (
  url: string,
  accept: string | undefined,
  acceptLanguage: string | undefined,
) => `r${url}\n${accept ?? ''}\n${acceptLanguage ?? ''}`;

export class KeptAnswers {
  private readonly answers = new LRUCache<string, KeptAnswer>({ max: KEPT_ANSWERS });

  constructor(private readonly isCurrent: (cacheKey: string, value: ResolvedStamp | null) => boolean) {}

  /** The answer kept under `key`, if still current at `nowMs` (a stale one is dropped). */
  get(key: string, nowMs: number): KeptAnswer | undefined {
    const answer = this.answers.get(key);
    if (!answer) return undefined;
    if (nowMs < answer.until && answer.read.every(([k, v]) => this.isCurrent(k, v))) return answer;
    this.answers.delete(key);
    return undefined;
  }

  set(key: string, answer: KeptAnswer): void {
    this.answers.set(key, answer);
  }
}

const kept = new WeakMap<object, KeptAnswers>();

/** The app's kept answers (keyed by its dependencies object, shared by the routes and the front door). */
export function keptAnswersOf(deps: AppDependencies): KeptAnswers {
  let answers = kept.get(deps);
  if (!answers) {
    const stamps = publicCachesOf(deps).stamps;
    answers = new KeptAnswers((key, value) => stamps.peek(key) === value);
    kept.set(deps, answers);
  }
  return answers;
}
