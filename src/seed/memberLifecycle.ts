import type { tierChanges } from '../loyalty/data/tables.js';
import { tierCatalogue } from './catalogue/tiers.js';
import type { MemberInsert } from './generateMembers.js';
import type { Lifetime } from './planLifetime.js';

type TierChangeInsert = typeof tierChanges.$inferInsert;

/** What a member row says about the member's history, derived from it. */
export type MemberLifecycleFields = Pick<
  MemberInsert,
  'activatedAt' | 'retainedAt' | 'monetisedAt' | 'lifecycleStage' | 'tierCode' | 'tierEffectiveOn' | 'tierChangedAt'
>;

/**
 * The members subgraph's fields that follow from a seeded member's facts,
 * by the rules its event handlers and mutations apply: activated at the
 * first check-in or redemption, retained at the first renewal (the first
 * term ended as RENEWED), monetised at the first service order (a
 * cancellation later does not undo it), the furthest stage reached, and the
 * tier copy of the last tier change (recorded, like the benefits subgraph's
 * copy, at 00:00 China time of its effective day).
 */
export function memberLifecycleFields(facts: {
  lifetime: Lifetime;
  firstUseAt: number | null;
  firstOrderAt: number | null;
  lastTierChange: TierChangeInsert | undefined;
}): MemberLifecycleFields {
  const firstRenewal = facts.lifetime.terms.find((term) => term.outcome === 'RENEWED');
  const activatedAt = facts.firstUseAt === null ? null : new Date(facts.firstUseAt);
  const retainedAt = firstRenewal?.outcomeAt == null ? null : new Date(firstRenewal.outcomeAt);
  const monetisedAt = facts.firstOrderAt === null ? null : new Date(facts.firstOrderAt);
  const tier = facts.lastTierChange ? tierCatalogue.find((entry) => entry.id === facts.lastTierChange!.toTierId) : undefined;
  return {
    activatedAt,
    retainedAt,
    monetisedAt,
    lifecycleStage: monetisedAt ? 'MONETISED' : retainedAt ? 'RETAINED' : activatedAt ? 'ACTIVATED' : 'REACHED',
    tierCode: tier?.code ?? null,
    tierEffectiveOn: facts.lastTierChange?.effectiveOn ?? null,
    tierChangedAt: facts.lastTierChange ? new Date(`${facts.lastTierChange.effectiveOn}T00:00:00+08:00`) : null,
  };
}
