// Entry of a batch worker thread. The CLI runs its TypeScript through tsx, but a new thread
// starts with none of the main thread's loader hooks, so it registers tsx itself (as
// bin/galley.mjs does) before loading the worker: no build step, as `npx galley` promises.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
