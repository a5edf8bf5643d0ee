import { gracePeriodDays, lapseToChurnDays } from './policy.js';

/**
 * The reasons the lifecycle records with the status changes it makes by
 * rule; staff give their own for suspensions and the like. The seed writes
 * the same words, so a seeded history reads like one the API recorded.
 */
export const lifecycleReasons = {
  applied: 'Applied for membership',
  admitted: (feePlanId: string) => `Admitted on the ${feePlanId} fee plan`,
  renewedAfterLapse: 'Renewed after the lapse',
  reinstated: 'Suspension lifted',
  left: 'Left the club',
  lapsed: `Dues unpaid ${gracePeriodDays} days after they fell due`,
  churned: `Lapsed for ${lapseToChurnDays} days`,
} as const;
