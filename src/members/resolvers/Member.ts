import { assertStaffOrSelf } from '../../core/access.js';
import type { RequestContext } from '../../core/context.js';
import { assertNotAfterToday } from '../../core/notAfterToday.js';
import type { MemberRow } from '../data/tables.js';
import type { MemberResolvers } from '../generated/resolvers.js';
import { stagesReached } from '../lifecycle/stages.js';
import { chinaDateOf } from '../lifecycle/clubCalendar.js';
import { toCalendarDate } from '../lifecycleArguments.js';
import { readDirectory } from '../directoryAccess.js';
import { memberLoaders } from '../loaders.js';

/**
 * A field of the club directory read straight from the member row: for staff
 * and members only, FORBIDDEN (MEMBER_DIRECTORY) to anyone else.
 */
function directoryField<TColumn extends keyof MemberRow>(column: TColumn, field: string) {
  return (member: MemberRow, _args: unknown, context: RequestContext): MemberRow[TColumn] | Promise<MemberRow[TColumn]> => {
    return readDirectory(context, field, member.id, () => member[column]);
  };
}

/**
 * Member: owned by the members subgraph (profile, cars, status, stages,
 * terms); key `id`. Every field but the id and the home chapter checks the
 * viewer on the field itself, so the rule holds on every path that reaches a
 * member: a root field, a referrer, a car's owner, a chapter's lead, or an
 * entity fetch from another subgraph. Three circles of readers:
 *
 * - anyone: id, home chapter (and loyalty's tier);
 * - staff and members, the club directory: names, number, city, language,
 *   cars, join day, referrer, and today's status and lifecycle stage;
 * - staff and the member themself: personal data, consents and the private
 *   record (stages and every history, terms).
 *
 * A refused field is null with FORBIDDEN; the rest of the member still
 * resolves.
 */
export const Member: MemberResolvers = {
  /** The member row, or null when the id names no member. */
  __resolveReference: (reference, context) => memberLoaders(context).member.load(reference.id),

  memberNumber: directoryField('memberNumber', 'Member.memberNumber'),
  givenName: directoryField('givenName', 'Member.givenName'),
  familyName: directoryField('familyName', 'Member.familyName'),
  displayName: directoryField('displayName', 'Member.displayName'),
  city: directoryField('city', 'Member.city'),
  language: directoryField('language', 'Member.language'),
  status: directoryField('status', 'Member.status'),
  lifecycleStage: directoryField('lifecycleStage', 'Member.lifecycleStage'),
  joinedOn: directoryField('joinedOn', 'Member.joinedOn'),

  /** Personal data: staff and the member only; null when not given. */
  email: (member, _args, { viewer }) => {
    assertStaffOrSelf(viewer, member.id, 'Member.email');
    return member.email;
  },

  /** Personal data: staff and the member only; null when not given. */
  phone: (member, _args, { viewer }) => {
    assertStaffOrSelf(viewer, member.id, 'Member.phone');
    return member.phone;
  },

  /** Personal data: staff and the member only; null when not given. */
  birthday: (member, _args, { viewer }) => {
    assertStaffOrSelf(viewer, member.id, 'Member.birthday');
    return member.birthday;
  },

  /** Contact choices: staff and the member only, like personal data. */
  consents: (member, _args, { viewer }) => {
    assertStaffOrSelf(viewer, member.id, 'Member.consents');
    return {
      marketing: member.consentMarketing,
      partnerOffers: member.consentPartnerOffers,
      eventPhotos: member.consentEventPhotos,
    };
  },

  /** Club directory: the member's cars, oldest registration first, batched across members. */
  cars: (member, _args, context) => {
    return readDirectory(context, 'Member.cars', member.id, () => memberLoaders(context).memberCars.load(member.id));
  },

  /** A reference the chapters subgraph resolves. Public. */
  homeChapter: (member) => ({ id: member.homeChapterId }),

  /** Private record, the same facts as stageHistory: staff and the member only. From the row: no SQL. */
  stages: (member, _args, { viewer }) => {
    assertStaffOrSelf(viewer, member.id, 'Member.stages');
    return {
      reachedAt: member.reachedAt,
      activatedAt: member.activatedAt,
      retainedAt: member.retainedAt,
      monetisedAt: member.monetisedAt,
    };
  },

  /** Club directory: the referring member, or null when the member came without a referral. */
  referrer: (member, _args, context) => {
    return readDirectory(context, 'Member.referrer', member.id, () =>
      member.referrerId === null ? null : memberLoaders(context).member.load(member.referrerId),
    );
  },

  /** Private record: staff and the member only. Newest start first, batched across members. */
  terms: (member, _args, context) => {
    assertStaffOrSelf(context.viewer, member.id, 'Member.terms');
    return memberLoaders(context).memberTerms.load(member.id);
  },

  /** Private record: staff and the member only. The term in force on today's UTC date, or null. */
  currentTerm: (member, _args, context) => {
    assertStaffOrSelf(context.viewer, member.id, 'Member.currentTerm');
    return memberLoaders(context).currentTerm.load(member.id);
  },

  /** Private record: staff and the member only. Oldest first, batched across members. */
  statusHistory: (member, _args, context) => {
    assertStaffOrSelf(context.viewer, member.id, 'Member.statusHistory');
    return memberLoaders(context).statusHistory.load(member.id);
  },

  /** Private record: staff and the member only. In the order reached, from the member row: no SQL. */
  stageHistory: (member, _args, context) => {
    assertStaffOrSelf(context.viewer, member.id, 'Member.stageHistory');
    return stagesReached(member);
  },

  /**
   * Private record: staff and the member only. The member on a day; its
   * fields look the day's facts up, batched per day across members.
   */
  stateOn: (member, { date }, context) => {
    // A day to come has no facts yet: answering it would pass today's state off as a forecast.
    const day = assertNotAfterToday(toCalendarDate(date, 'date'), 'date', chinaDateOf(new Date()));
    assertStaffOrSelf(context.viewer, member.id, 'Member.stateOn');
    return { member, date: day };
  },
};
