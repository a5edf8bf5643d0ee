import { ForbiddenError } from './errors.js';
import { mayReadPersonalData, type Viewer } from './viewer.js';

/** What the viewer was doing with `field`: a mutation is called, anything else read. */
function doing(field: string): 'call' | 'read' {
  return field.startsWith('Mutation.') ? 'call' : 'read';
}

/**
 * Throws FORBIDDEN unless the viewer is staff or the member `memberId`. Used
 * by every field that shows personal data or a member's private record
 * (contact details, ledger, registrations); the error lands on that field
 * alone, so the rest of the response still resolves.
 */
export function assertStaffOrSelf(viewer: Viewer, memberId: string, field: string): void {
  if (!mayReadPersonalData(viewer, memberId)) {
    throw new ForbiddenError(`Only staff and the member themself may ${doing(field)} ${field}.`, {
      field,
      reason: 'PERSONAL_DATA',
    });
  }
}

/**
 * Throws FORBIDDEN unless the viewer is staff or a member: the club's member
 * directory (who is in the club, by name) is for the club itself. Partners
 * and analysts work with counts, tiers and chapters, never with a roster.
 */
export function assertStaffOrMember(viewer: Viewer, field: string): void {
  if (viewer.role === 'staff' || viewer.role === 'member') return;
  throw new ForbiddenError(`Only staff and members may ${doing(field)} ${field}.`, { field, reason: 'MEMBER_DIRECTORY' });
}

/** Throws FORBIDDEN unless the viewer is staff. */
export function assertStaff(viewer: Viewer, field: string): void {
  if (viewer.role !== 'staff') {
    throw new ForbiddenError(`Only staff may ${doing(field)} ${field}.`, { field, reason: 'STAFF_ONLY' });
  }
}

/**
 * Throws FORBIDDEN unless the viewer is staff or the partner `partnerId`: a
 * partner never sees another partner's commercial data.
 */
export function assertStaffOrPartner(viewer: Viewer, partnerId: string, field: string): void {
  if (viewer.role === 'staff') return;
  if (viewer.role === 'partner' && viewer.partnerId === partnerId) return;
  throw new ForbiddenError(`Only staff and the partner itself may ${doing(field)} ${field}.`, {
    field,
    reason: 'PARTNER_DATA',
  });
}
