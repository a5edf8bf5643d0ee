import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../database/database.js';
import { domainEvents, pendingDeliveries, subscriptions } from './tables.js';

/** The channel on which recorded events wake the bus in every process. */
export const busChannel = 'paddock_bus';

/**
 * Appends a domain event inside the caller's transaction, with one pending
 * delivery per subscribed consumer. Because it commits or rolls back with the
 * change it describes, no event is lost and none describes a change that did
 * not happen. The NOTIFY is delivered at commit, to this and other processes.
 */
export async function recordEvent(
  tx: Database,
  event: { type: string; source: string; payload: Record<string, unknown>; occurredAt?: Date },
): Promise<string> {
  const id = randomUUID();
  const [recorded] = await tx
    .insert(domainEvents)
    .values({ id, type: event.type, source: event.source, payload: event.payload, occurredAt: event.occurredAt ?? new Date() })
    .returning({ sequence: domainEvents.sequence });

  await tx.insert(pendingDeliveries).select(
    tx
      .select({
        consumer: subscriptions.consumer,
        eventId: sql<string>`${id}::uuid`.as('event_id'),
        sequence: sql<number>`${recorded!.sequence}::bigint`.as('sequence'),
        attempts: sql<number>`0`.as('attempts'),
        availableAt: sql<Date>`now()`.as('available_at'),
      })
      .from(subscriptions)
      .where(eq(subscriptions.eventType, event.type)),
  );
  await tx.execute(sql`select pg_notify(${busChannel}, '')`);
  return id;
}
