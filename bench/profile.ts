import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load, type LoadRequest, type LoadResult } from './load.js';
import { summariseProfile, type ProfileSummary } from './profileSummary.js';
import { startTarget } from './servers.js';
import type { TargetName } from './targets/protocol.js';
import { workloadNames, type WorkloadName } from './workloads.js';

export interface ProfileOptions {
  databaseUrl: string;
  /** The request of one workload for this target, served at `url`. */
  requestOf: (url: string, workload: WorkloadName) => LoadRequest;
  /** The workloads to load it with, one after another; all three when left out. */
  workloads?: readonly WorkloadName[];
  seconds: number;
  connections: number;
  onLoad?: (workload: WorkloadName, result: LoadResult) => void;
}

export interface ProfileResult {
  target: TargetName;
  summary: ProfileSummary;
  requests: number;
}

/**
 * Runs one target under `node --cpu-prof` while autocannon loads it with each
 * workload in turn, then sums up where its CPU time went. The first second of
 * each workload is a warm-up whose samples stay in the profile; against
 * several seconds of load they barely move the shares.
 */
export async function profileTarget(target: TargetName, options: ProfileOptions): Promise<ProfileResult> {
  const folder = mkdtempSync(join(tmpdir(), 'paddock-profile-'));
  try {
    const server = await startTarget(target, { databaseUrl: options.databaseUrl, cpuProfileDir: folder });
    let requests = 0;
    try {
      for (const workload of options.workloads ?? workloadNames) {
        const result = await load(options.requestOf(server.url, workload), {
          connections: options.connections,
          durationSeconds: options.seconds,
          maxRequests: Math.ceil(options.seconds * 20_000),
        });
        requests += result.requests;
        options.onLoad?.(workload, result);
      }
    } finally {
      await server.stop();
    }
    // Node writes one profile per thread (tsx's module loader has one of its
    // own); the server's work is on the main thread, whose profile is largest.
    const files = readdirSync(folder)
      .filter((name) => name.endsWith('.cpuprofile'))
      .map((name) => ({ name, size: statSync(join(folder, name)).size }))
      .sort((a, b) => b.size - a.size);
    const file = files[0]?.name;
    if (!file) throw new Error(`no CPU profile was written for ${target}`);
    return { target, summary: summariseProfile(join(folder, file)), requests };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
