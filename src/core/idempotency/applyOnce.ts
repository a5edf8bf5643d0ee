import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../database/database.js';
import { BadUserInputError, ConflictError } from '../errors.js';
import type { Viewer } from '../viewer.js';
import type { IdempotencyKeysTable } from './idempotencyKeys.js';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const keyPattern = /^[A-Za-z0-9._:-]{8,128}$/;

function viewerKey(viewer: Viewer): string {
  switch (viewer.role) {
    case 'member':
      return `member:${viewer.memberId}`;
    case 'partner':
      return `partner:${viewer.partnerId}`;
    case 'staff':
      return `staff:${viewer.staffId}`;
    case 'analyst':
      return `analyst:${viewer.analystId}`;
    case 'anonymous':
      return 'anonymous';
  }
}

function hashOf(input: Json): string {
  return createHash('sha256').update(JSON.stringify(input)).digest('hex');
}

/**
 * Runs a mutation at most once per idempotency key, inside the caller's
 * transaction. Without a key it simply runs. With a key seen before, it
 * returns the answer stored then instead of running again, so a client that
 * retries after a timeout never applies a change twice; the same key with
 * different input is a CONFLICT. Two requests racing with one key meet at the
 * table's primary key: the second waits for the first to commit, then reads
 * its answer.
 */
export async function applyOnce<TResult extends Json>(
  tx: Database,
  table: IdempotencyKeysTable,
  request: { key: string | null | undefined; viewer: Viewer; operation: string; input: Json },
  run: () => Promise<TResult>,
): Promise<TResult> {
  if (request.key === null || request.key === undefined) return run();
  if (!keyPattern.test(request.key)) {
    throw new BadUserInputError('Argument "idempotencyKey" must be 8 to 128 letters, digits or ._:- characters.', {
      argument: 'idempotencyKey',
    });
  }

  const identity = { viewer: viewerKey(request.viewer), operation: request.operation, key: request.key };
  const requestHash = hashOf(request.input);
  const claimed = await tx
    .insert(table)
    .values({ ...identity, requestHash, response: null, createdAt: new Date() })
    .onConflictDoNothing()
    .returning({ key: table.key });

  if (claimed.length === 0) {
    const [earlier] = await tx
      .select()
      .from(table)
      .where(and(eq(table.viewer, identity.viewer), eq(table.operation, identity.operation), eq(table.key, identity.key)));
    if (earlier?.requestHash !== requestHash) {
      throw new ConflictError('This idempotency key was already used for a different request.', {
        reason: 'IDEMPOTENCY_KEY_REUSED',
        argument: 'idempotencyKey',
      });
    }
    return earlier.response as TResult;
  }

  const result = await run();
  await tx
    .update(table)
    .set({ response: result })
    .where(and(eq(table.viewer, identity.viewer), eq(table.operation, identity.operation), eq(table.key, identity.key)));
  return result;
}
