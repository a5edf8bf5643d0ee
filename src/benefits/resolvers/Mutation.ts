import { applyOnce } from '../../core/idempotency/applyOnce.js';
import { toUuid } from '../../core/ids.js';
import { invariant } from '../../core/invariant.js';
import { assertActsForMember } from '../access.js';
import { redeemBenefit } from '../commands/redeemBenefit.js';
import { idempotencyKeys } from '../data/tables.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { benefitLoaders } from '../loaders.js';

/**
 * The benefits subgraph's mutations. Each runs in one transaction with its
 * domain events and its idempotency key; the answer stored for a key is the
 * id of what changed, reloaded after commit.
 */
export const Mutation: MutationResolvers = {
  /**
   * Redeems one allowance of a benefit; the member themself or staff. Errors:
   * BAD_USER_INPUT for a malformed id, FORBIDDEN, NOT_FOUND, CONFLICT
   * ALLOWANCE_USED (see the schema).
   */
  redeemBenefit: async (_parent, args, context) => {
    const memberId = toUuid(args.memberId, 'memberId');
    const benefitId = toUuid(args.benefitId, 'benefitId');
    assertActsForMember(context.viewer, memberId, 'Mutation.redeemBenefit');

    const redemptionId = await context.db.transaction((tx) =>
      applyOnce(
        tx,
        idempotencyKeys,
        { key: args.idempotencyKey, viewer: context.viewer, operation: 'redeemBenefit', input: { memberId, benefitId } },
        async () => (await redeemBenefit(tx, { memberId, benefitId, now: new Date() })).id,
      ),
    );

    const redemption = await benefitLoaders(context).redemption.load(redemptionId);
    invariant(redemption, `Redemption ${redemptionId} was committed but cannot be read.`);
    return redemption;
  },
};
