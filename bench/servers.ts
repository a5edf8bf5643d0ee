import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildMessage, TargetCounters, TargetName } from './targets/protocol.js';

const childEntry = fileURLToPath(new URL('./targets/child.ts', import.meta.url));

/**
 * The Node flags `npm start` runs Paddock's servers with (package.json),
 * given to every target alike, PostGraphile and the hand-written SQL too.
 */
const serverNodeFlags = ['--max-semi-space-size=64'];

/** A target server running in a child process of its own. */
export interface TargetServer {
  name: TargetName;
  url: string;
  pid: number;
  /** The child's CPU time and counters now. */
  sample(): Promise<TargetCounters>;
  stop(): Promise<void>;
}

export interface StartOptions {
  databaseUrl: string;
  /** Write a V8 CPU profile of the child into this folder when it exits. */
  cpuProfileDir?: string;
  startTimeoutMs?: number;
}

/**
 * Forks a target server and waits until it listens. Each target runs in its
 * own process so that its CPU time can be read on its own, as a server in
 * production would run.
 */
export async function startTarget(name: TargetName, options: StartOptions): Promise<TargetServer> {
  const profile = options.cpuProfileDir
    ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`]
    : [];
  const child: ChildProcess = fork(childEntry, [name], {
    execArgv: [...serverNodeFlags, '--import', 'tsx', ...profile],
    env: {
      ...process.env,
      BENCH_DATABASE_URL: options.databaseUrl,
      APOLLO_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`target ${name} did not start within ${options.startTimeoutMs ?? 120_000} ms`));
    }, options.startTimeoutMs ?? 120_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`target ${name} exited with code ${code} before it was ready`));
    });
    child.on('message', function onMessage(message: ChildMessage) {
      if (message.type === 'ready') {
        clearTimeout(timer);
        child.off('message', onMessage);
        resolve(message.url);
      } else if (message.type === 'failed') {
        clearTimeout(timer);
        reject(new Error(`target ${name} failed to start:\n${message.message}`));
      }
    });
  });
  child.removeAllListeners('exit');

  let nextId = 0;
  return {
    name,
    url,
    pid: child.pid ?? -1,
    sample() {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`target ${name} did not answer a sample`)), 10_000);
        child.on('message', function onMessage(message: ChildMessage) {
          if (message.type !== 'sample' || message.id !== id) return;
          clearTimeout(timer);
          child.off('message', onMessage);
          resolve(message.counters);
        });
        child.send({ type: 'sample', id });
      });
    },
    stop() {
      if (child.exitCode !== null) return Promise.resolve();
      return new Promise((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.send({ type: 'stop' });
      });
    },
  };
}
