import { ForbiddenError } from '../core/errors.js';
import type { Viewer } from '../core/viewer.js';

/**
 * Throws FORBIDDEN unless the viewer is staff or the member `memberId`: a
 * member acts for themself only (redeeming, ordering), staff for anyone.
 */
export function assertActsForMember(viewer: Viewer, memberId: string, field: string): void {
  if (viewer.role === 'staff') return;
  if (viewer.role === 'member' && viewer.memberId === memberId) return;
  throw new ForbiddenError(`Only staff and the member themself may use ${field}.`, { field, reason: 'STAFF_OR_SELF' });
}

/** Throws FORBIDDEN unless the viewer is staff: settling an order is the club's. */
export function assertStaffActs(viewer: Viewer, field: string): void {
  if (viewer.role !== 'staff') {
    throw new ForbiddenError(`Only staff may use ${field}.`, { field, reason: 'STAFF_ONLY' });
  }
}
