import { ForbiddenError } from '../core/errors.js';
import type { Viewer } from '../core/viewer.js';

/** Throws FORBIDDEN unless the viewer is staff: points and tier operations are staff work. */
export function assertStaffActs(viewer: Viewer, field: string): void {
  if (viewer.role !== 'staff') {
    throw new ForbiddenError(`Only staff may use ${field}.`, { field, reason: 'STAFF_ONLY' });
  }
}

/**
 * Throws FORBIDDEN unless the viewer is staff or the member `memberId`: a
 * member spends their own points only, staff anyone's.
 */
export function assertActsForMember(viewer: Viewer, memberId: string, field: string): void {
  if (viewer.role === 'staff') return;
  if (viewer.role === 'member' && viewer.memberId === memberId) return;
  throw new ForbiddenError(`Only staff and the member themself may use ${field}.`, { field, reason: 'STAFF_OR_SELF' });
}
