/** The benefit catalogue, its tier matrix, and the value-added services members buy. */

export type BenefitLayer = 'BASIC' | 'VALUE_ADDED' | 'EXCLUSIVE';
export type AllowancePeriod = 'MONTH' | 'YEAR' | 'UNLIMITED';
export type ServiceKind = 'MODIFICATION' | 'INSURANCE' | 'DRIVER_TRAINING' | 'CONCIERGE' | 'DETAILING' | 'TRAVEL';

/** One cell of the matrix; null: the tier does not get the benefit. */
export type AllowanceCell = { allowance: number | null; period: AllowancePeriod } | null;

export interface BenefitEntry {
  key: string;
  name: string;
  description: string;
  layer: BenefitLayer;
  /** The partner (by catalogue key) whose offer became this benefit; null when the club provides it. */
  provider: string | null;
  /** Points a redemption costs on top of the allowance; 0 for most. */
  pointsCost: number;
  /** How often members who may use it do, relative to the others. */
  popularity: number;
  /** Bronze, Silver, Gold, Platinum, Diamond. */
  matrix: readonly [AllowanceCell, AllowanceCell, AllowanceCell, AllowanceCell, AllowanceCell];
}

const perMonth = (allowance: number): AllowanceCell => ({ allowance, period: 'MONTH' });
const perYear = (allowance: number): AllowanceCell => ({ allowance, period: 'YEAR' });
const unlimited: AllowanceCell = { allowance: null, period: 'UNLIMITED' };
const none: AllowanceCell = null;

