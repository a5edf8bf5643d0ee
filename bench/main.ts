/**
 * `npm run bench`: seeds a PostgreSQL database with Paddock's own seed, loads
 * the four targets with the three workloads in interleaved rounds and reports
 * medians, the width check and seeding times (issue 5). bench/run.sh gives
 * it a throwaway PostgreSQL cluster unless DATABASE_URL names a server; the
 * run creates and drops a database of its own there.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { developmentSecret, signViewerToken } from '../src/core/auth.js';
import { firstDifference } from './compare.js';
import { createBenchDatabase, seedPglite, seedPostgres, type SeedTiming } from './database.js';
import { runRounds, summarise, widthCheck, type Sample } from './measure.js';
import { profileTarget } from './profile.js';
import { checksOf, formatConsole, formatMarkdown, type BenchReport } from './report.js';
import { startTarget, type TargetServer } from './servers.js';
import { chooseSubjects, largestChapters } from './subjects.js';
import { preparePostGraphile } from './targets/postgraphileSetup.js';
import { optionalTargets, targetNames, targetTitles, type TargetName } from './targets/protocol.js';
import { normaliseForPostGraphile, workloadNames, workloadRequest, type WorkloadName, type WorkloadSubjects } from './workloads.js';

const usage = `Usage: npm run bench -- [options]

  --smoke           A few seconds of load on a small club: proves the harness works (CI runs this).
  --members <n>     Members to seed (default 100000; 2000 with --smoke).
  --rounds <n>      Interleaved rounds after the warm-up (default 5; 1 with --smoke).
  --seconds <n>     Seconds per load (default 4; 1 with --smoke).
  --no-pglite       Skip timing the seed on PGlite.
  --stitching       Also measure the subgraphs behind @graphql-tools/federation, Hive Gateway's engine.
  --profile         Instead of the rounds, CPU-profile the gateway under load and summarise it.
  --workload <W>    With --profile: load only this workload (W1, W2 or W3).
  --help            Print this text.

Needs DATABASE_URL (npm run bench starts a throwaway PostgreSQL cluster when it is unset).
`;

const log = (line: string) => process.stderr.write(`${line}\n`);

function positive(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number, not "${text}"`);
  return value;
}

function parseWorkload(text: string | undefined): WorkloadName | undefined {
  if (text === undefined) return undefined;
  if (!(workloadNames as readonly string[]).includes(text)) throw new Error(`--workload must be one of ${workloadNames.join(', ')}, not "${text}"`);
  return text as WorkloadName;
}

function parseOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      smoke: { type: 'boolean', default: false },
      members: { type: 'string' },
      rounds: { type: 'string' },
      seconds: { type: 'string' },
      'no-pglite': { type: 'boolean', default: false },
      stitching: { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      workload: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const smoke = values.smoke ?? false;
  return {
    help: values.help ?? false,
    smoke,
    profile: values.profile ?? false,
    workload: parseWorkload(values.workload),
    pglite: !(values['no-pglite'] ?? false),
    stitching: values.stitching ?? false,
    members: Math.round(positive(values.members, 'members', smoke ? 2_000 : 100_000)),
    rounds: Math.round(positive(values.rounds, 'rounds', smoke ? 1 : 5)),
    seconds: positive(values.seconds, 'seconds', smoke ? 1 : 4),
    warmupSeconds: smoke ? 0.5 : 3,
  };
}

async function machineOf(databaseUrl: string): Promise<Record<string, string>> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ version: string }[]>`select version()`;
    const cores = cpus();
    return {
      cores: String(cores.length),
      'CPU model': cores[0]?.model ?? 'unknown',
      Node: process.version,
      PostgreSQL: row?.version.split(',')[0] ?? 'unknown',
    };
  } finally {
    await sql.end();
  }
}

/**
 * Every target must give the same answer before any is timed. The gateway's
 * is the reference; PostGraphile's is compared after the normalisation
 * workloads.ts describes (instants and cursors), the others as they are.
 */
