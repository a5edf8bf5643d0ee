import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { migrate } from '../core/database/migrate.js';
import { DatabaseOpenError } from '../core/database/databaseOpenError.js';
import { openDatabase } from '../core/database/openDatabase.js';
import { migrationSets } from '../gateway/subgraphs.js';
import { rehearseLifecycleJob } from '../members/commands/rehearseLifecycleJob.js';
import { runLifecycleJob, type LifecycleJobResult } from '../members/commands/runLifecycleJob.js';
import { chinaDateOf } from '../members/lifecycle/clubCalendar.js';

const usage = `Usage: npm run lifecycle -- [--as-of <date>] [--dry-run]

  --as-of <date>    Apply the rules up to the start of this day (00:00 China time),
                    YYYY-MM-DD; today in China when omitted. A day after today is
                    a dry run: its lapses are not due yet.
  --dry-run         Show what the job would change, member by member, and write
                    nothing.
  --help            Print this text.

Applies the membership lifecycle's rules in one transaction, as the staff
mutation runLifecycleJob does: ACTIVE members whose dues went unpaid past the
grace period lapse, and members lapsed for the churn period churn. Each change
takes effect when the rule made it due, so running it again for the same day
changes nothing. Opens the database as the server does (DATABASE_URL, else
PGlite in PADDOCK_DATA_DIR, which a running server holds: stop it first, or
use the mutation) and applies the migrations first. The domain events it
records reach the other subgraphs through a running server.
`;

/** A mistake in the command line: reported with the usage text. */
class UsageError extends Error {}

function parseArguments(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        'as-of': { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** A real "YYYY-MM-DD" day: the form alone would let 2027-02-30 through. */
function toDay(text: string): string {
  const parsed = new Date(`${text}T00:00:00.000Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== text) {
    throw new UsageError(`--as-of must be a day such as 2027-01-01, not "${text}"`);
  }
  return text;
}

const members = (count: number) => `${count.toLocaleString('en')} member${count === 1 ? '' : 's'}`;

/** The changes of a rehearsed run as an aligned table, one change a line, lapses first. */
function changesTable(result: LifecycleJobResult): string {
  const changes = [...result.lapsed, ...result.churned];
  if (changes.length === 0) return '';
  const header = ['member', 'from', 'to', 'effective'];
  const rows = changes.map((change) => [change.memberId, change.fromStatus ?? '', change.toStatus, change.effectiveAt.toISOString()]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  const values = parseArguments(argv);
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  const today = chinaDateOf(new Date());
  const asOfDate = values['as-of'] === undefined ? today : toDay(values['as-of']);
  // Lapses after today are not due yet: applied now, they would bar members
  // who are still ACTIVE, so such a day is only ever rehearsed.
  const future = asOfDate > today;

  const config = loadConfig(process.env);
  const database = await openDatabase(config.database);
  try {
    await migrate(database, migrationSets);
    if (!future && !values['dry-run']) {
      const result = await database.db.transaction((tx) => runLifecycleJob(tx, { asOfDate }));
      process.stdout.write(`Lifecycle as of ${result.asOf}: ${members(result.lapsed.length)} lapsed, ${members(result.churned.length)} churned.\n`);
      return 0;
    }

    const result = await rehearseLifecycleJob(database.db, { asOfDate });
    process.stdout.write(
      `Lifecycle as of ${result.asOf}, dry run: ${members(result.lapsed.length)} would lapse, ${members(result.churned.length)} would churn.\n`,
    );
    process.stdout.write(changesTable(result));
    process.stdout.write(
      future
        ? `Nothing was written: ${asOfDate} is after today (${today} in China), and lapses and churns are applied only once they are due.\n`
        : 'Nothing was written (--dry-run). Run again without --dry-run to apply it.\n',
    );
    return 0;
  } finally {
    await database.close();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n\n${usage}`);
    process.exitCode = 2;
  } else if (error instanceof DatabaseOpenError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
