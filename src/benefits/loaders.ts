import DataLoader from 'dataloader';
import { manyByKey, oneByKey } from '../core/batch.js';
import type { Database } from '../core/database/database.js';
import { requestScoped } from '../core/requestScoped.js';
import {
  findAllowancesOfBenefits,
  findAllowancesOfTiers,
  findBenefits,
  findBenefitsOfProviders,
} from './data/benefitQueries.js';
import { findRecentRedemptionsWithBenefitsOfMembers, findRedemptions } from './data/redemptionQueries.js';
import {
  findRecentServiceOrdersOfMembers,
  findServiceOrders,
  findServices,
  findServicesOfProviders,
} from './data/serviceQueries.js';
import type { BenefitRow, RedemptionRow, ServiceOrderRow, ServiceRow, TierBenefitRow } from './data/tables.js';

/** A member's list with its own page size, as a per-parent-limited loader is asked for it. */
export interface RecentOfMemberKey {
  memberId: string;
  first: number;
}

/**
 * A loader of each member's newest `first` rows. Keys with different `first`
 * still share one statement: it fetches the largest `first` per member and
 * each key keeps its own prefix, which is the same order.
 */
function createRecentOfMemberLoader<TRow extends { memberId: string }>(
  find: (memberIds: readonly string[], limit: number) => Promise<TRow[]>,
) {
  return new DataLoader<RecentOfMemberKey, TRow[], string>(
    async (keys) => {
      const limit = Math.max(...keys.map((key) => key.first));
      if (limit === 0) return keys.map(() => []);

      const memberIds = [...new Set(keys.map((key) => key.memberId))];
      const rows = await find(memberIds, limit);
      const byMember = manyByKey(
        keys.map((key) => key.memberId),
        rows,
        (row) => row.memberId,
      );
      return keys.map((key, index) => (byMember[index] ?? []).slice(0, key.first));
    },
    { cacheKeyFn: (key) => `${key.memberId}|${key.first}` },
  );
}

/** Benefits by id; null for an id that names none. */
export function createBenefitLoader(db: Database) {
  return new DataLoader<string, BenefitRow | null>(async (ids) => oneByKey(ids, await findBenefits(db, ids), (row) => row.id));
}

/** Each benefit's matrix rows, lowest tier first. */
export function createBenefitAllowancesLoader(db: Database) {
  return new DataLoader<string, TierBenefitRow[]>(async (ids) =>
    manyByKey(ids, await findAllowancesOfBenefits(db, ids), (row) => row.benefitId),
  );
}

/** Each tier's matrix rows, by the benefit's layer then name; empty for an unknown tier. */
export function createTierAllowancesLoader(db: Database) {
  return new DataLoader<string, TierBenefitRow[]>(async (ids) =>
    manyByKey(ids, await findAllowancesOfTiers(db, ids), (row) => row.tierId),
  );
}

/** Each partner's provided benefits, by name; empty for a partner providing none. */
export function createPartnerBenefitsLoader(db: Database) {
  return new DataLoader<string, BenefitRow[]>(async (ids) =>
    manyByKey(ids, await findBenefitsOfProviders(db, ids), (row) => row.providerPartnerId),
  );
}

/** Services by id; null for an id that names none. */
export function createServiceLoader(db: Database) {
  return new DataLoader<string, ServiceRow | null>(async (ids) => oneByKey(ids, await findServices(db, ids), (row) => row.id));
}

/** Each partner's delivered services, by name; empty for a partner delivering none. */
export function createPartnerServicesLoader(db: Database) {
  return new DataLoader<string, ServiceRow[]>(async (ids) =>
    manyByKey(ids, await findServicesOfProviders(db, ids), (row) => row.providerPartnerId),
  );
}

/** Redemptions by id; null for an id that names none. */
export function createRedemptionLoader(db: Database) {
  return new DataLoader<string, RedemptionRow | null>(async (ids) =>
    oneByKey(ids, await findRedemptions(db, ids), (row) => row.id),
  );
}

/** Service orders by id; null for an id that names none. */
export function createServiceOrderLoader(db: Database) {
  return new DataLoader<string, ServiceOrderRow | null>(async (ids) =>
    oneByKey(ids, await findServiceOrders(db, ids), (row) => row.id),
  );
}

/**
 * Each member's newest `first` redemptions, newest first, in one statement
 * for all members. The redemptions are read with their benefits, which prime
 * `benefits`: a redemption's benefit then costs no statement of its own.
 */
export function createMemberRedemptionsLoader(db: Database, benefits: DataLoader<string, BenefitRow | null>) {
  return createRecentOfMemberLoader(async (memberIds, limit) => {
    const rows = await findRecentRedemptionsWithBenefitsOfMembers(db, memberIds, limit);
    for (const { benefit } of rows) benefits.prime(benefit.id, benefit);
    return rows.map((row) => row.redemption);
  });
}

/** Each member's newest `first` service orders, newest first, in one statement for all members. */
export function createMemberServiceOrdersLoader(db: Database) {
  return createRecentOfMemberLoader((memberIds, limit) => findRecentServiceOrdersOfMembers(db, memberIds, limit));
}

/** The benefits subgraph's loaders for one request. */
export const benefitLoaders = requestScoped(({ db }) => {
  const benefit = createBenefitLoader(db);
  return {
    benefit,
    benefitAllowances: createBenefitAllowancesLoader(db),
    tierAllowances: createTierAllowancesLoader(db),
    partnerBenefits: createPartnerBenefitsLoader(db),
    service: createServiceLoader(db),
    partnerServices: createPartnerServicesLoader(db),
    redemption: createRedemptionLoader(db),
    serviceOrder: createServiceOrderLoader(db),
    memberRedemptions: createMemberRedemptionsLoader(db, benefit),
    memberServiceOrders: createMemberServiceOrdersLoader(db),
  };
});
