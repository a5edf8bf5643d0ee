import type { Database } from '../../core/database/database.js';
import { ConflictError, NotFoundError } from '../../core/errors.js';
import { balanceOf, bookPointsEntry } from '../data/ledgerWrites.js';
import { lockStanding } from '../data/standingQueries.js';
import type { PointsEntryKind, PointsEntryRow } from '../data/tables.js';

/**
 * Books one line of a member's ledger inside the caller's transaction and
 * returns it: earnings, spends and adjustments alike, `points` signed. The
 * member's standing is locked before the balance is summed, so concurrent
 * spends of one member are counted one after another and no interleaving
 * takes the balance below zero.
 */
export async function bookMemberPoints(
  tx: Database,
  request: { memberId: string; points: number; kind: PointsEntryKind; reason: string },
): Promise<PointsEntryRow> {
  const standing = await lockStanding(tx, request.memberId);
  if (!standing) {
    throw new NotFoundError(`No member with a standing has id "${request.memberId}".`, { argument: 'memberId' });
  }

  // Only what takes points can overdraw the balance.
  if (request.points < 0) {
    const balance = await balanceOf(tx, request.memberId);
    if (balance + request.points < 0) {
      throw new ConflictError(
        `Member ${request.memberId} holds ${balance} points, fewer than the ${-request.points} to take.`,
        { reason: 'INSUFFICIENT_POINTS' },
      );
    }
  }

  return bookPointsEntry(tx, request);
}