/** Higher tiers get more benefits, and more often. */
export const benefitCatalogue: readonly BenefitEntry[] = [
  // Basic: everyday car care
  { key: 'maintenance', name: 'Maintenance discount', description: '15% off scheduled maintenance at the club\'s partner workshops.', layer: 'BASIC', provider: null, pointsCost: 0, popularity: 6, matrix: [unlimited, unlimited, unlimited, unlimited, unlimited] },
  { key: 'carwash', name: 'Hand car wash', description: 'A hand wash and interior vacuum at partner detailers.', layer: 'BASIC', provider: null, pointsCost: 0, popularity: 10, matrix: [perMonth(1), perMonth(2), perMonth(4), perMonth(6), unlimited] },
  { key: 'safetycheck', name: 'Seasonal safety check', description: 'A 30-point check of brakes, tyres, lights and fluids before summer and winter.', layer: 'BASIC', provider: null, pointsCost: 0, popularity: 3, matrix: [perYear(1), perYear(2), perYear(2), perYear(4), perYear(4)] },
  { key: 'roadside', name: 'Roadside assistance', description: 'Towing, jump starts and tyre changes anywhere in mainland China, day and night.', layer: 'BASIC', provider: 'pingan', pointsCost: 0, popularity: 1, matrix: [perYear(2), perYear(3), perYear(4), unlimited, unlimited] },
  { key: 'tyrehotel', name: 'Tyre hotel', description: 'Storage of a set of seasonal tyres, with the swap included.', layer: 'BASIC', provider: null, pointsCost: 0, popularity: 1, matrix: [none, perYear(1), perYear(2), perYear(2), perYear(2)] },
  { key: 'inspection', name: 'Annual inspection pick-up', description: 'The car is collected, taken through its annual inspection and returned.', layer: 'BASIC', provider: null, pointsCost: 0, popularity: 1, matrix: [none, perYear(1), perYear(1), perYear(1), perYear(1)] },
  // Value-added
  { key: 'lounge', name: 'Airport lounge access', description: 'Entry to more than 1,000 airport lounges for the member and one guest.', layer: 'VALUE_ADDED', provider: 'dragonpass', pointsCost: 0, popularity: 4, matrix: [none, perYear(2), perYear(6), perYear(12), unlimited] },
  { key: 'valet', name: 'Airport valet parking', description: 'Valet parking and a car wash at major airports while the member travels.', layer: 'VALUE_ADDED', provider: null, pointsCost: 0, popularity: 2, matrix: [none, none, perYear(4), perYear(8), perMonth(2)] },
  { key: 'drivertraining', name: 'Advanced driver training', description: 'A coached day at Porsche Experience Center Shanghai.', layer: 'VALUE_ADDED', provider: 'porsche', pointsCost: 0, popularity: 1, matrix: [none, none, perYear(1), perYear(2), perYear(4)] },
  { key: 'concierge', name: 'Personal concierge', description: 'A concierge who books restaurants, tickets and travel on the member\'s behalf.', layer: 'VALUE_ADDED', provider: null, pointsCost: 0, popularity: 2, matrix: [none, none, none, perMonth(2), unlimited] },
  { key: 'hotelupgrade', name: 'Hotel suite upgrade', description: 'An upgrade to a suite at Shangri-La hotels, subject to availability.', layer: 'VALUE_ADDED', provider: 'shangrila', pointsCost: 0, popularity: 1, matrix: [none, none, perYear(1), perYear(3), perYear(6)] },
  { key: 'cardfee', name: 'Co-branded card fee waiver', description: 'No annual fee on the club\'s co-branded credit card.', layer: 'VALUE_ADDED', provider: 'cmb', pointsCost: 0, popularity: 1, matrix: [none, perYear(1), perYear(1), perYear(1), perYear(1)] },
  { key: 'claimfasttrack', name: 'Insurance claim fast-track', description: 'A dedicated adjuster and a courtesy car while a claim is settled.', layer: 'VALUE_ADDED', provider: 'cpic', pointsCost: 0, popularity: 0.5, matrix: [none, none, unlimited, unlimited, unlimited] },
  { key: 'chauffeur', name: 'Chauffeur service', description: 'A chauffeur for an evening or an airport run, in the member\'s own car.', layer: 'VALUE_ADDED', provider: null, pointsCost: 800, popularity: 1, matrix: [none, none, none, perYear(4), perMonth(2)] },
  { key: 'boutique', name: 'Private boutique evening', description: 'An evening of private shopping for the member and guests at a Montblanc boutique.', layer: 'VALUE_ADDED', provider: 'montblanc', pointsCost: 0, popularity: 0.5, matrix: [none, none, perYear(1), perYear(2), perYear(4)] },
  // Exclusive
  { key: 'firstdrivemb', name: 'First drive of new Mercedes-Benz models', description: 'A first drive of new Mercedes-Benz models before their launch.', layer: 'EXCLUSIVE', provider: 'mercedes', pointsCost: 0, popularity: 1, matrix: [none, none, none, perYear(1), perYear(3)] },
  { key: 'firstdrivenio', name: 'First drive of new NIO models', description: 'A weekend with a NIO model before it reaches the showrooms.', layer: 'EXCLUSIVE', provider: 'nio', pointsCost: 0, popularity: 1, matrix: [none, none, perYear(1), perYear(2), perYear(3)] },
  { key: 'privatetrack', name: 'Private track day', description: 'A day on a closed circuit with instructors, for the member\'s own car.', layer: 'EXCLUSIVE', provider: null, pointsCost: 3000, popularity: 1, matrix: [none, none, none, perYear(1), perYear(2)] },
  { key: 'factoryvisit', name: 'Lotus factory visit', description: 'A guided visit of the Lotus factory in Wuhan, with a drive on its test track.', layer: 'EXCLUSIVE', provider: 'lotus', pointsCost: 0, popularity: 0.5, matrix: [none, none, none, perYear(1), perYear(1)] },
  { key: 'chefstable', name: 'Chef\'s table dinner', description: 'A chef\'s table dinner for two at an Aman resort.', layer: 'EXCLUSIVE', provider: 'aman', pointsCost: 1500, popularity: 0.5, matrix: [none, none, none, none, perYear(2)] },
];

