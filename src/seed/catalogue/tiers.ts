/** The club's tiers and fee plans, as the loyalty subgraph defines them. */
export {
  feePlanCatalogue,
  tierCatalogue,
  type FeePlanCode,
  type FeePlanEntry,
  type TierCode,
  type TierEntry,
} from '../../loyalty/rules/clubTiers.js';
