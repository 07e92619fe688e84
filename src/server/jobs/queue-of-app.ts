import type { JobQueue } from './job-queue';

const queues = new WeakMap<object, JobQueue>();

/** Makes `queue` the job queue of an app (its `deps` object). */
export function attachJobQueue(deps: object, queue: JobQueue): void {
  queues.set(deps, queue);
}

/** The job queue of an app, if it runs one (a command without a server has none). */
export function findJobQueue(deps: object): JobQueue | undefined {
  return queues.get(deps);
}
