/** The brands and businesses the club works with. */

export type PartnerKind = 'CAR_MAKER' | 'LUXURY_BRAND' | 'FINANCIAL' | 'TRAVEL_HOSPITALITY' | 'LOCAL_SERVICE';

export interface PartnerEntry {
  key: string;
  name: string;
  kind: PartnerKind;
  website: string | null;
  partnerSince: string;
  /** For a car maker, the brand it makes, to match launches to sponsors. */
  carBrand?: string;
  /** Offers the partner made that the club did not (or not yet) turn into benefits. */
  offers: readonly { title: string; description: string }[];
}

const offer = (title: string, description: string) => ({ title, description });

export const nationalPartnerCatalogue: readonly PartnerEntry[] = [
  // Car makers
  { key: 'mercedes', name: 'Mercedes-Benz China', kind: 'CAR_MAKER', website: 'https://www.mercedes-benz.com.cn', partnerSince: '2019-03-01', carBrand: 'MERCEDES_BENZ', offers: [offer('AMG Driving Academy places', 'Reserved places at AMG Driving Academy courses for club members.')] },
  { key: 'bmw', name: 'BMW China', kind: 'CAR_MAKER', website: 'https://www.bmw.com.cn', partnerSince: '2019-06-01', carBrand: 'BMW', offers: [offer('BMW Driving Experience discount', '20% off BMW Driving Experience courses.'), offer('Original accessories discount', '15% off original BMW accessories at partner dealers.')] },
  { key: 'audi', name: 'Audi China', kind: 'CAR_MAKER', website: 'https://www.audi.cn', partnerSince: '2020-01-15', carBrand: 'AUDI', offers: [offer('Audi Sport experience day', 'Invitations to Audi Sport track experience days.')] },
  { key: 'porsche', name: 'Porsche China', kind: 'CAR_MAKER', website: 'https://www.porsche.com/china/', partnerSince: '2018-09-01', carBrand: 'PORSCHE', offers: [offer('Porsche Experience Center coaching', 'A coached session at Porsche Experience Center Shanghai.')] },
  { key: 'tesla', name: 'Tesla China', kind: 'CAR_MAKER', website: 'https://www.tesla.cn', partnerSince: '2021-04-01', carBrand: 'TESLA', offers: [offer('Supercharging credit', 'Supercharging credit for members who refer a buyer.')] },
  { key: 'nio', name: 'NIO', kind: 'CAR_MAKER', website: 'https://www.nio.cn', partnerSince: '2021-08-01', carBrand: 'NIO', offers: [offer('NIO House access', 'Member access to NIO House lounges in every chapter city.')] },
  { key: 'liauto', name: 'Li Auto', kind: 'CAR_MAKER', website: 'https://www.lixiang.com', partnerSince: '2022-05-01', carBrand: 'LI_AUTO', offers: [offer('Family road trip kit', 'A camping and road trip kit for Li Auto owners.')] },
  { key: 'zeekr', name: 'Zeekr', kind: 'CAR_MAKER', website: 'https://www.zeekrlife.com', partnerSince: '2023-03-01', carBrand: 'ZEEKR', offers: [offer('Zeekr Power charging credit', 'Charging credit at Zeekr Power stations.')] },
  { key: 'lotus', name: 'Lotus', kind: 'CAR_MAKER', website: 'https://www.lotuscars.com', partnerSince: '2023-06-01', carBrand: 'LOTUS', offers: [] },
  // Luxury and lifestyle brands
  { key: 'montblanc', name: 'Montblanc', kind: 'LUXURY_BRAND', website: 'https://www.montblanc.com', partnerSince: '2021-05-01', offers: [] },
  { key: 'tagheuer', name: 'TAG Heuer', kind: 'LUXURY_BRAND', website: 'https://www.tagheuer.com', partnerSince: '2020-09-01', offers: [offer('Motorsport chronograph preview', 'Private previews of new motorsport chronographs.')] },
  { key: 'omega', name: 'Omega', kind: 'LUXURY_BRAND', website: 'https://www.omegawatches.cn', partnerSince: '2022-03-01', offers: [offer('Watch servicing discount', '10% off servicing at Omega boutiques.')] },
  { key: 'hermes', name: 'Hermès', kind: 'LUXURY_BRAND', website: 'https://www.hermes.cn', partnerSince: '2023-01-01', offers: [offer('Saddlery workshop', 'A leather-craft workshop for Diamond members.')] },
  { key: 'louisvuitton', name: 'Louis Vuitton', kind: 'LUXURY_BRAND', website: 'https://www.louisvuitton.cn', partnerSince: '2022-10-01', offers: [offer('Travel trunk personalisation', 'Free personalisation of travel trunks.')] },
  { key: 'moet', name: 'Moët & Chandon', kind: 'LUXURY_BRAND', website: 'https://www.moet.com', partnerSince: '2021-11-01', offers: [offer('Podium champagne for track days', 'Champagne for track-day podiums.')] },
  { key: 'bangolufsen', name: 'Bang & Olufsen', kind: 'LUXURY_BRAND', website: 'https://www.bang-olufsen.com', partnerSince: '2022-06-01', offers: [offer('Listening room evenings', 'Private listening-room evenings at flagship stores.')] },
  { key: 'cartier', name: 'Cartier', kind: 'LUXURY_BRAND', website: 'https://www.cartier.cn', partnerSince: '2023-04-01', offers: [offer('Concours d\'Elegance invitations', 'Invitations to the Cartier concours weekend.')] },
  { key: 'rimowa', name: 'Rimowa', kind: 'LUXURY_BRAND', website: 'https://www.rimowa.com', partnerSince: '2022-01-01', offers: [offer('Luggage care service', 'Free luggage care at Rimowa stores.')] },
  { key: 'dunhill', name: 'Dunhill', kind: 'LUXURY_BRAND', website: 'https://www.dunhill.com', partnerSince: '2024-02-01', offers: [offer('Driving gloves fitting', 'Made-to-measure driving gloves at a member price.')] },
  // Banks and insurers
  { key: 'cmb', name: 'China Merchants Bank', kind: 'FINANCIAL', website: 'https://www.cmbchina.com', partnerSince: '2019-01-01', offers: [offer('Co-branded card cashback on fuel and charging', '5% cashback on fuel and charging with the co-branded card.')] },
  { key: 'boc', name: 'Bank of China', kind: 'FINANCIAL', website: 'https://www.boc.cn', partnerSince: '2021-01-01', offers: [offer('Car loan rate discount', 'A lower rate on new car loans.')] },
  { key: 'icbc', name: 'ICBC', kind: 'FINANCIAL', website: 'https://www.icbc.com.cn', partnerSince: '2022-07-01', offers: [offer('Private banking events', 'Invitations to private banking salons.')] },
  { key: 'hsbc', name: 'HSBC China', kind: 'FINANCIAL', website: 'https://www.hsbc.com.cn', partnerSince: '2020-04-01', offers: [offer('Premier welcome offer', 'A welcome gift for members opening a Premier account.')] },
  { key: 'ccb', name: 'China Construction Bank', kind: 'FINANCIAL', website: 'https://www.ccb.com', partnerSince: '2023-05-01', offers: [] },
  { key: 'pingan', name: 'Ping An Insurance', kind: 'FINANCIAL', website: 'https://www.pingan.com', partnerSince: '2018-11-01', offers: [offer('Renewal discount for claim-free years', 'An extra 5% off renewal after a claim-free year.')] },
  { key: 'cpic', name: 'China Pacific Insurance', kind: 'FINANCIAL', website: 'https://www.cpic.com.cn', partnerSince: '2020-08-01', offers: [] },
  { key: 'allianz', name: 'Allianz China', kind: 'FINANCIAL', website: 'https://www.allianz.com.cn', partnerSince: '2023-09-01', offers: [offer('Track-day insurance', 'Insurance cover for club track days.')] },
  // Travel and hospitality
  { key: 'dragonpass', name: 'DragonPass', kind: 'TRAVEL_HOSPITALITY', website: 'https://www.dragonpass.com.cn', partnerSince: '2020-02-01', offers: [] },
  { key: 'shangrila', name: 'Shangri-La Hotels and Resorts', kind: 'TRAVEL_HOSPITALITY', website: 'https://www.shangri-la.com', partnerSince: '2019-07-01', offers: [offer('Weekend self-drive package', 'Two nights with breakfast and valet parking at resort hotels.')] },
  { key: 'aman', name: 'Aman', kind: 'TRAVEL_HOSPITALITY', website: 'https://www.aman.com', partnerSince: '2022-09-01', offers: [] },
  { key: 'banyantree', name: 'Banyan Tree', kind: 'TRAVEL_HOSPITALITY', website: 'https://www.banyantree.com', partnerSince: '2021-03-01', offers: [offer('Road trip stopover rates', 'Member rates at Banyan Tree resorts on club road trips.')] },
  { key: 'marriott', name: 'Marriott Bonvoy', kind: 'TRAVEL_HOSPITALITY', website: 'https://www.marriott.com.cn', partnerSince: '2020-10-01', offers: [offer('Elite status match', 'Gold Elite status for Platinum and Diamond members.')] },
  { key: 'hilton', name: 'Hilton', kind: 'TRAVEL_HOSPITALITY', website: 'https://www.hilton.com.cn', partnerSince: '2022-02-01', offers: [offer('Meeting room for chapter salons', 'Discounted meeting rooms for chapter salons.')] },
  { key: 'airchina', name: 'Air China', kind: 'TRAVEL_HOSPITALITY', website: 'https://www.airchina.com.cn', partnerSince: '2021-06-01', offers: [offer('Bonus miles on club trips', 'Bonus PhoenixMiles on flights to club events abroad.')] },
  { key: 'chinaeastern', name: 'China Eastern Airlines', kind: 'TRAVEL_HOSPITALITY', website: 'https://www.ceair.com', partnerSince: '2022-04-01', offers: [offer('Upgrade vouchers', 'Upgrade vouchers for Diamond members.')] },
  { key: 'tripcom', name: 'Trip.com', kind: 'TRAVEL_HOSPITALITY', website: 'https://www.trip.com', partnerSince: '2020-06-01', offers: [offer('Self-drive rental discount', '10% off self-drive car rentals abroad.')] },
];

/** Kinds of local shop and how their names read; the chapter's district goes first. */
export const localServiceKinds: readonly { suffix: string; offer: { title: string; description: string } }[] = [
  { suffix: 'Detailing Studio', offer: offer('Member detailing price', '20% off detailing packages.') },
  { suffix: 'Tyre & Alignment', offer: offer('Free alignment check', 'A free wheel alignment check with every tyre change.') },
  { suffix: 'Performance Garage', offer: offer('Free pre-track inspection', 'A free inspection before a club track day.') },
  { suffix: 'Auto Wrap Works', offer: offer('Paint protection film discount', '15% off paint protection film.') },
  { suffix: 'EV Service Centre', offer: offer('Battery health check', 'A free battery health report.') },
  { suffix: 'Body & Paint Centre', offer: offer('Courtesy car', 'A courtesy car during body repairs.') },
];
