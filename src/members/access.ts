import { ForbiddenError } from '../core/errors.js';
import type { Viewer } from '../core/viewer.js';

/** Throws FORBIDDEN unless the viewer is staff: lifecycle operations are the club's. */
export function assertStaffActs(viewer: Viewer, field: string): void {
  if (viewer.role !== 'staff') {
    throw new ForbiddenError(`Only staff may use ${field}.`, { field, reason: 'STAFF_ONLY' });
  }
}

/** Throws FORBIDDEN unless the viewer is staff or the member `memberId`, acting for themself. */
export function assertActsForMember(viewer: Viewer, memberId: string, field: string): void {
  if (viewer.role === 'staff') return;
  if (viewer.role === 'member' && viewer.memberId === memberId) return;
  throw new ForbiddenError(`Only staff and the member themself may use ${field}.`, { field, reason: 'STAFF_OR_SELF' });
}

/**
 * The referrer of an application the viewer may make: staff apply for
 * anyone, with any referrer or none; a member puts forward a prospect they
 * refer, so the referrer is the member (given or not). Anyone else gets
 * FORBIDDEN: the club does not take anonymous applications.
 */
export function referrerForApplicant(viewer: Viewer, referrerId: string | null, field: string): string | null {
  if (viewer.role === 'staff') return referrerId;
  if (viewer.role === 'member' && (referrerId === null || referrerId === viewer.memberId)) return viewer.memberId;
  throw new ForbiddenError(`Only staff, and a member for a prospect they refer, may use ${field}.`, {
    field,
    reason: 'STAFF_OR_REFERRER',
  });
}
