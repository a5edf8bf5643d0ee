import { asc, inArray } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { equalsAny, preparedQuery } from '../../core/database/preparedQuery.js';
import { cars, type CarRow } from './tables.js';

/** Cars by id, in no particular order; ids that name none are absent. */
export function findCars(db: Database, ids: readonly string[]): Promise<CarRow[]> {
  return db.select().from(cars).where(inArray(cars.id, [...ids]));
}

/**
 * The cars of several members at once, grouped by member, each member's
 * oldest registration first (id breaks ties, so the order is stable).
 */
export function findCarsOfMembers(db: Database, memberIds: readonly string[]): Promise<CarRow[]> {
  return carsOfMembers(db, { memberIds });
}

const carsOfMembers = preparedQuery((db) =>
  db
    .select()
    .from(cars)
    .where(equalsAny(cars.memberId, 'memberIds'))
    .orderBy(asc(cars.memberId), asc(cars.registeredAt), asc(cars.id))
    .prepare('cars_of_members'),
);