async function checkEqual(servers: readonly TargetServer[], requestOf: (target: TargetName, url: string, workload: (typeof workloadNames)[number]) => ReturnType<typeof workloadRequest>): Promise<void> {
  for (const workload of workloadNames) {
    const answers = new Map<TargetName, unknown>();
    for (const server of servers) {
      const request = requestOf(server.name, server.url, workload);
      const response = await fetch(request.url, { method: 'POST', headers: request.headers, body: request.body });
      const body = (await response.json()) as { data?: unknown; errors?: unknown };
      if (!response.ok || body.errors || !body.data) {
        throw new Error(`${targetTitles[server.name]} failed ${workload}: ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
      }
      answers.set(server.name, body);
    }
    const reference = answers.get('gateway');
    let alike = true;
    for (const [target, answer] of answers) {
      const difference =
        target === 'postgraphile'
          ? firstDifference(normaliseForPostGraphile(reference), normaliseForPostGraphile(answer))
          : firstDifference(reference, answer);
      if (!difference) continue;
      const message = `${targetTitles[target]} answers ${workload} differently from the gateway at ${difference}`;
      // A candidate gateway is timed even where it answers wrongly: how it
      // answers is part of what the run reports about it.
      if (!optionalTargets.includes(target)) throw new Error(message);
      log(`${message} (timed all the same)`);
      alike = false;
    }
    if (alike) log(`${workload}: all ${servers.length} targets give the same answer`);
  }
}

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  if (options.help) {
    process.stdout.write(usage);
    return 0;
  }
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('DATABASE_URL is not set: run the bench with `npm run bench`, which starts a PostgreSQL cluster.');

  const startedAt = new Date().toISOString();
  const loadAtStart = loadavg().map((value) => value.toFixed(2)).join(' ');
  const database = await createBenchDatabase(serverUrl);
  try {
    log(`Seeding ${options.members.toLocaleString('en')} members into PostgreSQL...`);
    const postgresSeed = await seedPostgres(database.url, options.members);
    log(`  ${postgresSeed.rows.toLocaleString('en')} rows in ${postgresSeed.seconds.toFixed(1)} s`);
    let pgliteSeed: SeedTiming | null = null;
    if (options.pglite) {
      log(`Seeding ${options.members.toLocaleString('en')} members into PGlite (in memory), to time it...`);
      pgliteSeed = await seedPglite(options.members);
      log(`  ${pgliteSeed.rows.toLocaleString('en')} rows in ${pgliteSeed.seconds.toFixed(1)} s`);
    }

    const subjects: WorkloadSubjects = await chooseSubjects(database.url);
    const chapters = await largestChapters(database.url);
    const staffToken = await signViewerToken({ role: 'staff', subject: 'bench' }, { secret: developmentSecret });
    await preparePostGraphile(database.url);
    const requestOf = (target: TargetName, url: string, workload: (typeof workloadNames)[number]) =>
      workloadRequest(target, workload, { url, subjects, staffToken });

    if (options.profile) {
      log('Profiling the gateway under load...');
      const result = await profileTarget('gateway', {
        databaseUrl: database.url,
        requestOf: (url, workload) => requestOf('gateway', url, workload),
        workloads: options.workload ? [options.workload] : undefined,
        seconds: Math.max(options.seconds, 2) * 2,
        connections: 8,
        onLoad: (workload, loaded) => log(`  ${workload}: ${loaded.requests} requests, ${loaded.requestsPerSecond.toFixed(0)}/s`),
      });
      const share = (value: number) => `${(value * 100).toFixed(1).padStart(5)}%`;
      const lines = [
        `${result.requests} requests, ${result.summary.totalMilliseconds.toFixed(0)} ms of busy CPU`,
        'By package (self time):',
        ...result.summary.packages.map((entry) => `${share(entry.share)}  ${entry.name}`),
        'By function (self time):',
        ...result.summary.functions.map((entry) => `${share(entry.share)}  ${entry.name}`),
        'By function (inclusive time):',
        ...result.summary.inclusive.map((entry) => `${share(entry.share)}  ${entry.name}`),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
      return 0;
    }

    const servers: TargetServer[] = [];
    let samples: Sample[];
    let width;
    try {
      for (const name of targetNames.filter((target) => options.stitching || !optionalTargets.includes(target))) {
        log(`Starting ${targetTitles[name]}...`);
        servers.push(await startTarget(name, { databaseUrl: database.url }));
      }
      await checkEqual(servers, requestOf);
      width = await widthCheck(servers.find((server) => server.name === 'gateway')!, { chapters, staffToken });
      log(`Width: ${width.map((point) => `${point.membersReturned} members ${point.statements} statements`).join(', ')}`);
      samples = await runRounds(servers, (target, workload) => requestOf(target, servers.find((s) => s.name === target)!.url, workload), {
        rounds: options.rounds,
        seconds: options.seconds,
        warmupSeconds: options.warmupSeconds,
        onPhase: (phase) => log(`${phase}...`),
        onSample: (sample) =>
          log(`  ${sample.workload} ${sample.target.padEnd(12)} ${sample.requestsPerSecond.toFixed(0).padStart(6)} rps  p50 ${sample.p50.toFixed(2)} ms  ${sample.statementsPerRequest.toFixed(1)} SQL/req`),
      });
    } finally {
      for (const server of servers) await server.stop();
    }

    const report: BenchReport = {
      startedAt,
      machine: {
        ...(await machineOf(database.url)),
        'load average (1, 5, 15 min) at start': loadAtStart,
        'load average at end': loadavg().map((value) => value.toFixed(2)).join(' '),
      },
      settings: { members: options.members, rounds: options.rounds, seconds: options.seconds, smoke: options.smoke },
      seeding: { postgres: postgresSeed, pglite: pgliteSeed },
      summaries: summarise(samples),
      width,
    };
    process.stdout.write(`${formatConsole(report)}\n`);

    mkdirSync('.bench', { recursive: true });
    const stamp = startedAt.replace(/[:.]/g, '-');
    writeFileSync(`.bench/run-${stamp}.json`, `${JSON.stringify({ ...report, samples }, null, 2)}\n`);
    writeFileSync(`.bench/run-${stamp}.md`, formatMarkdown(report));
    log(`Wrote .bench/run-${stamp}.json and .md`);

    // A failed request means the harness or a target is broken, in smoke
    // mode too; whether a speed target is met never changes the exit code.
    const failures = samples.reduce((sum, sample) => sum + sample.failures, 0);
    if (failures > 0) {
      log(`${failures} requests failed`);
      return 1;
    }
    const unmet = checksOf(report).filter((check) => check.judged !== false && !check.met);
    if (unmet.length > 0) log(`Not met: ${unmet.map((check) => check.name).join('; ')}`);
    if (options.smoke) log('A smoke run is too short and too small to judge speed: its figures only show that the harness works.');
    return 0;
  } finally {
    await database.drop();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
}
