/** The brands the club's members drive and the models sold in China under them. */

export type CarBrand =
  | 'MERCEDES_BENZ'
  | 'BMW'
  | 'AUDI'
  | 'PORSCHE'
  | 'TESLA'
  | 'NIO'
  | 'LI_AUTO'
  | 'ZEEKR'
  | 'LOTUS';

export type Powertrain = 'PETROL' | 'HYBRID' | 'EV';

export interface CarModelEntry {
  name: string;
  powertrain: Powertrain;
  /** First and last model year on sale; null while it still is. */
  from: number;
  until: number | null;
  /** How common the model is within its brand. */
  weight: number;
}

export interface CarBrandEntry {
  brand: CarBrand;
  /** The brand as people write it, for event titles. */
  label: string;
  /** Share of the club's cars. */
  weight: number;
  models: readonly CarModelEntry[];
}

const model = (name: string, powertrain: Powertrain, from: number, until: number | null, weight: number): CarModelEntry => ({
  name,
  powertrain,
  from,
  until,
  weight,
});

/**
 * HYBRID here means a plug-in or range-extended car, which China registers
 * with a green new-energy plate; mild hybrids count as PETROL.
 */
export const carCatalogue: readonly CarBrandEntry[] = [
  {
    brand: 'MERCEDES_BENZ',
    label: 'Mercedes-Benz',
    weight: 20,
    models: [
      model('E 300 L', 'PETROL', 2017, null, 10),
      model('C 260 L', 'PETROL', 2018, null, 6),
      model('S 450 L', 'PETROL', 2018, null, 6),
      model('GLE 450', 'PETROL', 2019, null, 5),
      model('GLS 450', 'PETROL', 2020, null, 3),
      model('G 500', 'PETROL', 2018, null, 2),
      model('Maybach S 480', 'PETROL', 2021, null, 2),
      model('AMG GT 63', 'PETROL', 2019, null, 1),
      model('E 350 e L', 'HYBRID', 2020, null, 3),
      model('EQE 350', 'EV', 2022, null, 3),
      model('EQS 450+', 'EV', 2022, null, 2),
      model('EQE SUV 500', 'EV', 2023, null, 2),
    ],
  },
  {
    brand: 'BMW',
    label: 'BMW',
    weight: 19,
    models: [
      model('530Li', 'PETROL', 2018, null, 10),
      model('740Li', 'PETROL', 2018, null, 4),
      model('X5 xDrive40Li', 'PETROL', 2022, null, 6),
      model('X7 xDrive40i', 'PETROL', 2019, null, 3),
      model('M4 Competition', 'PETROL', 2021, null, 2),
      model('530Le', 'HYBRID', 2018, 2023, 3),
      model('M5', 'HYBRID', 2025, null, 1),
      model('iX3', 'EV', 2021, 2025, 3),
      model('i5 eDrive40', 'EV', 2024, null, 3),
      model('iX xDrive50', 'EV', 2022, null, 2),
      model('i7 xDrive60', 'EV', 2023, null, 2),
    ],
  },
  {
    brand: 'AUDI',
    label: 'Audi',
    weight: 14,
    models: [
      model('A6L 45 TFSI', 'PETROL', 2019, null, 10),
      model('A8L 55 TFSI', 'PETROL', 2018, null, 3),
      model('Q5L 40 TFSI', 'PETROL', 2018, null, 6),
      model('Q7 55 TFSI', 'PETROL', 2019, null, 3),
      model('Q8 55 TFSI', 'PETROL', 2019, null, 2),
      model('A7L 55 TFSI', 'PETROL', 2022, null, 2),
      model('RS 6 Avant', 'PETROL', 2020, null, 1),
      model('e-tron GT', 'EV', 2021, null, 2),
      model('Q8 e-tron', 'EV', 2023, null, 2),
      model('A6L e-tron', 'EV', 2025, null, 2),
    ],
  },
  {
    brand: 'PORSCHE',
    label: 'Porsche',
    weight: 12,
    models: [
      model('Cayenne', 'PETROL', 2018, null, 8),
      model('Cayenne E-Hybrid', 'HYBRID', 2019, null, 3),
      model('Macan', 'PETROL', 2018, 2025, 7),
      model('Macan 4 Electric', 'EV', 2024, null, 3),
      model('Panamera 4', 'PETROL', 2017, null, 4),
      model('Panamera 4 E-Hybrid', 'HYBRID', 2018, null, 2),
      model('911 Carrera S', 'PETROL', 2019, null, 4),
      model('911 GT3', 'PETROL', 2021, null, 1),
      model('718 Cayman GTS 4.0', 'PETROL', 2020, null, 2),
      model('Taycan 4S', 'EV', 2020, null, 4),
      model('Taycan Turbo S', 'EV', 2020, null, 1),
    ],
  },
  {
    brand: 'TESLA',
    label: 'Tesla',
    weight: 10,
    models: [
      model('Model 3', 'EV', 2019, null, 8),
      model('Model Y', 'EV', 2021, null, 10),
      model('Model S Plaid', 'EV', 2021, null, 2),
      model('Model X Plaid', 'EV', 2021, null, 2),
    ],
  },
  {
    brand: 'NIO',
    label: 'NIO',
    weight: 9,
    models: [
      model('ES8', 'EV', 2018, null, 3),
      model('ES6', 'EV', 2019, null, 5),
      model('EC6', 'EV', 2020, null, 2),
      model('ET7', 'EV', 2022, null, 4),
      model('ET5', 'EV', 2022, null, 5),
      model('ET5T', 'EV', 2023, null, 3),
      model('ET9', 'EV', 2025, null, 1),
    ],
  },
  {
    brand: 'LI_AUTO',
    label: 'Li Auto',
    weight: 8,
    models: [
      model('ONE', 'HYBRID', 2019, 2022, 2),
      model('L9', 'HYBRID', 2022, null, 5),
      model('L8', 'HYBRID', 2022, null, 3),
      model('L7', 'HYBRID', 2023, null, 5),
      model('L6', 'HYBRID', 2024, null, 4),
      model('MEGA', 'EV', 2024, null, 1),
      model('i8', 'EV', 2025, null, 1),
    ],
  },
  {
    brand: 'ZEEKR',
    label: 'Zeekr',
    weight: 5,
    models: [
      model('001', 'EV', 2021, null, 6),
      model('009', 'EV', 2022, null, 3),
      model('X', 'EV', 2023, null, 2),
      model('007', 'EV', 2024, null, 4),
      model('7X', 'EV', 2024, null, 3),
    ],
  },
  {
    brand: 'LOTUS',
    label: 'Lotus',
    weight: 3,
    models: [
      model('Emira', 'PETROL', 2022, null, 3),
      model('Evora GT', 'PETROL', 2020, 2022, 1),
      model('Eletre', 'EV', 2023, null, 4),
      model('Emeya', 'EV', 2024, null, 2),
    ],
  },
];

/** Letters used on Chinese plates: I and O are left out to avoid confusion with 1 and 0. */
export const plateLetters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
