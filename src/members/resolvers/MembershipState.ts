import type { MembershipStateResolvers } from '../generated/resolvers.js';
import { addDays, chinaMidnight } from '../lifecycle/clubCalendar.js';
import { stageBefore } from '../lifecycle/stages.js';
import { memberLoaders } from '../loaders.js';

/**
 * A member at the end of a day (China time), from the facts: reached
 * through Member.stateOn, which checks access. Batched per day across
 * members.
 */
export const MembershipState: MembershipStateResolvers = {
  /** The latest status change by the end of the day; null before the member was reached. */
  status: async (state, _args, context) => {
    const change = await memberLoaders(context).statusOn.load({ memberId: state.member.id, date: state.date });
    return change?.toStatus ?? null;
  },

  /** The furthest stage reached by the end of the day; null before the member was reached. No SQL. */
  lifecycleStage: (state) => stageBefore(state.member, chinaMidnight(addDays(state.date, 1))),

  /** The term covering the day, or null. */
  term: (state, _args, context) => memberLoaders(context).termOn.load({ memberId: state.member.id, date: state.date }),
};
