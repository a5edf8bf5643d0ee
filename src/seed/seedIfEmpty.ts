import { count } from 'drizzle-orm';
import { regions } from '../chapters/data/tables.js';
import type { DatabaseHandle } from '../core/database/database.js';
import type { Logger } from '../core/logger.js';
import { seedClub } from './seedClub.js';

/**
 * Seeds a club into a database that has none yet, so that a first start
 * serves data straight away. A database with regions in it is left alone,
 * whatever else it holds; a member count of 0 switches seeding off.
 */
export async function seedIfEmpty(
  database: DatabaseHandle,
  options: { members: number; seed: number; asOfDate: string; logger: Logger },
) {
  const { logger } = options;
  if (options.members <= 0) {
    logger.info('seeding is switched off: the member count is 0');
    return;
  }

  const [row] = await database.db.select({ total: count() }).from(regions);
  if ((row?.total ?? 0) > 0) {
    logger.info('the database already holds a club; not seeding');
    return;
  }

  logger.info({ members: options.members, seed: options.seed, asOfDate: options.asOfDate }, 'seeding an empty database');
  const summary = await seedClub(database, { members: options.members, seed: options.seed, asOfDate: options.asOfDate });
  logger.info(
    { members: options.members, seed: options.seed, asOfDate: summary.settings.asOfDate, rows: summary.counts, milliseconds: summary.milliseconds },
    `seeded a club of ${options.members} members in ${(summary.milliseconds / 1000).toFixed(1)} s`,
  );
}
