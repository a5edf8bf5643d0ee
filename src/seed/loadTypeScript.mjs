// A worker thread's entry: the TypeScript module named in workerData.entry,
// loaded through tsx. Node 20 applies neither the parent's loader hooks nor
// `--import` in a Worker's execArgv to a worker thread, so tsx is registered
// here, in the thread itself.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
