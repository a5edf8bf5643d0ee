import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { migrate } from '../core/database/migrate.js';
import { DatabaseInUseError } from '../core/database/databaseInUseError.js';
import { openDatabase } from '../core/database/openDatabase.js';
import { migrationSets } from '../gateway/subgraphs.js';
import { runLifecycleJob } from '../members/commands/runLifecycleJob.js';
import { chinaDateOf } from '../members/lifecycle/clubCalendar.js';

const usage = `Usage: npm run lifecycle -- [--as-of <date>]

  --as-of <date>    Apply the rules up to the start of this day (00:00 China time),
                    YYYY-MM-DD; today in China when omitted.
  --help            Print this text.

Applies the membership lifecycle's rules in one transaction, as the staff
mutation runLifecycleJob does: ACTIVE members whose dues went unpaid past the
grace period lapse, and members lapsed for the churn period churn. Each change
takes effect when the rule made it due, so running it again for the same day
changes nothing. Opens the database as the server does (DATABASE_URL, else
PGlite in PADDOCK_DATA_DIR) and applies the migrations first. The domain
events it records reach the other subgraphs through a running server.
`;

/** A mistake in the command line: reported with the usage text. */
class UsageError extends Error {}

function parseArguments(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: { 'as-of': { type: 'string' }, help: { type: 'boolean', default: false } },
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

async function main(argv: string[]): Promise<number> {
  const values = parseArguments(argv);
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  const asOfDate = values['as-of'] === undefined ? chinaDateOf(new Date()) : toDay(values['as-of']);

  const config = loadConfig(process.env);
  const database = await openDatabase(config.database);
  try {
    await migrate(database, migrationSets);
    const result = await database.db.transaction((tx) => runLifecycleJob(tx, { asOfDate }));
    const members = (count: number) => `${count.toLocaleString('en')} member${count === 1 ? '' : 's'}`;
    process.stdout.write(`Lifecycle as of ${result.asOf}: ${members(result.lapsed.length)} lapsed, ${members(result.churned.length)} churned.\n`);
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
  } else if (error instanceof DatabaseInUseError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
