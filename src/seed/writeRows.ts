import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import type { DatabaseHandle } from '../core/database/database.js';
import type { CopyData } from './copyRows.js';
import { deferIndexes } from './deferIndexes.js';
import { seededTables } from './seededTables.js';

/** How many rows went into each table, by subgraph and table name. */
export type SeedCounts = Record<string, number>;

/** Every table the seed fills, by schema and name. */
const loadedTables = Object.values(seededTables).flatMap((subgraph) =>
  Object.values(subgraph).map((table: PgTable) => {
    const { schema, name } = getTableConfig(table);
    return { schema: schema ?? 'public', name };
  }),
);

/** Rows to write, and what to do once they are written. */
interface Pending {
  chunks: readonly CopyData[];
  written: () => void;
  failed: (error: Error) => void;
}

/**
 * Writes a club's rows, in the order given, in ONE transaction: the seed
 * then lands whole or not at all. The indexes and constraints of the seeded
 * tables come off first and go back at the end (deferIndexes), so the rows
 * go into bare tables.
 *
 * The rows come in steps (reference data, each batch of members, the
 * copies at the end); `write` hands a step over and resolves once the step
 * before it is written, so the next step can be made while this one is
 * written, and no more than one waits.
 */
export class ClubWriter {
  /** Rows written so far by table, every seeded table from the start. */
  readonly counts: SeedCounts = Object.fromEntries(loadedTables.map((table) => [`${table.schema}.${table.name}`, 0]));
  private readonly queue: Pending[] = [];
  private wake: (() => void) | null = null;
  private closed = false;
  private aborted = false;
  private previous: Promise<void> = Promise.resolve();
  private readonly loading: Promise<void>;

  constructor(handle: DatabaseHandle) {
    this.loading = handle.bulkLoad(async (loader) => {
      const restore = await deferIndexes(loader, loadedTables);
      for (let next = await this.next(); next; next = await this.next()) {
        try {
          for (const chunk of next.chunks) {
            await loader.copy(chunk.target, chunk.format, chunk.bytes);
            this.counts[chunk.table] = (this.counts[chunk.table] ?? 0) + chunk.rows;
          }
          next.written();
        } catch (error) {
          next.failed(toError(error));
          throw error;
        }
      }
      // Given up: throwing rolls the transaction back.
      if (this.aborted) throw new Error('The seed was given up before all its rows were made');
      for (const statement of restore) await loader.query(statement);
    });
    // A failed load fails the steps still waiting; write() and close()
    // report it, so it is not reported as unhandled meanwhile.
    this.loading.catch((error: unknown) => {
      for (const pending of this.queue.splice(0)) pending.failed(toError(error));
    });
  }

  /**
   * Queues one step's rows. Resolves once the previous step is written;
   * `onWritten` is called once this one is.
   */
  async write(chunks: readonly CopyData[], onWritten?: () => void): Promise<void> {
    if (this.closed) throw new Error('The club writer is closed');
    const written = new Promise<void>((resolve, reject) => {
      this.queue.push({
        chunks,
        written: () => {
          onWritten?.();
          resolve();
        },
        failed: reject,
      });
    });
    written.catch(() => {});
    this.wake?.();
    const previous = this.previous;
    this.previous = written;
    await previous;
  }

  /** Writes what is queued, puts the indexes back and commits. */
  async close(): Promise<void> {
    this.closed = true;
    this.wake?.();
    await this.loading;
  }

  /** Gives the load up: what is queued is dropped and the transaction rolls back. */
  async abort(): Promise<void> {
    this.aborted = true;
    this.closed = true;
    this.queue.splice(0);
    this.wake?.();
    await this.loading.catch(() => {});
  }

  /** The next step to write, or null once closed and drained (or given up). */
  private async next(): Promise<Pending | null> {
    while (this.queue.length === 0 && !this.closed) {
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = null;
    }
    return this.aborted ? null : (this.queue.shift() ?? null);
  }
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
