import { gracePeriodDays, lapseToChurnDays, termEndsOn } from '../members/lifecycle/policy.js';
import { lifecycleReasons } from '../members/lifecycle/reasons.js';
import { leavingReasons, reachChannels, suspensionReasons } from './catalogue/names.js';
import { addDays, chinaDate, chinaMidnight, DAY, HOUR } from './clock.js';
import { Random, WeightedPicker } from './random.js';
import type { SeedCalendar } from './settings.js';

export type MemberStatus = 'PROSPECT' | 'ACTIVE' | 'LAPSED' | 'CHURNED' | 'SUSPENDED';
export type TermOutcome = 'OPEN' | 'RENEWED' | 'LAPSED' | 'LEFT';

/** A membership term as the member lived it; dues and plan are set later, by the tier then. */
export interface PlannedTerm {
  startsOn: string;
  endsOn: string;
  /** When the dues were paid; before the term starts for an early renewal. */
  paidAt: number;
  outcome: TermOutcome;
  outcomeAt: number | null;
}

export interface PlannedStatusChange {
  from: MemberStatus | null;
  to: MemberStatus;
  reason: string;
  at: number;
}

/** One member's path through the club: reached, joined, renewed, lapsed, left. */
export interface Lifetime {
  reachedAt: number;
  joinedAt: number | null;
  terms: PlannedTerm[];
  statusChanges: PlannedStatusChange[];
  status: MemberStatus;
}

/** The fee plan every member is admitted on: dues follow the tier, and a newcomer has none yet. */
export const admissionFeePlanId = 'standard';

const channelPicker = new WeightedPicker(reachChannels);

/** The instant a term ends: the start of the day after its last day. */
export function termEnd(term: { endsOn: string }): number {
  return chinaMidnight(addDays(term.endsOn, 1));
}

/** The member's status at an instant, from the lifetime's status changes. */
export function statusAt(lifetime: Lifetime, instant: number): MemberStatus | null {
  let status: MemberStatus | null = null;
  for (const change of lifetime.statusChanges) {
    if (change.at > instant) break;
    status = change.to;
  }
  return status;
}

/**
 * Plays out one member's membership from the day they were reached to the
 * as-of date. Renewal grows likelier with engagement and with each renewal,
 * which puts churn near the club's 25% a year. Every fact lies before the
 * as-of date, and the status at the end follows from the terms: ACTIVE
 * members hold a paid term covering the as-of date.
 *
 * The history follows the rules the members subgraph applies (its
 * transition table, grace and churn periods, term length and reasons): each
 * step is one an API call or the lifecycle job would have recorded, so the
 * job run as of the as-of date finds nothing left to do. Nobody is left
 * inside the grace period on the as-of date: a member whose term ended in
 * the last 30 days either renewed on time or left.
 */
export function planLifetime(
  seed: number,
  index: number,
  input: { keyTime: number; prospect: boolean; engagement: number },
  calendar: SeedCalendar,
): Lifetime {
  const random = Random.of(seed, 'life', index);
  const changes: PlannedStatusChange[] = [];
  const change = (from: MemberStatus | null, to: MemberStatus, reason: string, at: number) => changes.push({ from, to, reason, at });

  if (input.prospect) {
    change(null, 'PROSPECT', channelPicker.pick(random), input.keyTime);
    return { reachedAt: input.keyTime, joinedAt: null, terms: [], statusChanges: changes, status: 'PROSPECT' };
  }

  const joinedAt = input.keyTime;
  const reachedAt = joinedAt - Math.min(60, 1 + random.exponential(9)) * DAY;
  change(null, 'PROSPECT', channelPicker.pick(random), reachedAt);
  change('PROSPECT', 'ACTIVE', lifecycleReasons.admitted(admissionFeePlanId), joinedAt);

  const terms: PlannedTerm[] = [];
  let status: MemberStatus = 'ACTIVE';
  let startsOn = chinaDate(joinedAt);
  let paidAt = joinedAt;
  let renewals = 0;

  for (;;) {
    const term: PlannedTerm = { startsOn, endsOn: termEndsOn(startsOn), paidAt, outcome: 'OPEN', outcomeAt: null };
    terms.push(term);
    const begins = chinaMidnight(startsOn);
    const ends = termEnd(term);

    // A rare suspension sits well inside the term, clear of its renewal.
    if (random.chance(0.015)) {
      const from = Math.max(begins, paidAt) + random.between(20, 280) * DAY;
      const until = from + random.between(14, 60) * DAY;
      if (from < calendar.asOf && until < ends - 31 * DAY) {
        change('ACTIVE', 'SUSPENDED', random.pick(suspensionReasons), from);
        if (until >= calendar.asOf) {
          status = 'SUSPENDED';
          break;
        }
        change('SUSPENDED', 'ACTIVE', lifecycleReasons.reinstated, until);
      }
    }

    // A few leave in the middle of a term.
    if (random.chance(0.02)) {
      const at = random.between(Math.max(begins, paidAt) + 30 * DAY, ends - 30 * DAY);
      if (at < calendar.asOf) {
        term.outcome = 'LEFT';
        term.outcomeAt = at;
        change('ACTIVE', 'CHURNED', random.pick(leavingReasons.slice(1)), at);
        status = 'CHURNED';
        break;
      }
    }

    if (ends > calendar.asOf) break;

    const renews = random.chance(Math.min(0.95, 0.55 + 0.3 * input.engagement + 0.05 * renewals));
    if (renews) {
      const late = random.chance(0.2) && ends + gracePeriodDays * DAY <= calendar.asOf;
      const renewedAt = late
        ? ends + random.between(1, gracePeriodDays - 1) * DAY
        : Math.max(ends - random.between(HOUR / DAY, 30) * DAY, paidAt + DAY);
      term.outcome = 'RENEWED';
      term.outcomeAt = renewedAt;
      startsOn = addDays(term.endsOn, 1);
      paidAt = renewedAt;
      renewals++;
      continue;
    }

    const lapsesAt = ends + gracePeriodDays * DAY;
    if (lapsesAt > calendar.asOf || random.chance(0.42)) {
      // Left on the term's last day: leaving takes effect at once.
      term.outcome = 'LEFT';
      term.outcomeAt = Math.max(ends - random.between(1, 20) * HOUR, paidAt + HOUR);
      change('ACTIVE', 'CHURNED', random.pick(leavingReasons), term.outcomeAt);
      status = 'CHURNED';
      break;
    }

    term.outcome = 'LAPSED';
    term.outcomeAt = lapsesAt;
    change('ACTIVE', 'LAPSED', lifecycleReasons.lapsed, lapsesAt);
    status = 'LAPSED';

    const reinstatedAt = lapsesAt + random.between(3, 80) * DAY;
    if (random.chance(0.25) && reinstatedAt < calendar.asOf) {
      change('LAPSED', 'ACTIVE', lifecycleReasons.renewedAfterLapse, reinstatedAt);
      status = 'ACTIVE';
      startsOn = chinaDate(reinstatedAt);
      paidAt = reinstatedAt;
      continue;
    }

    const churnsAt = lapsesAt + lapseToChurnDays * DAY;
    if (churnsAt <= calendar.asOf) {
      change('LAPSED', 'CHURNED', lifecycleReasons.churned, churnsAt);
      status = 'CHURNED';
    }
    break;
  }

  return { reachedAt, joinedAt, terms, statusChanges: changes, status };
}
