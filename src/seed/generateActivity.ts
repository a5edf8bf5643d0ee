import type { redemptions, serviceOrders } from '../benefits/data/tables.js';
import type { ratings, registrations } from '../events/data/tables.js';
import { attendancePoints, referralPoints, spendPoints } from '../loyalty/rules/points.js';
import type { membershipTerms, statusChanges } from '../members/data/tables.js';
import { chapterCatalogue } from './catalogue/chapters.js';
import { contributionReasons, ratingComments } from './catalogue/events.js';
import { feePlanCatalogue, tierCatalogue } from './catalogue/tiers.js';
import { chinaDate, chinaMonth, chinaYear, DAY, HOUR, MINUTE, YEAR } from './clock.js';
import type { BenefitPlan, BenefitsCatalogue, ServicePlan } from './generateBenefitsCatalogue.js';
import { abroadOpensDaysBefore, type EventPlan } from './generateEvents.js';
import type { MemberInsert, MemberProfile } from './generateMembers.js';
import { activeSpans, monthIndex, type Roster } from './generateRoster.js';
import { memberLifecycleFields } from './memberLifecycle.js';
import {
  LoyaltyAccount,
  seededExpiryRuns,
  seededReviewRuns,
  type ExpiryRun,
  type PointsChargeInsert,
  type PointsEntryInsert,
  type ReviewRun,
  type ScoreFactInsert,
  type StandingInsert,
  type TierChangeInsert,
} from './loyaltyAccount.js';
import { admissionFeePlanId, statusAt, type Lifetime } from './planLifetime.js';
import { Random, WeightedPicker } from './random.js';
import type { SeedCalendar } from './settings.js';
import { Timeline } from './timeline.js';

export type TermInsert = typeof membershipTerms.$inferInsert;
export type StatusChangeInsert = typeof statusChanges.$inferInsert;
export type RegistrationInsert = typeof registrations.$inferInsert;
export type RatingInsert = typeof ratings.$inferInsert;
export type RedemptionInsert = typeof redemptions.$inferInsert;
export type ServiceOrderInsert = typeof serviceOrders.$inferInsert;

/**
 * What every member's simulation shares: the calendar of events with their
 * seats as taken so far. Members are played out one after another in member
 * order, so each event fills first come, first served across the batches.
 */
export interface ActivityWorld {
  seed: number;
  calendar: SeedCalendar;
  roster: Roster;
  events: readonly EventPlan[];
  /** Per chapter, the indices and starts of its events and the national ones, in start order. */
  calendarOf: readonly Int32Array[];
  startsOf: readonly Float64Array[];
  /** Per event: when registration opens and closes (never for a draft). */
  opensAt: Float64Array;
  closes: Float64Array;
  /**
   * Per event, capacity × demand over the summed engagement of its audience:
   * times a member's engagement, the chance they register.
   */
  appeal: Float64Array;
  demandSquared: Float64Array;
  confirmed: Int32Array;
  registered: Int32Array;
  lastRegisteredAt: Float64Array;
  benefits: readonly BenefitPlan[];
  /** Per tier index, the benefits it is entitled to, by popularity. */
  benefitPickers: readonly (WeightedPicker<BenefitPlan> | null)[];
  services: readonly ServicePlan[];
  servicePicker: WeightedPicker<ServicePlan>;
  /** The club's monthly expiry runs and half-year reviews, oldest first. */
  expiryRuns: readonly ExpiryRun[];
  /** Index in expiryRuns of each run's month, as 'YYYY-MM'. */
  expiryRunOfMonth: ReadonlyMap<string, number>;
  reviewRuns: readonly ReviewRun[];
}

/** Share of members at or above each minimum rank (index 0: no minimum). */
const eligibleShare = [1, 1, 0.6, 0.35, 0.15, 0.04];

