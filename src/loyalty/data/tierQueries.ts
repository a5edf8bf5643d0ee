import { asc, inArray } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { equalsAny, preparedQuery } from '../../core/database/preparedQuery.js';
import { feePlans, tiers, type FeePlanRow, type TierRow } from './tables.js';

/** Every tier, lowest rank (Bronze) first. Public reference data. */
export function listTiers(db: Database): Promise<TierRow[]> {
  return db.select().from(tiers).orderBy(asc(tiers.rank));
}

/** The tiers of the ids given, in no particular order; unknown ids are skipped. */
export function findTiers(db: Database, ids: readonly string[]): Promise<TierRow[]> {
  return tiersById(db, { ids });
}

const tiersById = preparedQuery((db) => db.select().from(tiers).where(equalsAny(tiers.id, 'ids')).prepare('tiers_by_id'));

/** The tiers of several fee plans at once, each plan's lowest rank first. */
export function findTiersOfFeePlans(db: Database, feePlanIds: readonly string[]): Promise<TierRow[]> {
  return db
    .select()
    .from(tiers)
    .where(inArray(tiers.feePlanId, [...feePlanIds]))
    .orderBy(asc(tiers.feePlanId), asc(tiers.rank));
}

/** Every fee plan, cheapest first, ties broken by id. Public reference data. */
export function listFeePlans(db: Database): Promise<FeePlanRow[]> {
  return db.select().from(feePlans).orderBy(asc(feePlans.annualDuesMinor), asc(feePlans.id));
}

/** The fee plans of the ids given, in no particular order; unknown ids are skipped. */
export function findFeePlans(db: Database, ids: readonly string[]): Promise<FeePlanRow[]> {
  return feePlansById(db, { ids });
}

const feePlansById = preparedQuery((db) =>
  db.select().from(feePlans).where(equalsAny(feePlans.id, 'ids')).prepare('fee_plans_by_id'),
);
