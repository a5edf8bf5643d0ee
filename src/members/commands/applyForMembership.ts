import { randomUUID } from 'node:crypto';
import { recordEvent } from '../../core/bus/recordEvent.js';
import type { Database } from '../../core/database/database.js';
import { ConflictError, NotFoundError } from '../../core/errors.js';
import { isKnownChapter } from '../data/chapterCopyQueries.js';
import { findMembers } from '../data/memberQueries.js';
import { allocateMemberNumber, insertMember } from '../data/memberWriteQueries.js';
import type { MemberRow } from '../data/tables.js';
import { membersSource, type MemberApplied } from '../domainEvents.js';
import { applicationStatus } from '../lifecycle/transitions.js';
import { lifecycleReasons } from '../lifecycle/reasons.js';
import { changeStatus } from './changeStatus.js';
import type { MembershipChange } from './membershipChange.js';

/** A prospect's application, its fields already checked one by one. */
export interface Application {
  givenName: string;
  familyName: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  birthday: string | null;
  city: string;
  language: string;
  homeChapterId: string;
  consents: { marketing: boolean; partnerOffers: boolean; eventPhotos: boolean };
  referrerId: string | null;
  /** How the club reached the prospect; the reason of their first status change. */
  channel: string | null;
}

/**
 * Records a prospect inside the caller's transaction: a new member, status
 * PROSPECT and stage REACHED, with the next member number. The home chapter
 * must be one the club has (NOT_FOUND otherwise), and a referrer an ACTIVE
 * member. Records MemberApplied and MemberStatusChanged.
 */
export async function applyForMembership(
  tx: Database,
  request: { application: Application; now: Date },
): Promise<MembershipChange> {
  const { application, now } = request;

  // A member of a chapter that does not exist could never be listed or shown.
  if (!(await isKnownChapter(tx, application.homeChapterId))) {
    throw new NotFoundError(`No chapter has id "${application.homeChapterId}".`, { argument: 'application.homeChapterId' });
  }

  // Only a member in good standing refers: loyalty pays referral points for it.
  if (application.referrerId !== null) {
    const [referrer] = await findMembers(tx, [application.referrerId]);
    if (!referrer) {
      throw new NotFoundError(`No member has id "${application.referrerId}".`, { argument: 'application.referrerId' });
    }
    if (referrer.status !== 'ACTIVE') {
      throw new ConflictError(`Member ${referrer.id} is ${referrer.status}: only ACTIVE members can refer a prospect.`, {
        reason: 'REFERRER_NOT_ACTIVE',
        status: referrer.status,
      });
    }
  }

  const member: MemberRow = {
    id: randomUUID(),
    memberNumber: await allocateMemberNumber(tx),
    givenName: application.givenName,
    familyName: application.familyName,
    displayName: application.displayName,
    email: application.email,
    phone: application.phone,
    birthday: application.birthday,
    city: application.city,
    language: application.language,
    consentMarketing: application.consents.marketing,
    consentPartnerOffers: application.consents.partnerOffers,
    consentEventPhotos: application.consents.eventPhotos,
    homeChapterId: application.homeChapterId,
    status: applicationStatus,
    lifecycleStage: 'REACHED',
    reachedAt: now,
    activatedAt: null,
    retainedAt: null,
    monetisedAt: null,
    referrerId: application.referrerId,
    joinedOn: null,
    tierCode: null,
    tierEffectiveOn: null,
    tierChangedAt: null,
  };
  await insertMember(tx, member);

  const payload: MemberApplied = {
    memberId: member.id,
    chapterId: member.homeChapterId,
    referrerId: member.referrerId,
    appliedAt: now.toISOString(),
  };
  await recordEvent(tx, { type: 'members.MemberApplied', source: membersSource, payload: { ...payload } });
  const statusChange = await changeStatus(tx, {
    memberId: member.id,
    from: null,
    to: applicationStatus,
    reason: application.channel ?? lifecycleReasons.applied,
    at: now,
  });
  return { memberId: member.id, statusChange, term: null };
}