export function createActivityWorld(
  seed: number,
  calendar: SeedCalendar,
  roster: Roster,
  events: readonly EventPlan[],
  catalogue: BenefitsCatalogue,
): ActivityWorld {
  const calendarOf = chapterCatalogue.map((_, chapterIndex) =>
    Int32Array.from(events.filter((event) => event.chapterIndex === chapterIndex || event.chapterIndex < 0).map((event) => event.index)),
  );
  const appeal = new Float64Array(events.length);
  for (const event of events) {
    const month = Math.min(roster.months - 1, monthIndex(calendar, event.startsAt));
    let audience = 0;
    for (let chapter = 0; chapter < chapterCatalogue.length; chapter++) {
      if (event.chapterIndex < 0 || event.chapterIndex === chapter) audience += roster.pool[chapter * roster.months + month]!;
    }
    audience *= eligibleShare[event.minimumRank]!;
    appeal[event.index] = audience > 0 ? (event.row.capacity * event.demand) / audience : 1;
  }
  const expiryRuns = seededExpiryRuns(calendar);
  return {
    seed,
    calendar,
    roster,
    events,
    calendarOf,
    startsOf: calendarOf.map((indices) => Float64Array.from(indices, (e) => events[e]!.startsAt)),
    opensAt: Float64Array.from(events, (event) => event.opensAt),
    closes: Float64Array.from(events, (event) => Math.min(event.closesAt, calendar.asOf, event.cancelledAt ?? Infinity)),
    appeal,
    demandSquared: Float64Array.from(events, (event) => event.demand ** 2),
    confirmed: new Int32Array(events.length),
    registered: new Int32Array(events.length),
    lastRegisteredAt: new Float64Array(events.length).fill(-Infinity),
    benefits: catalogue.benefits,
    benefitPickers: tierCatalogue.map((_, tierIndex) => {
      const entitled = catalogue.benefits.filter((benefit) => benefit.entry.matrix[tierIndex] !== null);
      return entitled.length === 0 ? null : WeightedPicker.of(entitled, (benefit) => benefit.entry.popularity);
    }),
    services: catalogue.services,
    servicePicker: WeightedPicker.of(catalogue.services, (service) => service.entry.popularity),
    expiryRuns,
    expiryRunOfMonth: new Map(expiryRuns.map((run, index) => [run.asOf.slice(0, 7), index])),
    reviewRuns: seededReviewRuns(calendar),
  };
}

/** Everything one member did, as rows of each subgraph. */
export interface MemberActivity {
  member: MemberInsert & { id: string };
  terms: TermInsert[];
  statusChanges: StatusChangeInsert[];
  standing: StandingInsert | null;
  tierChanges: TierChangeInsert[];
  points: PointsEntryInsert[];
  /** The points charges benefits and events asked loyalty for, with their refunds. */
  pointsCharges: PointsChargeInsert[];
  /** What loyalty's value score counts besides the ledger. */
  scoreFacts: ScoreFactInsert[];
  registrations: RegistrationInsert[];
  ratings: RatingInsert[];
  redemptions: RedemptionInsert[];
  serviceOrders: ServiceOrderInsert[];
  /** Tier index (0 Bronze) at the as-of date, -1 for prospects. */
  tierIndex: number;
  valueScore: number;
}

type Occasion =
  | { type: 'dues'; term: number }
  | { type: 'admission' }
  | { type: 'review'; run: ReviewRun }
  | { type: 'expiry'; run: ExpiryRun }
  | { type: 'register'; event: EventPlan }
  | { type: 'checkin'; event: EventPlan; registration: RegistrationInsert }
  | { type: 'refund'; charge: PointsChargeInsert; reason: string }
  | { type: 'redeem' }
  | { type: 'order' }
  | { type: 'contribution' }
  | { type: 'referral'; referredId: string }
  | { type: 'adjustment' };

/** At one instant: loyalty's jobs (the points expiry, then the tier review) before the members' doings. */
const priorityOf: Record<Occasion['type'], number> = {
  expiry: 0,
  review: 1,
  dues: 2,
  admission: 3,
  register: 4,
  checkin: 4,
  refund: 4,
  redeem: 4,
  order: 4,
  contribution: 4,
  referral: 4,
  adjustment: 4,
};

