import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../database/database.js';
import { describeError } from '../describeError.js';
import type { Logger } from '../logger.js';
import type { DomainEvent, EventHandler, EventNotifier } from './domainEvent.js';
import { busChannel } from './recordEvent.js';
import { domainEvents, pendingDeliveries, subscriptions } from './tables.js';

/** Which consumer handles which event type. */
export type Subscription = Pick<EventHandler, 'consumer' | 'type'>;

export interface EventBusOptions {
  database: DatabaseHandle;
  /** The handlers of the subgraphs this process serves. */
  handlers: readonly EventHandler[];
  /**
   * Every subscription of every subgraph, whichever process serves it. They
   * are all registered at start, so that a producer running before its
   * consumer's first start still leaves that consumer its deliveries.
   */
  subscriptions: readonly Subscription[];
  logger: Logger;
  /** How often to look for deliveries nobody announced (a crash, a lost NOTIFY). */
  pollIntervalMs?: number;
  /** Deliveries handled per round and consumer. */
  batchSize?: number;
}

const retryDelaySeconds = (attempts: number) => Math.min(300, 2 ** attempts);

/**
 * Delivers recorded domain events to the subgraphs that react to them.
 *
 * Each delivery is handled in one transaction that claims it (deleting its
 * pending row), records the event in the consumer's inbox and applies the
 * handler's effect: a delivery seen twice, by two processes or after a crash,
 * changes nothing the second time. Rounds run one at a time in a process and
 * start promptly on a NOTIFY from any process, with polling as a fallback.
 */
export class EventBus implements EventNotifier {
  private readonly handlersByKey: Map<string, EventHandler>;
  private readonly consumers: string[];
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private stopListening: (() => Promise<void>) | null = null;

  constructor(private readonly options: EventBusOptions) {
    this.handlersByKey = new Map(options.handlers.map((handler) => [`${handler.consumer}|${handler.type}`, handler]));
    this.consumers = [...new Set(options.handlers.map((handler) => handler.consumer))];
  }

  /** Registers the subscriptions, then listens and polls until `stop`. */
  async start(): Promise<void> {
    await this.register();
    this.stopListening = await this.options.database.listen(busChannel, () => this.notify());
    const interval = this.options.pollIntervalMs ?? 1000;
    this.timer = setInterval(() => this.notify(), interval);
    this.timer.unref();
    this.notify();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.stopListening?.();
    this.stopListening = null;
    await this.running;
  }

  /** Records which consumer handles which event type, so producers fan out to them. */
  async register(): Promise<void> {
    const all = [...this.options.subscriptions, ...this.options.handlers];
    const rows = all.map(({ consumer, type }) => ({ consumer, eventType: type }));
    if (rows.length === 0) return;
    await this.options.database.db.insert(subscriptions).values(rows).onConflictDoNothing();
  }

  /** Asks for a round soon; rounds never overlap within a process. */
  notify(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.roundsUntilQuiet().finally(() => {
      this.running = null;
    });
  }

  /**
   * Handles every delivery that is due now, and resolves when none is left.
   * Jobs and tests call it to see the effects of what they just did.
   */
  async drain(): Promise<void> {
    while (this.running) await this.running;
    while ((await this.round()) > 0);
  }

  private async roundsUntilQuiet(): Promise<void> {
    do {
      this.again = false;
      try {
        while ((await this.round()) > 0);
      } catch (error) {
        this.options.logger.error({ error: describeError(error) }, 'event bus round failed');
      }
    } while (this.again);
  }

  /** One pass over every consumer's due deliveries; returns how many were handled. */
  private async round(): Promise<number> {
    let handled = 0;
    for (const consumer of this.consumers) {
      const due = await this.options.database.db
        .select({ event: domainEvents, attempts: pendingDeliveries.attempts })
        .from(pendingDeliveries)
        .innerJoin(domainEvents, eq(domainEvents.id, pendingDeliveries.eventId))
        .where(and(eq(pendingDeliveries.consumer, consumer), lte(pendingDeliveries.availableAt, sql`now()`)))
        .orderBy(asc(pendingDeliveries.sequence))
        .limit(this.options.batchSize ?? 100);
      for (const { event, attempts } of due) {
        if (await this.deliver(consumer, event as DomainEvent, attempts)) handled++;
      }
    }
    return handled;
  }

  private async deliver(consumer: string, event: DomainEvent, attempts: number): Promise<boolean> {
    const handler = this.handlersByKey.get(`${consumer}|${event.type}`);
    const { db } = this.options.database;
    try {
      return await db.transaction(async (tx) => {
        const claimed = await tx
          .delete(pendingDeliveries)
          .where(and(eq(pendingDeliveries.consumer, consumer), eq(pendingDeliveries.eventId, event.id)))
          .returning({ eventId: pendingDeliveries.eventId });
        if (claimed.length === 0 || !handler) return claimed.length > 0;

        const fresh = await tx
          .insert(handler.inbox)
          .values({ eventId: event.id, processedAt: new Date() })
          .onConflictDoNothing()
          .returning({ eventId: handler.inbox.eventId });
        if (fresh.length > 0) await handler.handle(tx, event);
        return true;
      });
    } catch (error) {
      // The delivery stays pending and is tried again later, more slowly each time.
      this.options.logger.error(
        { consumer, eventType: event.type, eventId: event.id, attempts: attempts + 1, error: describeError(error) },
        'event handler failed',
      );
      await db
        .update(pendingDeliveries)
        .set({ attempts: attempts + 1, availableAt: sql`now() + make_interval(secs => ${retryDelaySeconds(attempts + 1)})` })
        .where(and(eq(pendingDeliveries.consumer, consumer), inArray(pendingDeliveries.eventId, [event.id])));
      return false;
    }
  }
}
