/**
 * A worker that is replaced when it fails. Without this, a worker that crashed (an error
 * event: out of memory, a bug at load) or hung (a page that sends a pass into a loop) left
 * every call waiting for ever, and the jump links and rebuilt pages stopped following the
 * editor's decisions. A failed worker is terminated and a new one started; each call it held
 * is sent again to the new one, once. A call that fails on two workers is rejected with
 * `WorkerStopped`, for the caller to say so and carry on without the worker.
 *
 * "Silent" is measured from the worker's last reply: it answers in order, so the call it is
 * working on is the oldest one waiting, and that call's own limit applies (a long page gets
 * longer; see `engineCallLimit`).
 */

/** What is used of a `Worker` (a test gives a fake one). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** A call failed on two workers in a row: the caller goes on without the worker. */
export class WorkerStopped extends Error {
  readonly workerStopped = true;
}

export function isWorkerStopped(error: unknown): error is WorkerStopped {
  return error instanceof Error && (error as Partial<WorkerStopped>).workerStopped === true;
}

export interface SupervisedWorker<Reply> {
  /**
   * Posts the request `build(id)` makes (built again, with a new id, for a replacement worker,
   * which has been given nothing yet) and resolves with the reply of that id.
   */
  call(build: (id: number) => unknown, limitMs: number): Promise<Reply>;
  /** Posts a message that has no reply (lost with the worker if it fails). */
  post(message: unknown): void;
}

interface Call<Reply> {
  readonly build: (id: number) => unknown;
  readonly limitMs: number;
  /** Workers this call was sent to. */
  tries: number;
  readonly resolve: (reply: Reply) => void;
  readonly reject: (error: Error) => void;
}

export interface SupervisorOptions {
  /** Called after a replacement starts, before the calls are sent again (the new worker holds nothing). */
  readonly onReplaced?: () => void;
  readonly setTimer?: (run: () => void, ms: number) => unknown;
  readonly clearTimer?: (handle: unknown) => void;
}

/** Starts a worker with `create` and keeps one running; `create` may throw (then calls reject). */
export function superviseWorker<Reply extends { readonly id: number }>(create: () => WorkerLike, options: SupervisorOptions = {}): SupervisedWorker<Reply> {
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let waiting = new Map<number, Call<Reply>>();
  let nextId = 1;
  let watchdog: unknown = null;
  let worker: WorkerLike | null = null;

  /** Restarts the wait for the worker's next reply: the oldest call's limit. */
  const watch = (): void => {
    if (watchdog !== null) clearTimer(watchdog);
    watchdog = null;
    const oldest = waiting.values().next();
    if (oldest.done) return;
    watchdog = setTimer(() => replace(`it did not answer within ${Math.round(oldest.value.limitMs / 1000)} s`), oldest.value.limitMs);
  };

  const send = (call: Call<Reply>): void => {
    const id = nextId++;
    call.tries++;
    waiting.set(id, call);
    if (waiting.size === 1) watch();
    try {
      if (worker === null) throw new Error('no worker');
      worker.postMessage(call.build(id));
    } catch (error) {
      // The worker cannot take it (it could not start, or the request cannot be copied): fail the call alone.
      waiting.delete(id);
      call.reject(new WorkerStopped(`the worker could not be given the request: ${String(error)}`));
      watch();
    }
  };

  const start = (): void => {
    try {
      worker = create();
    } catch {
      worker = null;
      return;
    }
    const own = worker;
    own.onmessage = (event: MessageEvent<Reply>) => {
      if (worker !== own) return;
      const call = waiting.get(event.data.id);
      if (!call) return;
      waiting.delete(event.data.id);
      watch();
      call.resolve(event.data);
    };
    own.onerror = (event: ErrorEvent) => {
      if (worker === own) replace(`it stopped (${event.message || 'an error in the worker'})`);
    };
  };

  /** Ends the failed worker, starts another and sends it the calls the old one held, each at most twice in all. */
  const replace = (why: string): void => {
    worker?.terminate();
    const held = [...waiting.values()];
    waiting = new Map();
    start();
    options.onReplaced?.();
    for (const call of held) {
      if (call.tries >= 2) call.reject(new WorkerStopped(`the engine worker failed twice: ${why}`));
      else send(call);
    }
    watch();
  };

  start();
  return {
    call: (build, limitMs) => new Promise<Reply>((resolve, reject) => send({ build, limitMs, tries: 0, resolve, reject })),
    post(message) {
      try {
        worker?.postMessage(message);
      } catch {
        // Only a hand-over ahead of time: the next call sends what it needs.
      }
    },
  };
}
