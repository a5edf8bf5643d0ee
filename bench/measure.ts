import { readFileSync } from 'node:fs';
import { load, type LoadRequest } from './load.js';
import type { TargetServer } from './servers.js';
import type { TargetName } from './targets/protocol.js';
import { workloadNames, type WorkloadName } from './workloads.js';

/** One target under one workload in one round. */
export interface Sample {
  target: TargetName;
  workload: WorkloadName;
  round: number;
  /** Requests per second at 8 connections. */
  requestsPerSecond: number;
  /** Latency at 1 connection, in milliseconds. */
  p50: number;
  p99: number;
  /** Server CPU time (user + system) per request at 8 connections, in microseconds. */
  cpuMicrosPerRequest: number;
  statementsPerRequest: number;
  /** Non-2xx answers and socket errors, over both loads. */
  failures: number;
}

export interface RoundOptions {
  rounds: number;
  seconds: number;
  warmupSeconds: number;
  onSample?: (sample: Sample) => void;
  onPhase?: (phase: string) => void;
}

/** One bounded load, with the server's own counters read before and after. */
async function measured(server: TargetServer, request: LoadRequest, connections: number, seconds: number) {
  const before = await server.sample();
  const result = await load(request, { connections, durationSeconds: seconds, maxRequests: Math.ceil(seconds * 20_000) });
  const after = await server.sample();
  const operations = Math.max(1, after.operations - before.operations);
  return {
    result,
    cpuMicrosPerRequest: (after.cpuMicros - before.cpuMicros) / operations,
    statementsPerRequest: (after.statements - before.statements) / operations,
  };
}

/**
 * Loads every target with every workload: a warm-up first (JIT, pools,
 * caches), then `rounds` rounds. Within a round each workload visits each
 * target in turn, at 8 connections (throughput, CPU, statements) and then at
 * 1 connection (latency); the order of the targets rotates from round to
 * round, so that none always runs right after the same neighbour. Every
 * target's figures thus come from the same minutes of the same machine.
 */
export async function runRounds(
  servers: readonly TargetServer[],
  requestOf: (target: TargetName, workload: WorkloadName) => LoadRequest,
  options: RoundOptions,
): Promise<Sample[]> {
  options.onPhase?.('warm-up');
  for (const workload of workloadNames) {
    for (const server of servers) {
      await load(requestOf(server.name, workload), {
        connections: 8,
        durationSeconds: options.warmupSeconds,
        maxRequests: Math.ceil(options.warmupSeconds * 20_000),
      });
    }
  }

  const samples: Sample[] = [];
  for (let round = 1; round <= options.rounds; round++) {
    options.onPhase?.(`round ${round} of ${options.rounds}`);
    const shift = (round - 1) % servers.length;
    const order = [...servers.slice(shift), ...servers.slice(0, shift)];
    for (const workload of workloadNames) {
      for (const server of order) {
        const request = requestOf(server.name, workload);
        const throughput = await measured(server, request, 8, options.seconds);
        const latency = await measured(server, request, 1, options.seconds);
        const sample: Sample = {
          target: server.name,
          workload,
          round,
          requestsPerSecond: throughput.result.requestsPerSecond,
          p50: latency.result.p50,
          p99: latency.result.p99,
          cpuMicrosPerRequest: throughput.cpuMicrosPerRequest,
          statementsPerRequest: throughput.statementsPerRequest,
          failures: throughput.result.failures + latency.result.failures,
        };
        samples.push(sample);
        options.onSample?.(sample);
      }
    }
  }
  return samples;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The medians over the rounds of one target and workload. */
export interface Summary {
  target: TargetName;
  workload: WorkloadName;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  cpuMicrosPerRequest: number;
  statementsPerRequest: number;
  failures: number;
}

export function summarise(samples: readonly Sample[]): Summary[] {
  const groups = new Map<string, Sample[]>();
  for (const sample of samples) {
    const key = `${sample.target}|${sample.workload}`;
    groups.set(key, [...(groups.get(key) ?? []), sample]);
  }
  return [...groups.values()].map((group) => ({
    target: group[0]!.target,
    workload: group[0]!.workload,
    requestsPerSecond: median(group.map((sample) => sample.requestsPerSecond)),
    p50: median(group.map((sample) => sample.p50)),
    p99: median(group.map((sample) => sample.p99)),
    cpuMicrosPerRequest: median(group.map((sample) => sample.cpuMicrosPerRequest)),
    statementsPerRequest: median(group.map((sample) => sample.statementsPerRequest)),
    failures: group.reduce((sum, sample) => sum + sample.failures, 0),
  }));
}

const widthDocument = readFileSync(new URL('./operations/ChapterRosterWidth.graphql', import.meta.url), 'utf8');
const rosterDocument = readFileSync(new URL('../src/client/operations/ChapterRoster.graphql', import.meta.url), 'utf8');

export interface WidthPoint {
  /** What the request was: W1 itself, or W1's selection over two chapters. */
  document: 'ChapterRoster' | 'ChapterRosterWidth';
  membersAsked: number;
  membersReturned: number;
  statements: number;
}

/** Sends one request and counts the statements the server says it sent for it. */
async function statementsOf(server: TargetServer, request: LoadRequest): Promise<{ statements: number; body: unknown }> {
  const before = await server.sample();
  const response = await fetch(request.url, { method: 'POST', headers: request.headers, body: request.body });
  const body: unknown = await response.json();
  const after = await server.sample();
  if (!response.ok || (body as { errors?: unknown }).errors) {
    throw new Error(`the width check failed: ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
  }
  return { statements: after.statements - before.statements, body };
}

type RosterData = { members: { edges: unknown[] } } | null;

/**
 * SQL statements per request as the roster widens: W1 itself at 10, 100 and
 * 500 members (a page holds at most 500), and W1's selection over two
 * chapters at 10, 100 and 1,000 members (half from each). Each count must
 * be the same whatever the width.
 */
export async function widthCheck(
  gateway: TargetServer,
  options: { chapters: readonly [string, string]; staffToken: string },
): Promise<WidthPoint[]> {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${options.staffToken}` };
  const points: WidthPoint[] = [];
  for (const first of [10, 100, 500]) {
    const body = JSON.stringify({ query: rosterDocument, variables: { chapterId: options.chapters[0], first } });
    const { statements, body: answer } = await statementsOf(gateway, { url: gateway.url, headers, body });
    const chapter = (answer as { data: { chapter: RosterData } }).data.chapter;
    points.push({ document: 'ChapterRoster', membersAsked: first, membersReturned: chapter?.members.edges.length ?? 0, statements });
  }
  for (const width of [10, 100, 1000]) {
    const variables = { a: options.chapters[0], b: options.chapters[1], first: width / 2 };
    const body = JSON.stringify({ query: widthDocument, variables });
    const { statements, body: answer } = await statementsOf(gateway, { url: gateway.url, headers, body });
    const data = (answer as { data: { a: RosterData; b: RosterData } }).data;
    const returned = (data.a?.members.edges.length ?? 0) + (data.b?.members.edges.length ?? 0);
    points.push({ document: 'ChapterRosterWidth', membersAsked: width, membersReturned: returned, statements });
  }
  return points;
}
