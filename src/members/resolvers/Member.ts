import { assertStaffOrSelf } from '../../core/access.js';
import type { MemberResolvers } from '../generated/resolvers.js';
import { stagesReached } from '../lifecycle/stages.js';
import { chinaDateOf } from '../lifecycle/clubCalendar.js';
import { assertNotAfterToday, toCalendarDate } from '../lifecycleArguments.js';
import { memberLoaders } from '../loaders.js';

/**
 * Member: owned by the members subgraph (profile, cars, status, stages,
 * terms); key `id`. Personal fields (email, phone, birthday) and the terms
 * check the viewer on the field itself, so the rule holds on every path that
 * reaches a member: a root field, a referrer, a car's owner, or an entity
 * fetch from another subgraph. A refused field is null with FORBIDDEN; the
 * rest of the member still resolves.
 */
export const Member: MemberResolvers = {
  /** The member row, or null when the id names no member. */
  __resolveReference: (reference, context) => memberLoaders(context).member.load(reference.id),

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

  consents: (member) => ({
    marketing: member.consentMarketing,
    partnerOffers: member.consentPartnerOffers,
    eventPhotos: member.consentEventPhotos,
  }),

  /** The member's cars, oldest registration first, batched across members. */
  cars: (member, _args, context) => memberLoaders(context).memberCars.load(member.id),

  /** A reference the chapters subgraph resolves. */
  homeChapter: (member) => ({ id: member.homeChapterId }),

  stages: (member) => ({
    reachedAt: member.reachedAt,
    activatedAt: member.activatedAt,
    retainedAt: member.retainedAt,
    monetisedAt: member.monetisedAt,
  }),

  /** The referring member, or null when the member came without a referral. */
  referrer: (member, _args, context) =>
    member.referrerId === null ? null : memberLoaders(context).member.load(member.referrerId),

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
