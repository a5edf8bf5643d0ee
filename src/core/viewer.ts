/**
 * Who is asking. Every request carries exactly one viewer, read from its bearer
 * token; a request without a token is anonymous.
 */
export type Viewer =
  | { role: 'anonymous' }
  | { role: 'member'; memberId: string }
  | { role: 'staff'; staffId: string }
  | { role: 'partner'; partnerId: string }
  | { role: 'analyst'; analystId: string };

export type ViewerRole = Viewer['role'];

export const viewerRoles: readonly ViewerRole[] = [
  'anonymous',
  'member',
  'staff',
  'partner',
  'analyst',
];

export const anonymousViewer: Viewer = { role: 'anonymous' };

/**
 * Personal data (email, phone, birthday, car plates) is readable by staff and
 * by the member it belongs to, and by nobody else.
 */
export function mayReadPersonalData(viewer: Viewer, memberId: string): boolean {
  return viewer.role === 'staff' || (viewer.role === 'member' && viewer.memberId === memberId);
}
