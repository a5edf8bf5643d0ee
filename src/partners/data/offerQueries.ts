import { asc, desc, inArray } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { offers, type OfferRow } from './tables.js';

/** The offers of the ids given, in no particular order; unknown ids are left out. */
export function findOffers(db: Database, ids: readonly string[]): Promise<OfferRow[]> {
  return db.select().from(offers).where(inArray(offers.id, [...ids]));
}

/**
 * The offers of several partners at once, each partner's newest first (by
 * valid-from day, then id).
 */
export function findOffersOfPartners(db: Database, partnerIds: readonly string[]): Promise<OfferRow[]> {
  return db
    .select()
    .from(offers)
    .where(inArray(offers.partnerId, [...partnerIds]))
    .orderBy(asc(offers.partnerId), desc(offers.validFrom), desc(offers.id));
}
