/**
 * The member value score the half-year tier review places members by: the
 * club's rule, shared by the subgraph and the seed. It counts the twelve
 * months ending on the day it is taken as of (China calendar), so members
 * who stop taking part drift down again.
 */
import { addDays, addMonths, chinaStartOf } from './clubCalendar.js';

/** What each fact adds to the score. */
export const scoreWeights = {
  /** Per full 100 yuan spent on value-added services (benefits.ServiceOrdered). */
  perHundredYuan: 1,
  /** Per full 10 points earned (entries of the EARN_ kinds; not refunds or adjustments). */
  perTenPoints: 1,
  /** Per check-in at an event (events.MemberCheckedIn). */
  perAttendance: 40,
  /** Per member referred and admitted (members.MemberAdmitted with a referrer). */
  perReferral: 150,
  /** Per contribution (an EARN_CONTRIBUTION entry staff booked, such as a trip report). */
  perContribution: 30,
} as const;

/** How many months of facts the score counts. */
export const scoreWindowMonths = 12;

/** The facts of one member over the window, summed. */
export interface ScoreComponents {
  /** Spent on value-added services, in fen. */
  spendMinor: number;
  /** Points earned (EARN_ entries). */
  pointsEarned: number;
  attendances: number;
  referrals: number;
  contributions: number;
}

export const noScoreComponents: ScoreComponents = { spendMinor: 0, pointsEarned: 0, attendances: 0, referrals: 0, contributions: 0 };

/**
 * The highest score: what GraphQL's Int and the standings' integer column
 * carry. Far above the top tier's threshold, so it changes no placement; a
 * year of earnings large enough to pass it still scores, at this value.
 */
export const maxValueScore = 2_147_483_647;

/**
 * The score: floor(spend / 100 yuan) + floor(points earned / 10)
 * + 40 × attendances + 150 × referrals + 30 × contributions, at most
 * `maxValueScore`.
 */
export function valueScoreOf(components: ScoreComponents): number {
  const score =
    Math.floor(components.spendMinor / 10_000) * scoreWeights.perHundredYuan +
    Math.floor(components.pointsEarned / 10) * scoreWeights.perTenPoints +
    components.attendances * scoreWeights.perAttendance +
    components.referrals * scoreWeights.perReferral +
    components.contributions * scoreWeights.perContribution;
  return Math.min(score, maxValueScore);
}

/**
 * The instants whose facts the score as of a day counts: from the start of
 * the day after the same day twelve months before, to the end of `asOf`
 * (`until` excluded). As of 2026-12-31 that is the calendar year 2026.
 */
export function scoreWindow(asOf: string): { from: number; until: number } {
  return {
    from: chinaStartOf(addDays(addMonths(asOf, -scoreWindowMonths), 1)),
    until: chinaStartOf(addDays(asOf, 1)),
  };
}
