import type { benefits, services, tierBenefits } from '../benefits/data/tables.js';
import { benefitCatalogue, serviceCatalogue, type BenefitEntry, type ServiceEntry } from './catalogue/benefits.js';
import { tierCatalogue } from './catalogue/tiers.js';
import type { PartnerSet } from './generatePartners.js';
import { Random } from './random.js';

export type BenefitInsert = typeof benefits.$inferInsert;
export type TierBenefitInsert = typeof tierBenefits.$inferInsert;
export type ServiceInsert = typeof services.$inferInsert;

export interface BenefitPlan {
  id: string;
  entry: BenefitEntry;
  providerPartnerId: string | null;
}

export interface ServicePlan {
  id: string;
  entry: ServiceEntry;
  priceMinor: number;
}

export interface BenefitsCatalogue {
  benefits: BenefitPlan[];
  services: ServicePlan[];
  benefitRows: BenefitInsert[];
  tierBenefitRows: TierBenefitInsert[];
  serviceRows: ServiceInsert[];
}

function providerId(partners: PartnerSet, key: string | null): string | null {
  if (key === null) return null;
  const partner = partners.byKey.get(key);
  if (!partner) throw new Error(`The benefit catalogue names an unknown partner ${key}`);
  return partner.row.id;
}

/** The benefit catalogue with its tier matrix, and the value-added services. */
export function generateBenefitsCatalogue(seed: number, partners: PartnerSet): BenefitsCatalogue {
  const random = Random.of(seed, 'benefits');
  const benefitPlans = benefitCatalogue.map((entry) => ({
    id: random.uuid(),
    entry,
    providerPartnerId: providerId(partners, entry.provider),
  }));
  const servicePlans = serviceCatalogue.map((entry) => ({
    id: random.uuid(),
    entry,
    priceMinor: entry.priceYuan * 100,
  }));

  return {
    benefits: benefitPlans,
    services: servicePlans,
    benefitRows: benefitPlans.map((plan) => ({
      id: plan.id,
      name: plan.entry.name,
      description: plan.entry.description,
      layer: plan.entry.layer,
      providerPartnerId: plan.providerPartnerId,
      pointsCost: plan.entry.pointsCost,
    })),
    tierBenefitRows: benefitPlans.flatMap((plan) =>
      plan.entry.matrix.flatMap((cell, tierIndex) =>
        cell === null ? [] : [{ tierId: tierCatalogue[tierIndex]!.id, benefitId: plan.id, allowance: cell.allowance, period: cell.period }],
      ),
    ),
    serviceRows: servicePlans.map((plan) => ({
      id: plan.id,
      name: plan.entry.name,
      description: plan.entry.description,
      kind: plan.entry.kind,
      priceMinor: plan.priceMinor,
      currency: 'CNY',
      providerPartnerId: providerId(partners, plan.entry.provider),
    })),
  };
}