/** The index of the first entry of an ascending array at or after a value. */
function firstAtOrAfter(values: Float64Array, value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Occasions of a Poisson process over the active spans, `rate` a year. */
function poissonTimes(random: Random, spans: readonly [number, number][], rate: number): number[] {
  const times: number[] = [];
  if (rate <= 0) return times;
  for (const [from, until] of spans) {
    for (let at = from + random.exponential(YEAR / rate); at < until; at += random.exponential(YEAR / rate)) times.push(at);
  }
  return times;
}

function satisfactionOf(random: Random): number {
  const roll = random.next();
  if (roll < 0.56) return 5;
  if (roll < 0.9) return 4;
  if (roll < 0.97) return 3;
  if (roll < 0.99) return 2;
  return 1;
}

function recommendationOf(random: Random, satisfaction: number): number {
  switch (satisfaction) {
    case 5:
      return random.chance(0.85) ? random.int(9, 10) : random.int(7, 8);
    case 4:
      return random.chance(0.4) ? random.int(9, 10) : random.int(7, 8);
    case 3:
      return random.int(5, 7);
    default:
      return random.int(0, 5);
  }
}

/**
 * Plays out one member's years in time order: dues, the half-year tier
 * reviews, registrations (seats permitting), check-ins and ratings, benefit
 * redemptions within the allowance of the tier held at the time, service
 * orders, referrals and contributions, and the yearly expiry of points.
 * A spend happens only when the balance covers it, so the ledger never
 * dips below zero.
 */
export function simulateMember(world: ActivityWorld, index: number, profile: MemberProfile, lifetime: Lifetime): MemberActivity {
  const { calendar, roster } = world;
  const random = Random.of(world.seed, 'activity', index);
  const memberId = profile.id;
  const engagement = roster.engagement[index]!;
  const referrerIndex = roster.referrerOf[index]!;

  const activity: MemberActivity = {
    member: {
      ...profile,
      referrerId: referrerIndex >= 0 ? roster.ids[referrerIndex]! : null,
      status: lifetime.status,
      lifecycleStage: 'REACHED',
      reachedAt: new Date(lifetime.reachedAt),
      activatedAt: null,
      retainedAt: null,
      monetisedAt: null,
      joinedOn: lifetime.joinedAt === null ? null : chinaDate(lifetime.joinedAt),
      tierCode: null,
      tierEffectiveOn: null,
      tierChangedAt: null,
    },
    terms: [],
    statusChanges: lifetime.statusChanges.map((change) => ({
      id: random.uuid(),
      memberId,
      fromStatus: change.from,
      toStatus: change.to,
      reason: change.reason,
      effectiveAt: new Date(change.at),
    })),
    standing: null,
    tierChanges: [],
    points: [],
    pointsCharges: [],
    scoreFacts: [],
    registrations: [],
    ratings: [],
    redemptions: [],
    serviceOrders: [],
    tierIndex: -1,
    valueScore: 0,
  };
  if (lifetime.joinedAt === null) return activity;
  const joinedAt = lifetime.joinedAt;

  // The ledger, the value score and the tier, by loyalty's rules.
  const loyalty = new LoyaltyAccount(memberId, random);
  let activatedAt: number | null = null;
  let monetisedAt: number | null = null;
  const used = new Map<string, number>();

  const activate = (at: number) => {
    if (activatedAt === null) activatedAt = at;
  };
  const isActive = (at: number) => statusAt(lifetime, at) === 'ACTIVE';

  const timeline = new Timeline<Occasion>();
  const schedule = (at: number, occasion: Occasion) => timeline.push(at, priorityOf[occasion.type], occasion);

  lifetime.terms.forEach((term, i) => schedule(term.paidAt, { type: 'dues', term: i }));
  schedule(joinedAt, { type: 'admission' });
  // Reviews at the end of each half year, of every member holding a tier
  // who had not churned by then, as applyTierReview leaves churned ones out.
  for (const run of world.reviewRuns) {
    if (run.at > joinedAt && statusAt(lifetime, run.at - 1) !== 'CHURNED') schedule(run.at, { type: 'review', run });
  }
  // The points expiry runs on the first of each month from the month the
  // member joined; it has work once points are old enough.
  const firstRun = world.expiryRunOfMonth.get(chinaMonth(joinedAt));
  if (firstRun === undefined) throw new Error(`The seed's calendar has no expiry run for ${chinaMonth(joinedAt)}`);
  for (let k = firstRun; k < world.expiryRuns.length; k++) {
    const run = world.expiryRuns[k]!;
    if (run.cutoff > joinedAt) schedule(run.at, { type: 'expiry', run });
  }

  // Registrations: each event draws about demand × capacity registrations
  // from its audience, each member in proportion to their engagement. In a
  // small club that would send everyone to everything, so a member's
  // registrations are also held near what one person manages in a year.
  const spans = activeSpans(lifetime, calendar);
  const activeEnd = spans.length > 0 ? spans[spans.length - 1]![1] : joinedAt;
  const activeYears = spans.reduce((sum, [from, until]) => sum + (until - from), 0) / YEAR;
  const target = (1.5 + 7 * engagement) * Math.max(activeYears, 0.25);
  const chapterIndex = roster.chapterOf[index]!;
  const calendarOf = world.calendarOf[chapterIndex]!;
  const startsOf = world.startsOf[chapterIndex]!;
  const lastStart = activeEnd + abroadOpensDaysBefore * DAY;
  const first = firstAtOrAfter(startsOf, joinedAt);
  let end = first;
  let expected = 0;
  let weighted = 0;
  // Two passes over typed arrays: a club of 100,000 members weighs some
  // hundred million member-event pairs, too many to allocate for.
  for (; end < calendarOf.length && startsOf[end]! <= lastStart; end++) {
    const e = calendarOf[end]!;
    if (world.opensAt[e]! >= world.closes[e]! || world.opensAt[e]! >= activeEnd) continue;
    const probability = Math.min(0.6, engagement * world.appeal[e]!);
    expected += probability;
    weighted += probability * world.demandSquared[e]!;
  }
  // Members drop the less sought-after events first, so popular ones still fill.
  const damping = expected > target ? target / weighted : Infinity;
  for (let k = first; k < end; k++) {
    const e = calendarOf[k]!;
    if (world.opensAt[e]! >= world.closes[e]! || world.opensAt[e]! >= activeEnd) continue;
    const undamped = Math.min(0.6, engagement * world.appeal[e]!);
    const probability = Math.min(undamped, undamped * world.demandSquared[e]! * damping);
    if (random.next() >= probability) continue;

    // Registrations arrive quickly at first, then trail off towards the close.
    const event = world.events[e]!;
    const taken = world.registered[e]!;
    const expectedCount = Math.max(3, 0.5 * event.row.capacity * event.demand);
    const rush = event.opensAt + (event.closesAt - event.opensAt) * (1 - Math.exp(-(taken + 1) / expectedCount));
    const at = Math.floor(Math.max(rush, world.lastRegisteredAt[e]! + random.between(1, 20) * MINUTE) / 1000) * 1000;
    if (at < world.closes[e]! && isActive(at)) schedule(at, { type: 'register', event });
  }

  for (const at of poissonTimes(random, spans, 0.5 + 4 * engagement)) schedule(at, { type: 'redeem' });
  for (const at of poissonTimes(random, spans, 0.03 + 0.45 * engagement * engagement)) schedule(at, { type: 'order' });
  for (const at of poissonTimes(random, spans, 0.6 * engagement * engagement)) schedule(at, { type: 'contribution' });
  for (let r = roster.referralOffsets[index]!; r < roster.referralOffsets[index + 1]!; r++) {
    schedule(roster.referralTimes[r]!, { type: 'referral', referredId: roster.ids[roster.referralMembers[r]!]! });
  }
  if (random.chance(0.02) && spans.length > 0) {
    const [from, until] = spans[0]!;
    schedule(random.between(from, until), { type: 'adjustment' });
  }

  for (let next = timeline.shift(); next; next = timeline.shift()) {
    const { at, value: occasion } = next;
    switch (occasion.type) {
      case 'dues': {
        const term = lifetime.terms[occasion.term]!;
        // Dues follow the plan of the tier held when they are paid; newcomers pay the standard plan.
        const planId = loyalty.tierIndex >= 0 ? tierCatalogue[loyalty.tierIndex]!.feePlanId : admissionFeePlanId;
        const plan = feePlanCatalogue.find((entry) => entry.id === planId)!;
        activity.terms.push({
          id: random.uuid(),
          memberId,
          startsOn: term.startsOn,
          endsOn: term.endsOn,
          feePlanId: plan.id,
          duesMinor: plan.annualDuesMinor,
          currency: 'CNY',
          duesPaidAt: new Date(term.paidAt),
          outcome: term.outcome,
          outcomeAt: term.outcomeAt === null ? null : new Date(term.outcomeAt),
        });
        break;
      }
      case 'admission':
        // Newcomers join on the standard plan, the first term's.
        loyalty.admit(at, admissionFeePlanId);
        break;
      case 'review':
        loyalty.review(occasion.run);
        break;
      case 'expiry':
        loyalty.expire(occasion.run);
        break;
      case 'register':
        register(occasion.event, at);
        break;
      case 'checkin': {
        const { event } = occasion;
        activate(at);
        loyalty.earnForFact({ kind: 'ATTENDANCE', source: `registration:${occasion.registration.id}`, amount: 1 }, at, attendancePoints, 'EARN_ATTENDANCE', `Attended ${event.row.title}`);
        const ratedAt = event.endsAt + random.between(2 * HOUR, 5 * DAY);
        if (ratedAt < calendar.asOf && random.chance(0.55)) {
          const satisfaction = satisfactionOf(random);
          const comments = ratingComments[profile.language][satisfaction >= 4 ? 'high' : satisfaction === 3 ? 'middle' : 'low'];
          activity.ratings.push({
            registrationId: occasion.registration.id!,
            eventId: event.row.id,
            satisfaction,
            likelyToRecommend: recommendationOf(random, satisfaction),
            comment: random.chance(0.35) ? random.pick(comments) : null,
            ratedAt: new Date(ratedAt),
          });
        }
        break;
      }
      case 'refund':
        loyalty.refund(occasion.charge, occasion.reason, at);
        break;
      case 'redeem':
        redeem(at);
        break;
      case 'order':
        order(at);
        break;
      case 'contribution':
        loyalty.book(random.int(2, 6) * 50, 'EARN_CONTRIBUTION', random.pick(contributionReasons), at);
        break;
      case 'referral':
        loyalty.earnForFact({ kind: 'REFERRAL', source: `member:${occasion.referredId}`, amount: 1 }, at, referralPoints, 'EARN_REFERRAL', 'Referral bonus: a member you referred was admitted');
        break;
      case 'adjustment':
        loyalty.book(200, 'ADJUSTMENT', 'Goodwill points after a complaint', at);
        break;
    }
  }

  function register(event: EventPlan, at: number) {
    if (loyalty.tierIndex + 1 < event.minimumRank) return;
    if (event.pointsPrice > 0 && loyalty.balance < event.pointsPrice) return;
    const seat = world.confirmed[event.index]! < event.row.capacity;
    const closes = Math.min(event.closesAt, calendar.asOf);
    const memberCancels = event.cancelledAt === null && closes - at > HOUR && random.chance(0.06);
    const cancelledAt = event.cancelledAt ?? (memberCancels ? at + random.between(0.1, 1) * (closes - at) : null);
    world.registered[event.index]!++;
    world.lastRegisteredAt[event.index] = at;
    // A seat given up goes to the waitlist: the head of it is promoted, and
    // as nobody here waits behind a later registrant, not counting the seat
    // gives the same confirmed total.
    if (seat && cancelledAt === null) world.confirmed[event.index]!++;

    // A seat is confirmed when taken: its points are charged at once here,
    // where the subgraphs hold it pending until loyalty has answered.
    const pointsCharged = seat && event.pointsPrice > 0 ? event.pointsPrice : null;
    const registration: RegistrationInsert = {
      id: random.uuid(),
      eventId: event.row.id,
      memberId,
      status: cancelledAt !== null ? 'CANCELLED' : seat ? 'CONFIRMED' : 'WAITLISTED',
      registeredAt: new Date(at),
      confirmedAt: seat ? new Date(at) : null,
      checkedInAt: null,
      cancelledAt: cancelledAt === null ? null : new Date(cancelledAt),
      cancellationReason: cancelledAt === null ? null : event.cancelledAt !== null ? 'EVENT_CANCELLED' : 'MEMBER',
      pointsCharged,
      pointsEntryId: null,
      pointsRefundRequestedAt: pointsCharged !== null && cancelledAt !== null ? new Date(cancelledAt) : null,
    };
    activity.registrations.push(registration);

    if (pointsCharged !== null) {
      const entry = loyalty.book(-pointsCharged, 'SPEND_EVENT', `Seat at ${event.row.title}`, at);
      const seatCharge = loyalty.charge('events', `registration:${registration.id}`, entry);
      registration.pointsEntryId = entry.id;
      if (cancelledAt !== null) schedule(cancelledAt, { type: 'refund', charge: seatCharge, reason: `Refund: ${event.row.title} registration cancelled` });
    }
    if (registration.status !== 'CONFIRMED') return;

    if (event.startsAt < calendar.asOf && isActive(event.startsAt) && random.chance(0.78 + 0.2 * engagement)) {
      const checkedInAt = Math.min(event.startsAt - 30 * MINUTE + random.between(0, 75) * MINUTE, calendar.asOf - MINUTE);
      registration.checkedInAt = new Date(Math.floor(checkedInAt / 1000) * 1000);
      schedule(registration.checkedInAt.getTime(), { type: 'checkin', event, registration });
    }
  }

  function redeem(at: number) {
    const tierIndex = loyalty.tierIndex;
    const balance = loyalty.balance;
    const picker = tierIndex >= 0 ? world.benefitPickers[tierIndex] : null;
    if (!picker) return;
    const benefit = picker.pick(random);
    const cell = benefit.entry.matrix[tierIndex]!;
    const periodKey = cell.allowance === null ? null : cell.period === 'MONTH' ? chinaMonth(at) : String(chinaYear(at));
    if (cell.allowance !== null) {
      const key = `${benefit.id}|${periodKey}`;
      const count = used.get(key) ?? 0;
      if (count >= cell.allowance) return;
      if (benefit.entry.pointsCost > balance) return;
      used.set(key, count + 1);
    } else if (benefit.entry.pointsCost > balance) {
      return;
    }
    const spent = benefit.entry.pointsCost > 0 ? loyalty.book(-benefit.entry.pointsCost, 'SPEND_BENEFIT', `Redeemed ${benefit.entry.name}`, at) : null;
    const redemptionId = random.uuid();
    if (spent) loyalty.charge('benefits', `redemption:${redemptionId}`, spent);
    activity.redemptions.push({
      id: redemptionId,
      memberId,
      benefitId: benefit.id,
      redeemedAt: new Date(at),
      status: 'CONFIRMED',
      tierId: tierCatalogue[tierIndex]!.id,
      pointsCost: benefit.entry.pointsCost,
      periodKey,
    });
    activate(at);
  }

  function order(at: number) {
    const service = world.servicePicker.pick(random);
    const balance = loyalty.balance;
    const priceYuan = service.entry.priceYuan;
    // Members may pay up to a fifth of the price with points, ten points a yuan.
    const pointsUsed = balance >= 1000 && random.chance(0.35) ? Math.min(Math.floor(balance / 100) * 100, Math.floor((priceYuan * 2) / 100) * 100) : 0;
    const cancelled = random.chance(0.05);
    const amountMinor = service.priceMinor - pointsUsed * 10;
    const orderId = random.uuid();
    activity.serviceOrders.push({
      id: orderId,
      memberId,
      serviceId: service.id,
      amountMinor,
      currency: 'CNY',
      orderedAt: new Date(at),
      status: cancelled ? 'CANCELLED' : at > calendar.asOf - 10 * DAY ? 'PLACED' : 'FULFILLED',
    });
    if (pointsUsed > 0) {
      const orderCharge = loyalty.charge('benefits', `service-order:${orderId}`, loyalty.book(-pointsUsed, 'SPEND_SERVICE', `Paid towards ${service.entry.name}`, at));
      const refundAt = at + random.between(1, 3) * DAY;
      if (cancelled && refundAt < calendar.asOf) schedule(refundAt, { type: 'refund', charge: orderCharge, reason: `Refund: ${service.entry.name} order cancelled` });
    }
    // The order was placed (and the member monetised) before any cancellation.
    if (monetisedAt === null) monetisedAt = at;
    if (cancelled) return;
    loyalty.earnForFact({ kind: 'SPEND', source: `service-order:${orderId}`, amount: amountMinor }, at, spendPoints(amountMinor), 'EARN_SPEND', `Spent on ${service.entry.name}`);
  }

  Object.assign(
    activity.member,
    memberLifecycleFields({ lifetime, firstUseAt: activatedAt, firstOrderAt: monetisedAt, lastTierChange: loyalty.tierChanges.at(-1) }),
  );
  collectLoyalty(activity, loyalty);
  return activity;
}

/** The member's loyalty rows and standing, as the account played them out. */
function collectLoyalty(activity: MemberActivity, loyalty: LoyaltyAccount): void {
  activity.standing = loyalty.standing();
  activity.tierChanges = loyalty.tierChanges;
  activity.points = loyalty.points;
  activity.pointsCharges = loyalty.charges;
  activity.scoreFacts = loyalty.scoreFacts;
  activity.tierIndex = loyalty.tierIndex;
  activity.valueScore = loyalty.valueScore;
}
