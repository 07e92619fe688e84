/**
 * The front door of the HTTP server. A GET whose kept answer (kept-answers.ts) is current and has
 * gone out once is answered here, before the framework runs: the same status, headers and page as
 * the route sent the first time, with a request id of its own, after the same per-network limit
 * (counted in the route limiter's own counter) and with the scan counted. Everything else — a new or
 * changed answer, a network at its limit, any other request — goes on to the framework untouched.
 *
 * Why: a repeated scan of one stamp (a shelf of products, a flood from one network) cost about twice
 * what the framework's lifecycle costs a bare route — hooks, security headers set one by one, the
 * limiter's plugin — for an answer already known byte for byte (bench/README.md, "The front door").
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger } from 'fastify';
import { coarseNetworkOf } from '../../domain/stamps/clone-detection';
import type { AppDependencies } from '../context';
import { requestIdOf } from '../request-id';
import { scanRecorderOf } from '../modules/stamps/scan-recorder';
import { answerKeyOf, keptAnswersOf } from './kept-answers';
import { stampThrottleStoreOf } from './stamp-throttle';

export interface FrontDoor {
  /** Answers `req` when it can and says so; `false` leaves `res` untouched for the framework. */
  answer(req: IncomingMessage, res: ServerResponse): boolean;
  /** Requests answered here since start. */
  readonly answered: number;
  /** From now on everything goes to the framework (shutdown: it refuses new requests, 503). */
  close(): void;
}

export function frontDoorOf(
  deps: AppDependencies,
  log: FastifyBaseLogger,
  options: {
    /** The client's address as the framework reads it (trusted proxies applied). */
    clientAddress: (req: IncomingMessage) => string;
  },
): FrontDoor {
  const kept = keptAnswersOf(deps);
  const recorder = scanRecorderOf(deps, log);
  const throttle = stampThrottleStoreOf(deps, log);
  let answered = 0;
  let isClosed = false;

  function answer(req: IncomingMessage, res: ServerResponse): boolean {
    const url = req.url;
    if (isClosed || req.method !== 'GET' || !url) return false;
    const at = deps.clock();
    const known = kept.get(answerKeyOf(url, req.headers), at.getTime());
    if (!known?.wire) return false;
    const ip = options.clientAddress(req);
    if (known.limit) {
      const { counterPrefix, windowMs, max } = known.limit;
      // Past the limit the route answers (429, Retry-After, the refusal recorded); its limiter
      // counts the request again, which changes nothing once the count is over.
      if (throttle.hit(`${counterPrefix}${coarseNetworkOf(ip)}`, windowMs).current > max) return false;
    }
    // As Fastify makes it: the caller's well-formed X-Request-Id, or a new one.
    const id = requestIdOf(req);
    if (known.scan) recorder.record({ ...known.scan, at, ip, userAgent: req.headers['user-agent'] });
    res.writeHead(known.status, { ...known.wire, 'x-request-id': id });
    res.end(known.body);
    answered += 1;
    log.info(
      { reqId: id, req: { method: req.method, url, remoteAddress: ip }, res: { statusCode: known.status } },
      'request completed by the front door',
    );
    return true;
  }

  return {
    get answered() {
      return answered;
    },
    answer(req, res) {
      try {
        return answer(req, res);
      } catch (error) {
        log.error({ err: error, url: req.url }, 'the front door could not answer; the route will');
        // Nothing sent yet: the framework answers instead. Otherwise the answer is cut short.
        if (!res.headersSent) return false;
        res.destroy();
        return true;
      }
    },
    close() {
      isClosed = true;
    },
  };
}
