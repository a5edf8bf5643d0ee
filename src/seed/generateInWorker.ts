import { Worker } from 'node:worker_threads';
import type { ClubPlan, ClubSink, ClubStep } from './seedClub.js';

/** What generateClubWorker is started with. */
export interface ClubWorkerData {
  entry: string;
  plan: ClubPlan;
}

/** What generateClubWorker posts: a step of rows, then word that there are no more. */
export type ClubWorkerMessage = { kind: 'step'; step: ClubStep } | { kind: 'done' };

/**
 * generateClub on a worker thread: the same steps, handed to `sink` in the
 * same order, with the same hold-back (the worker makes the next step only
 * once `sink` has resolved for this one). The rows are then made while the
 * database writes the previous step, which matters most for PGlite: it runs
 * on this thread and would otherwise wait for the generation and make it
 * wait in turn. Settles once the worker has exited; when `sink` fails the
 * worker is stopped, and a failure in the worker is thrown here.
 */
export function generateInWorker(plan: ClubPlan, sink: ClubSink): Promise<void> {
  const workerData: ClubWorkerData = { entry: new URL('./generateClubWorker.ts', import.meta.url).href, plan };
  const worker = new Worker(new URL('./loadTypeScript.mjs', import.meta.url), { workerData });

  return new Promise<void>((resolve, reject) => {
    let finished = false;
    let failure: Error | null = null;
    const fail = (error: unknown) => {
      failure ??= error instanceof Error ? error : new Error(String(error));
      void worker.terminate();
    };

    worker.on('message', (message: ClubWorkerMessage) => {
      if (message.kind === 'done') {
        finished = true;
        return;
      }
      Promise.resolve()
        .then(() => sink(message.step))
        .then(() => {
          if (failure === null) worker.postMessage('next');
        }, fail);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (failure) reject(failure);
      else if (finished) resolve();
      else reject(new Error(`The seed's worker stopped with exit code ${code} before it made every row`));
    });
  });
}
