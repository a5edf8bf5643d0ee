import { and, asc, eq, getTableColumns, inArray } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { equalsAny, preparedQuery } from '../../core/database/preparedQuery.js';
import type { BenefitLayer } from '../generated/resolvers.js';
import { benefits, tierBenefits, type BenefitRow, type TierBenefitRow } from './tables.js';
import { tierPosition } from './tierOrder.js';

/** Benefits in layer order (basic first), then name, then id; optionally one layer's. */
export function listBenefits(db: Database, layer: BenefitLayer | null): Promise<BenefitRow[]> {
  return db
    .select()
    .from(benefits)
    .where(layer ? eq(benefits.layer, layer) : undefined)
    .orderBy(asc(benefits.layer), asc(benefits.name), asc(benefits.id));
}

/** The benefits of the ids given, in no particular order; unknown ids are left out. */
export function findBenefits(db: Database, ids: readonly string[]): Promise<BenefitRow[]> {
  return benefitsById(db, { ids });
}

const benefitsById = preparedQuery((db) =>
  db.select().from(benefits).where(equalsAny(benefits.id, 'ids')).prepare('benefits_by_id'),
);

/** The benefits several partners provide, each partner's by name then id. */
export function findBenefitsOfProviders(db: Database, partnerIds: readonly string[]): Promise<BenefitRow[]> {
  return db
    .select()
    .from(benefits)
    .where(inArray(benefits.providerPartnerId, [...partnerIds]))
    .orderBy(asc(benefits.providerPartnerId), asc(benefits.name), asc(benefits.id));
}

/**
 * The matrix rows of several benefits, each benefit's lowest tier first (by
 * the fixed tier order; unknown tiers last, by id).
 */
export function findAllowancesOfBenefits(db: Database, benefitIds: readonly string[]): Promise<TierBenefitRow[]> {
  return db
    .select()
    .from(tierBenefits)
    .where(inArray(tierBenefits.benefitId, [...benefitIds]))
    .orderBy(asc(tierBenefits.benefitId), tierPosition(tierBenefits.tierId), asc(tierBenefits.tierId));
}

/**
 * The matrix rows of several tiers, each tier's by the benefit's layer (basic
 * first), then its name, then its id.
 */
export function findAllowancesOfTiers(db: Database, tierIds: readonly string[]): Promise<TierBenefitRow[]> {
  return db
    .select(getTableColumns(tierBenefits))
    .from(tierBenefits)
    .innerJoin(benefits, eq(benefits.id, tierBenefits.benefitId))
    .where(inArray(tierBenefits.tierId, [...tierIds]))
    .orderBy(asc(tierBenefits.tierId), asc(benefits.layer), asc(benefits.name), asc(benefits.id));
}

/** The matrix cell of one tier and benefit; null when the tier does not get the benefit. */
export async function findTierBenefit(db: Database, tierId: string, benefitId: string): Promise<TierBenefitRow | null> {
  const [row] = await db
    .select()
    .from(tierBenefits)
    .where(and(eq(tierBenefits.tierId, tierId), eq(tierBenefits.benefitId, benefitId)));
  return row ?? null;
}
