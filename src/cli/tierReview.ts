import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { migrate } from '../core/database/migrate.js';
import { DatabaseOpenError } from '../core/database/databaseOpenError.js';
import { openDatabase } from '../core/database/openDatabase.js';
import { PaddockError } from '../core/errors.js';
import { migrationSets } from '../gateway/subgraphs.js';
import { toHalfYearArgument, toReviewAsOf } from '../loyalty/arguments.js';
import {
  applyTierReview,
  assertReviewInOrder,
  planTierReview,
  toReviewMove,
  type TierReviewMove,
} from '../loyalty/commands/tierReview.js';
import { findReviewChanges, findTierReviews } from '../loyalty/data/reviewQueries.js';

const usage = `Usage: npm run tier-review -- --half <half year> [--as-of <date>] [--apply]

  --half <half>     The half year to review, such as 2026-H2 (July to December 2026).
  --as-of <date>    The day whose value scores place members, YYYY-MM-DD within the
                    half year (default: its last day, which must have begun in China).
  --apply           Apply the review: without it, only show who would move and why.
  --help            Print this text.

A half year is applied once; applying it again changes nothing. Opens the
database as the server does (DATABASE_URL, else PGlite in PADDOCK_DATA_DIR) and
applies the migrations first. The members' TierChanged events wait in the
outbox and reach the other subgraphs when the server runs.
`;

/** A mistake in the command line: reported with the usage text. */
class UsageError extends Error {}

function parseArguments(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        half: { type: 'string' },
        'as-of': { type: 'string' },
        apply: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** The moves as an aligned table, one member a line. */
function movesTable(moves: readonly TierReviewMove[]): string {
  if (moves.length === 0) return 'Nobody moves.\n';
  const header = ['member', 'from', 'to', 'reason', 'score', 'threshold'];
  const rows = moves.map((move) => [
    move.memberId,
    move.fromTierId,
    move.toTierId,
    move.reason === 'REVIEW_PROMOTION' ? 'promotion' : 'demotion',
    String(move.valueScore),
    String(move.threshold),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column >= 4 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ').trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

function counts(moves: readonly TierReviewMove[]): string {
  const promoted = moves.filter((move) => move.reason === 'REVIEW_PROMOTION').length;
  return `${promoted} promoted, ${moves.length - promoted} demoted`;
}

async function main(argv: string[]): Promise<number> {
  const values = parseArguments(argv);
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  if (values.half === undefined) throw new UsageError('--half is required');

  let half;
  let asOf: string;
  try {
    half = toHalfYearArgument(values.half);
    asOf = toReviewAsOf(half, values['as-of']);
  } catch (error) {
    if (error instanceof PaddockError) throw new UsageError(error.message.replace('Argument "asOf"', '--as-of').replace('Argument "half"', '--half'));
    throw error;
  }

  const database = await openDatabase(loadConfig(process.env).database);
  try {
    await migrate(database, migrationSets);
    const { db } = database;
    const earlier = async () => (await findTierReviews(db, [half.half]))[0];
    const recorded = async () => (await findReviewChanges(db, [half.half])).map(toReviewMove);

    const applied = await earlier();
    if (applied) {
      const moves = await recorded();
      process.stdout.write(`Tier review ${half.half} was applied already, as of ${applied.asOf} at ${applied.appliedAt.toISOString()}: ${counts(moves)}. Nothing changed.\n`);
      process.stdout.write(movesTable(moves));
      return 0;
    }
    await assertReviewInOrder(db, half);

    if (!values.apply) {
      const plan = await planTierReview(db, { half, asOf, lock: false });
      process.stdout.write(`Tier review ${half.half} as of ${asOf}, preview: ${plan.reviewed} members reviewed, ${counts(plan.moves)}.\n`);
      process.stdout.write(movesTable(plan.moves));
      process.stdout.write('Nothing changed. Run again with --apply to apply it.\n');
      return 0;
    }

    const appliedAt = new Date();
    await db.transaction((tx) => applyTierReview(tx, { half, asOf, appliedAt }));
    const moves = await recorded();
    process.stdout.write(`Tier review ${half.half} as of ${asOf} applied at ${appliedAt.toISOString()}: ${counts(moves)}.\n`);
    process.stdout.write(movesTable(moves));
    return 0;
  } catch (error) {
    if (error instanceof PaddockError) {
      process.stderr.write(`tier-review: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`tier-review: ${error.message}\n\n${usage}`);
    process.exitCode = 2;
  } else if (error instanceof DatabaseOpenError) {
    process.stderr.write(`tier-review: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
