import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { count } from 'drizzle-orm';
import { z } from 'zod';
import { regions } from '../chapters/data/tables.js';
import { loadConfig } from '../config.js';
import { migrate } from '../core/database/migrate.js';
import { DatabaseOpenError } from '../core/database/databaseOpenError.js';
import { openDatabase } from '../core/database/openDatabase.js';
import { migrationSets } from '../gateway/subgraphs.js';
import { resetClub } from '../seed/resetClub.js';
import { seedClub, type SeedProgress } from '../seed/seedClub.js';
import { defaultAsOfDate } from '../seed/settings.js';

const usage = `Usage: npm run seed -- [options]

  --members <n>     How many members to create (default PADDOCK_SEED_MEMBERS, 5000).
  --seed <n>        The seed number; the same number gives the same club (default PADDOCK_SEED, 2026).
  --as-of <date>    The club's "today", YYYY-MM-DD (default PADDOCK_SEED_AS_OF, or
                    today in China).
  --batch <n>       Members generated and written together (default 5000); does not change the data.
  --reset           Empty every subgraph's tables first; without it a database that
                    already holds a club is left alone.
  --help            Print this text.

Opens the database as the server does (DATABASE_URL, else PGlite in PADDOCK_DATA_DIR)
and applies the migrations first.
`;

/** A mistake in the command line: reported with the usage text. */
class UsageError extends Error {}

function toInteger(text: string | undefined, name: string, fallback: number, minimum: number): number {
  if (text === undefined) return fallback;
  // Digits only: Number() would also take "1e3", "0x10" and " 12 ".
  const value = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < minimum) throw new UsageError(`--${name} must be an integer of at least ${minimum}, not "${text}"`);
  return value;
}

function parseArguments(argv: string[]) {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        members: { type: 'string' },
        seed: { type: 'string' },
        'as-of': { type: 'string' },
        batch: { type: 'string' },
        reset: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    });
    return values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

async function main(argv: string[]): Promise<number> {
  const values = parseArguments(argv);
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  const config = loadConfig(process.env);
  const members = toInteger(values.members, 'members', config.seed.members, 1);
  const seed = toInteger(values.seed, 'seed', config.seed.seed, -2_147_483_648);
  const batchSize = toInteger(values.batch, 'batch', 5_000, 1);
  const asOfDate = values['as-of'] ?? config.seed.asOfDate;
  // The calendar's own days only: Date.parse reads 2026-02-30 as 2 March.
  if (!z.iso.date().safeParse(asOfDate).success) {
    throw new UsageError(`--as-of must be a date such as ${defaultAsOfDate}, not "${asOfDate}"`);
  }

  const database = await openDatabase(config.database);
  try {
    await migrate(database, migrationSets);
    const [existing] = await database.db.select({ total: count() }).from(regions);
    if ((existing?.total ?? 0) > 0) {
      if (!values.reset) {
        process.stderr.write('The database already holds a club. Run with --reset to replace it.\n');
        return 1;
      }
      await resetClub(database);
      process.stdout.write('Emptied every subgraph\'s tables.\n');
    }

    const where = database.kind === 'postgres' ? 'PostgreSQL' : `PGlite in ${config.database.dataDir}`;
    process.stdout.write(`Seeding ${members.toLocaleString('en')} members (seed ${seed}, as of ${asOfDate}) into ${where}\n`);
    const bar = new cliProgress.SingleBar(
      { format: ' {bar} {percentage}% | {value}/{total} members | {phase} | {duration_formatted}', hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(members, 0, { phase: 'reference data' });
    const phases: Record<SeedProgress['phase'], string> = {
      reference: 'reference data',
      roster: 'roster',
      members: 'members',
      leads: 'chapter leads',
      done: 'done',
    };
    const summary = await seedClub(database, {
      members,
      seed,
      asOfDate,
      batchSize,
      onProgress: (progress) => bar.update(progress.membersWritten, { phase: phases[progress.phase] }),
    });
    bar.stop();

    const width = Math.max(...Object.keys(summary.counts).map((name) => name.length));
    const lines = Object.entries(summary.counts).map(([name, rows]) => `  ${name.padEnd(width)}  ${rows.toLocaleString('en').padStart(10)}`);
    const total = Object.values(summary.counts).reduce((sum, rows) => sum + rows, 0);
    process.stdout.write(`${lines.join('\n')}\n  ${'total'.padEnd(width)}  ${total.toLocaleString('en').padStart(10)}\n`);
    process.stdout.write(`Seeded in ${(summary.milliseconds / 1000).toFixed(1)} s.\n`);
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
