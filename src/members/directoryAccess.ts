import { assertStaffOrMember } from '../core/access.js';
import type { RequestContext } from '../core/context.js';
import { ForbiddenError } from '../core/errors.js';
import type { MemberRow } from './data/tables.js';
import { memberLoaders } from './loaders.js';

/**
 * The statuses whose holders are in the club. A token outlives a membership
 * (it is valid for up to 30 days), so a member token alone does not open the
 * directory: a prospect not yet admitted, a suspended member, one who has
 * churned or left, and an id that names nobody are refused.
 */
const inTheClub: ReadonlySet<MemberRow['status']> = new Set(['ACTIVE', 'LAPSED']);

/**
 * Throws FORBIDDEN (MEMBER_DIRECTORY) unless the viewer is staff, the member
 * `about` (whose own record stays theirs), or a member who is in the club
 * now. Staff and the member themself pass at once; another member's own row
 * is read through the request's member loader, so one request checks it
 * once, batched with the members it reads anyway.
 */
function assertDirectoryReader(context: RequestContext, field: string, about?: string): void | Promise<void> {
  const { viewer } = context;
  assertStaffOrMember(viewer, field);
  if (viewer.role !== 'member' || viewer.memberId === about) return;
  return memberLoaders(context)
    .member.load(viewer.memberId)
    .then((self) => {
      if (self && inTheClub.has(self.status)) return;
      throw new ForbiddenError(`Only staff and members in the club (ACTIVE or LAPSED) may read ${field}.`, {
        field,
        reason: 'MEMBER_DIRECTORY',
        ...(self ? { status: self.status } : {}),
      });
    });
}

/**
 * Reads a directory field once assertDirectoryReader lets the viewer: at once
 * for staff and the member themself, after the viewer's own row otherwise.
 */
export function readDirectory<T>(context: RequestContext, field: string, about: string | undefined, read: () => T): T | Promise<Awaited<T>> {
  const checking = assertDirectoryReader(context, field, about);
  return checking ? (checking.then(read) as Promise<Awaited<T>>) : read();
}
