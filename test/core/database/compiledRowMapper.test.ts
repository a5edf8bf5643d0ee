import { asc, eq, sql } from 'drizzle-orm';
import { bigint, boolean, date, integer, jsonb, numeric, pgEnum, pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { equalsAny, preparedQuery } from '../../../src/core/database/preparedQuery.js';
import { openTestDatabase, type TestDatabase } from '../../support/testDatabase.js';

// Tables of this test's own, with a column of every kind whose driver value
// Drizzle decodes differently.
const schema = pgSchema('mapper_test');
const shade = pgEnum('shade', ['RED', 'BLUE']);
const owners = schema.table('owners', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
});
const cars = schema.table('cars', {
  id: uuid('id').primaryKey(),
  ownerId: uuid('owner_id'),
  seats: integer('seats').notNull(),
  mileage: bigint('mileage', { mode: 'number' }),
  price: numeric('price'),
  electric: boolean('electric').notNull(),
  shade: shade('shade'),
  builtOn: date('built_on'),
  soldAt: timestamp('sold_at', { withTimezone: true }),
  extras: jsonb('extras').$type<{ roof?: string }>(),
});

const ada = '00000000-0000-4000-8000-000000000001';
const ghost = '00000000-0000-4000-8000-00000000000f';
const coupe = '00000000-0000-4000-8000-0000000000a1';
const wagon = '00000000-0000-4000-8000-0000000000a2';

let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase();
  const { db } = database.handle;
  await db.execute(sql`create schema mapper_test`);
  await db.execute(sql`create type shade as enum ('RED', 'BLUE')`);
  await db.execute(sql`create table mapper_test.owners (id uuid primary key, name text not null)`);
  await db.execute(sql`create table mapper_test.cars (
    id uuid primary key, owner_id uuid, seats integer not null, mileage bigint, price numeric,
    electric boolean not null, shade shade, built_on date, sold_at timestamptz, extras jsonb)`);
  await db.insert(owners).values({ id: ada, name: 'Ada' });
  await db.insert(cars).values([
    {
      id: coupe,
      ownerId: ada,
      seats: 2,
      mileage: 12_345_678_901,
      price: '98000.50',
      electric: true,
      shade: 'RED',
      builtOn: '2021-03-04',
      soldAt: new Date('2024-10-18T00:59:48.125Z'),
      extras: { roof: 'glass' },
    },
    { id: wagon, ownerId: ghost, seats: 5, mileage: null, price: null, electric: false, shade: null, builtOn: null, soldAt: null, extras: null },
  ]);
}, 60_000);

afterAll(async () => {
  await database.close();
});

const carsWithOwners = preparedQuery((db) =>
  db
    .select({ car: cars, owner: owners, seatsTwice: sql<number>`${cars.seats} * 2`.mapWith(Number) })
    .from(cars)
    .leftJoin(owners, eq(owners.id, cars.ownerId))
    .where(equalsAny(cars.id, 'ids'))
    .orderBy(asc(cars.id))
    .prepare('mapper_test_cars_with_owners'),
);

const plainCars = preparedQuery((db) =>
  db.select().from(cars).where(equalsAny(cars.id, 'ids')).orderBy(asc(cars.id)).prepare('mapper_test_plain_cars'),
);

describe('a prepared select maps its rows', () => {
  it('decodes every kind of column and nulls a left-joined table without a row', async () => {
    const rows = await carsWithOwners(database.handle.db, { ids: [coupe, wagon] });
    expect(rows).toEqual([
      {
        car: {
          id: coupe,
          ownerId: ada,
          seats: 2,
          mileage: 12_345_678_901,
          price: '98000.50',
          electric: true,
          shade: 'RED',
          builtOn: '2021-03-04',
          soldAt: new Date('2024-10-18T00:59:48.125Z'),
          extras: { roof: 'glass' },
        },
        owner: { id: ada, name: 'Ada' },
        seatsTwice: 4,
      },
      {
        car: {
          id: wagon,
          ownerId: ghost,
          seats: 5,
          mileage: null,
          price: null,
          electric: false,
          shade: null,
          builtOn: null,
          soldAt: null,
          extras: null,
        },
        owner: null,
        seatsTwice: 10,
      },
    ]);
  });

  it('makes the same objects as the same select run without preparing', async () => {
    const { db } = database.handle;
    const unprepared = await db
      .select({ car: cars, owner: owners, seatsTwice: sql<number>`${cars.seats} * 2`.mapWith(Number) })
      .from(cars)
      .leftJoin(owners, eq(owners.id, cars.ownerId))
      .orderBy(asc(cars.id));
    expect(await carsWithOwners(db, { ids: [coupe, wagon] })).toStrictEqual(unprepared);
    expect(await plainCars(db, { ids: [coupe, wagon] })).toStrictEqual(await db.select().from(cars).orderBy(asc(cars.id)));
  });

  it('answers no rows with an empty list', async () => {
    expect(await plainCars(database.handle.db, { ids: [] })).toEqual([]);
  });
});
