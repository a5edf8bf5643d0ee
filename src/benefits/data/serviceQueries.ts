import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../core/database/database.js';
import { firstPerGroup } from '../../core/database/firstPerGroup.js';
import type { ServiceKind } from '../generated/resolvers.js';
import { serviceOrders, services, type ServiceOrderRow, type ServiceRow } from './tables.js';

/**
 * Services in kind order (as the enum declares them), then name, then id;
 * optionally one kind's.
 */
export function listServices(db: Database, kind: ServiceKind | null): Promise<ServiceRow[]> {
  return db
    .select()
    .from(services)
    .where(kind ? eq(services.kind, kind) : undefined)
    .orderBy(asc(services.kind), asc(services.name), asc(services.id));
}

/** The services of the ids given, in no particular order; unknown ids are left out. */
export function findServices(db: Database, ids: readonly string[]): Promise<ServiceRow[]> {
  return db.select().from(services).where(inArray(services.id, [...ids]));
}

/** The services several partners deliver, each partner's by name then id. */
export function findServicesOfProviders(db: Database, partnerIds: readonly string[]): Promise<ServiceRow[]> {
  return db
    .select()
    .from(services)
    .where(inArray(services.providerPartnerId, [...partnerIds]))
    .orderBy(asc(services.providerPartnerId), asc(services.name), asc(services.id));
}

/** The service orders of the ids given, in no particular order; unknown ids are left out. */
export function findServiceOrders(db: Database, ids: readonly string[]): Promise<ServiceOrderRow[]> {
  return db.select().from(serviceOrders).where(inArray(serviceOrders.id, [...ids]));
}

/**
 * The newest `limit` service orders of each of several members, in one
 * statement: each member's newest first (by order time, then id).
 */
export function findRecentServiceOrdersOfMembers(
  db: Database,
  memberIds: readonly string[],
  limit: number,
): Promise<ServiceOrderRow[]> {
  return firstPerGroup(db, {
    from: serviceOrders,
    partitionBy: serviceOrders.memberId,
    orderBy: [desc(serviceOrders.orderedAt), desc(serviceOrders.id)],
    where: inArray(serviceOrders.memberId, [...memberIds]),
    limit,
  });
}

/** Inserts a service order. */
export async function insertServiceOrder(tx: Database, row: ServiceOrderRow): Promise<void> {
  await tx.insert(serviceOrders).values(row);
}

/** The service order, locked until the caller's transaction ends; null when the id names none. */
export async function lockServiceOrder(tx: Database, id: string): Promise<ServiceOrderRow | null> {
  const [row] = await tx.select().from(serviceOrders).where(eq(serviceOrders.id, id)).for('update');
  return row ?? null;
}

/** Sets a service order's status and returns the order. */
export async function setServiceOrderStatus(
  tx: Database,
  id: string,
  status: ServiceOrderRow['status'],
): Promise<ServiceOrderRow> {
  const [row] = await tx.update(serviceOrders).set({ status }).where(eq(serviceOrders.id, id)).returning();
  return row!;
}