export interface ServiceEntry {
  name: string;
  description: string;
  kind: ServiceKind;
  /** The list price in yuan. */
  priceYuan: number;
  provider: string | null;
  popularity: number;
}

export const serviceCatalogue: readonly ServiceEntry[] = [
  { name: 'Forged wheel upgrade', description: 'A set of forged wheels, fitted and balanced.', kind: 'MODIFICATION', priceYuan: 18_000, provider: null, popularity: 2 },
  { name: 'Performance exhaust fitting', description: 'A titanium performance exhaust, fitted and certified.', kind: 'MODIFICATION', priceYuan: 26_000, provider: null, popularity: 1 },
  { name: 'Suspension tuning', description: 'Coilovers fitted and set up for road and track.', kind: 'MODIFICATION', priceYuan: 12_000, provider: null, popularity: 1 },
  { name: 'Premium motor insurance', description: 'Comprehensive cover with agreed value and original parts.', kind: 'INSURANCE', priceYuan: 15_800, provider: 'pingan', popularity: 5 },
  { name: 'Extended warranty, two years', description: 'Two more years of manufacturer-grade warranty.', kind: 'INSURANCE', priceYuan: 9_800, provider: 'cpic', popularity: 3 },
  { name: 'Tyre and wheel cover', description: 'Repair or replacement of damaged tyres and wheels for a year.', kind: 'INSURANCE', priceYuan: 1_680, provider: 'allianz', popularity: 3 },
  { name: 'Track driving course', description: 'A two-day track course with a coach at Porsche Experience Center Shanghai.', kind: 'DRIVER_TRAINING', priceYuan: 6_800, provider: 'porsche', popularity: 2 },
  { name: 'Ice and snow driving course, Yakeshi', description: 'Three days of winter driving on frozen lakes in Inner Mongolia.', kind: 'DRIVER_TRAINING', priceYuan: 12_800, provider: null, popularity: 1 },
  { name: 'Defensive driving for families', description: 'A day of defensive driving for the member and family.', kind: 'DRIVER_TRAINING', priceYuan: 2_800, provider: null, popularity: 1 },
  { name: 'Annual inspection handling', description: 'Collection, inspection and return, beyond the member\'s allowance.', kind: 'CONCIERGE', priceYuan: 480, provider: null, popularity: 3 },
  { name: 'Car shipping between cities', description: 'Enclosed transport of the car to another city.', kind: 'CONCIERGE', priceYuan: 4_500, provider: null, popularity: 1 },
  { name: 'Airport chauffeur transfer', description: 'A chauffeured transfer to or from the airport.', kind: 'CONCIERGE', priceYuan: 680, provider: null, popularity: 2 },
  { name: 'Ceramic coating', description: 'Paint correction and a five-year ceramic coating.', kind: 'DETAILING', priceYuan: 6_800, provider: null, popularity: 4 },
  { name: 'Paint protection film, full body', description: 'Self-healing film over the whole body.', kind: 'DETAILING', priceYuan: 16_800, provider: null, popularity: 3 },
  { name: 'Interior deep clean', description: 'Leather treatment and a steam clean of the interior.', kind: 'DETAILING', priceYuan: 1_280, provider: null, popularity: 4 },
  { name: 'Self-drive tour: Sichuan-Tibet G318', description: 'Twelve days from Chengdu to Lhasa with a support car and hotels.', kind: 'TRAVEL', priceYuan: 26_800, provider: null, popularity: 1 },
  { name: 'Hokkaido winter self-drive', description: 'Eight days of winter driving in Hokkaido with hotels and a guide.', kind: 'TRAVEL', priceYuan: 32_000, provider: 'tripcom', popularity: 0.5 },
  { name: 'Le Mans 24 Hours hospitality trip', description: 'Flights, hotel and paddock hospitality at the Le Mans 24 Hours.', kind: 'TRAVEL', priceYuan: 68_000, provider: null, popularity: 0.3 },
];
