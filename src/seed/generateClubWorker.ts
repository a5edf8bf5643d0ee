import { parentPort, workerData } from 'node:worker_threads';
import { generateClub, type ClubStep } from './seedClub.js';
import type { ClubWorkerData, ClubWorkerMessage } from './generateInWorker.js';

/**
 * Runs in the worker thread of generateInWorker: makes the club's rows and
 * posts each step as it is made, its bytes moved rather than copied. The
 * next step waits for the main thread's word that it is ready for one.
 */
const port = parentPort!;
const { plan } = workerData as ClubWorkerData;

function post(message: ClubWorkerMessage, transfer: ArrayBuffer[] = []): void {
  port.postMessage(message, transfer);
}

async function hand(step: ClubStep): Promise<void> {
  // postMessage refuses a buffer listed twice, and chunks could share one.
  const buffers = new Set(step.chunks.map((chunk) => chunk.bytes.buffer));
  const ready = new Promise<void>((resolve) => port.once('message', () => resolve()));
  post({ kind: 'step', step }, [...buffers]);
  await ready;
}

await generateClub(plan, hand);
post({ kind: 'done' });
