import type { Database } from '../database/database.js';
import type { InboxTable } from './inbox.js';

/** A fact one subgraph recorded for others to react to. */
export interface DomainEvent<TPayload = Record<string, unknown>> {
  id: string;
  /** "<source>.<Fact>", such as "events.MemberCheckedIn". */
  type: string;
  source: string;
  payload: TPayload;
  occurredAt: Date;
}

/**
 * How a subgraph reacts to one type of event. `handle` runs inside a
 * transaction that also marks the event processed in the consumer's inbox,
 * so it must do all its work through `tx`.
 */
export interface EventHandler<TPayload = Record<string, unknown>> {
  /** The consuming subgraph's name. */
  consumer: string;
  type: string;
  inbox: InboxTable;
  handle(tx: Database, event: DomainEvent<TPayload>): Promise<void>;
}

/** Wakes the bus after a transaction that recorded events has committed. */
export interface EventNotifier {
  notify(): void;
}
