import Table from 'cli-table3';
import type { SeedTiming } from './database.js';
import type { Summary, WidthPoint } from './measure.js';
import { targetNames, targetTitles, type TargetName } from './targets/protocol.js';
import { workloadNames, type WorkloadName } from './workloads.js';

/** Everything one run found, as bench/RESULTS.md and the console show it. */
export interface BenchReport {
  startedAt: string;
  machine: Record<string, string>;
  settings: { members: number; rounds: number; seconds: number; smoke: boolean };
  seeding: { postgres: SeedTiming; pglite: SeedTiming | null };
  summaries: Summary[];
  width: WidthPoint[];
}

export interface Check {
  name: string;
  value: number;
  /** How the value is shown, e.g. "3.1x". */
  shown: string;
  mustReach: string;
  aim: string;
  met: boolean;
  aimed: boolean;
  /** False for a figure whose target holds only at full size (a seed of fewer than 100,000 members). */
  judged?: boolean;
}

const fixed = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

function find(report: BenchReport, target: TargetName, workload: WorkloadName): Summary | undefined {
  return report.summaries.find((summary) => summary.target === target && summary.workload === workload);
}

/**
 * The figures the issue sets targets for, each beside its targets. Seeding
 * is judged only at the full 100,000 members; a smaller (smoke) run shows
 * its time and judges nothing.
 */
export function checksOf(report: BenchReport): Check[] {
  const checks: Check[] = [];
  for (const workload of workloadNames) {
    const gateway = find(report, 'gateway', workload);
    const sql = find(report, 'sql', workload);
    const postgraphile = find(report, 'postgraphile', workload);
    if (gateway && sql) {
      const ratio = gateway.p50 / sql.p50;
      checks.push({
        name: `${workload} gateway p50 / hand-written SQL p50`,
        value: ratio,
        shown: `${fixed(ratio)}x`,
        mustReach: '<= 4x',
        aim: '<= 3x',
        met: ratio <= 4,
        aimed: ratio <= 3,
      });
    }
    if (gateway && postgraphile) {
      const ratio = gateway.requestsPerSecond / postgraphile.requestsPerSecond;
      checks.push({
        name: `${workload} gateway rps / PostGraphile rps`,
        value: ratio,
        shown: `${fixed(ratio)}x`,
        mustReach: '>= 0.6x',
        aim: '>= 1x',
        met: ratio >= 0.6,
        aimed: ratio >= 1,
      });
    }
  }

  const w1 = find(report, 'gateway', 'W1');
  if (w1) {
    checks.push({
      name: 'W1 SQL statements per request (gateway)',
      value: w1.statementsPerRequest,
      shown: fixed(w1.statementsPerRequest, 1),
      mustReach: '<= 6',
      aim: '<= 3',
      met: w1.statementsPerRequest <= 6,
      aimed: w1.statementsPerRequest <= 3,
    });
  }
  const counts = new Set(report.width.map((point) => point.statements));
  checks.push({
    name: 'W1 statements at every width',
    value: counts.size,
    shown: [...counts].join(', '),
    mustReach: 'one number',
    aim: 'one number',
    met: counts.size === 1,
    aimed: counts.size === 1,
  });

  const seeds: Array<[string, SeedTiming | null, number]> = [
    ['PostgreSQL', report.seeding.postgres, 15],
    ['PGlite', report.seeding.pglite, 25],
  ];
  for (const [where, timing, limit] of seeds) {
    if (!timing) continue;
    const full = timing.members >= 100_000;
    checks.push({
      name: `seeding ${timing.members.toLocaleString('en')} members on ${where}`,
      value: timing.seconds,
      shown: `${fixed(timing.seconds, 1)} s`,
      mustReach: full ? `<= ${limit} s` : '(judged at 100,000)',
      aim: full ? `<= ${limit} s` : '(judged at 100,000)',
      met: timing.seconds <= limit,
      aimed: timing.seconds <= limit,
      judged: full,
    });
  }
  return checks;
}

function figuresTable(report: BenchReport): string[][] {
  const rows: string[][] = [];
  for (const workload of workloadNames) {
    for (const target of targetNames) {
      const summary = find(report, target, workload);
      if (!summary) continue;
      rows.push([
        workload,
        targetTitles[target],
        fixed(summary.requestsPerSecond, 0),
        fixed(summary.p50),
        fixed(summary.p99),
        fixed(summary.cpuMicrosPerRequest, 0),
        fixed(summary.statementsPerRequest, 1),
        String(summary.failures),
      ]);
    }
  }
  return rows;
}

const figureHeads = ['workload', 'target', 'rps @8', 'p50 ms @1', 'p99 ms @1', 'CPU µs/req', 'SQL/req', 'failed'];
const checkHeads = ['figure', 'measured', 'must reach', 'aim', 'result'];
const widthHeads = ['request', 'members asked', 'members returned', 'SQL statements'];

function checkRows(report: BenchReport): string[][] {
  return checksOf(report).map((check) => [
    check.name,
    check.shown,
    check.mustReach,
    check.aim,
    check.judged === false ? 'not judged' : check.aimed ? 'met, aim reached' : check.met ? 'met' : 'NOT MET',
  ]);
}

function widthRows(report: BenchReport): string[][] {
  return report.width.map((point) => [
    point.document,
    point.membersAsked.toLocaleString('en'),
    point.membersReturned.toLocaleString('en'),
    String(point.statements),
  ]);
}

function consoleTable(heads: string[], rows: string[][]): string {
  const table = new Table({ head: heads, style: { head: [], border: [] } });
  table.push(...rows);
  return table.toString();
}

/** The run as tables for a terminal. */
export function formatConsole(report: BenchReport): string {
  const seeding = [report.seeding.postgres, report.seeding.pglite]
    .filter((timing): timing is SeedTiming => timing !== null)
    .map((timing, index) => [index === 0 ? 'PostgreSQL' : 'PGlite', timing.members.toLocaleString('en'), timing.rows.toLocaleString('en'), fixed(timing.seconds, 1)]);
  return [
    `Medians of ${report.settings.rounds} interleaved round(s) of ${report.settings.seconds} s per load:`,
    consoleTable(figureHeads, figuresTable(report)),
    'Width (gateway):',
    consoleTable(widthHeads, widthRows(report)),
    'Seeding:',
    consoleTable(['database', 'members', 'rows', 'seconds'], seeding),
    'Targets:',
    consoleTable(checkHeads, checkRows(report)),
  ].join('\n');
}

function markdownTable(heads: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(heads), line(heads.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The run as Markdown, the tables bench/RESULTS.md is made of. */
export function formatMarkdown(report: BenchReport): string {
  const machine = Object.entries(report.machine).map(([name, value]) => `- ${name}: ${value}`);
  const seeding = [report.seeding.postgres, report.seeding.pglite]
    .filter((timing): timing is SeedTiming => timing !== null)
    .map((timing, index) => [index === 0 ? 'PostgreSQL' : 'PGlite', timing.members.toLocaleString('en'), timing.rows.toLocaleString('en'), fixed(timing.seconds, 1)]);
  return [
    `Run of ${report.startedAt}: ${report.settings.members.toLocaleString('en')} members, ${report.settings.rounds} rounds of ${report.settings.seconds} s per load${report.settings.smoke ? ' (smoke)' : ''}.`,
    '',
    ...machine,
    '',
    markdownTable(checkHeads, checkRows(report)),
    '',
    markdownTable(figureHeads, figuresTable(report)),
    '',
    markdownTable(widthHeads, widthRows(report)),
    '',
    markdownTable(['database', 'members', 'rows', 'seconds'], seeding),
    '',
  ].join('\n');
}
