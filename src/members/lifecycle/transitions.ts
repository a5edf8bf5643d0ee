import { ConflictError } from '../../core/errors.js';
import type { MemberRow } from '../data/tables.js';

export type MemberStatus = MemberRow['status'];

/** What can happen to a membership, by staff, by the member or by the lifecycle job. */
export type LifecycleOperation =
  | 'admit'
  | 'renew'
  | 'recordDues'
  | 'suspend'
  | 'reinstate'
  | 'leave'
  | 'lapse'
  | 'churn';

/** Every member begins as a prospect: applying is the one way in. */
export const applicationStatus: MemberStatus = 'PROSPECT';

/**
 * THE table of the membership lifecycle: for each operation, the statuses it
 * may start from and the status it leaves the member in. An operation that
 * keeps the status (renewing an active member, recording dues) maps it to
 * itself; a status missing from an operation's row refuses the operation.
 * Everything that moves a status checks here, and the seed's history is
 * tested against it.
 */
export const allowedTransitions: Readonly<Record<LifecycleOperation, Readonly<Partial<Record<MemberStatus, MemberStatus>>>>> = {
  admit: { PROSPECT: 'ACTIVE' },
  renew: { ACTIVE: 'ACTIVE', LAPSED: 'ACTIVE' },
  recordDues: { ACTIVE: 'ACTIVE', SUSPENDED: 'SUSPENDED' },
  suspend: { ACTIVE: 'SUSPENDED' },
  reinstate: { SUSPENDED: 'ACTIVE' },
  leave: { ACTIVE: 'CHURNED', SUSPENDED: 'CHURNED', LAPSED: 'CHURNED' },
  lapse: { ACTIVE: 'LAPSED' },
  churn: { LAPSED: 'CHURNED' },
};

/** How an error message says what an operation does to a member. */
const outcomes: Record<LifecycleOperation, string> = {
  admit: 'be admitted',
  renew: 'renew',
  recordDues: 'have dues recorded',
  suspend: 'be suspended',
  reinstate: 'be reinstated',
  leave: 'leave the club',
  lapse: 'lapse',
  churn: 'churn',
};

function either(statuses: readonly string[]): string {
  return statuses.length === 1 ? statuses[0]! : `${statuses.slice(0, -1).join(', ')} or ${statuses.at(-1)!}`;
}

/**
 * The status `operation` leaves the member in; CONFLICT with reason
 * INVALID_TRANSITION, naming the current status in the message and in
 * `extensions.status`, when the table does not allow it.
 */
export function transitionFor(operation: LifecycleOperation, member: Pick<MemberRow, 'id' | 'status'>): MemberStatus {
  const row = allowedTransitions[operation];
  const to = row[member.status];
  if (to === undefined) {
    throw new ConflictError(
      `Member ${member.id} is ${member.status}: only ${either(Object.keys(row))} members can ${outcomes[operation]}.`,
      { reason: 'INVALID_TRANSITION', status: member.status },
    );
  }
  return to;
}

/** Whether any operation (or applying, from no status) moves a member from `from` to `to`. */
export function isAllowedTransition(from: MemberStatus | null, to: MemberStatus): boolean {
  if (from === null) return to === applicationStatus;
  return Object.values(allowedTransitions).some((row) => row[from] === to);
}
