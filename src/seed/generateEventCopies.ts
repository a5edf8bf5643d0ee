import type { chapterLeads, feeCharges, knownChapters, memberStatuses, memberTiers } from '../events/data/tables.js';
import type { knownEvents } from '../partners/data/tables.js';
import { DAY } from './clock.js';
import type { MemberActivity } from './generateActivity.js';
import type { ChapterInsert } from './generateChapters.js';
import type { EventPlan } from './generateEvents.js';
import type { ChapterLeadInsert } from './generateLeads.js';
import type { SeedCalendar } from './settings.js';

type FeeChargeInsert = typeof feeCharges.$inferInsert;

/**
 * What the events subgraph keeps of other subgraphs' facts and of its own
 * fee revenue, built from the seeded rows so that it says what the handlers
 * would have written had the facts been recorded one by one: each member's
 * last status (members.MemberStatusChanged), last tier (loyalty.TierChanged),
 * the chapters' leads (chapters.LeadAppointed), and a fee charge for every
 * seat taken at a fee-priced event, refunded when the seat was given up.
 */
export class EventCopies {
  readonly memberStatuses: (typeof memberStatuses.$inferInsert)[] = [];
  readonly memberTiers: (typeof memberTiers.$inferInsert)[] = [];
  readonly chapterLeads: (typeof chapterLeads.$inferInsert)[] = [];
  readonly feeCharges: FeeChargeInsert[] = [];
  private readonly fees: Map<string, { amountMinor: number; currency: string }>;

  constructor(events: readonly EventPlan[]) {
    this.fees = new Map(
      events.flatMap((event) =>
        event.row.feeMinor == null || event.row.feeCurrency == null
          ? []
          : [[event.row.id, { amountMinor: event.row.feeMinor, currency: event.row.feeCurrency }] as const],
      ),
    );
  }

  /** Takes one member's copies from what the simulation made of them. */
  addMember(activity: MemberActivity): void {
    const lastStatus = activity.statusChanges.at(-1);
    if (lastStatus) {
      this.memberStatuses.push({ memberId: lastStatus.memberId, status: lastStatus.toStatus, effectiveAt: lastStatus.effectiveAt });
    }
    const lastTier = activity.tierChanges.at(-1);
    if (lastTier) {
      this.memberTiers.push({
        memberId: lastTier.memberId,
        tierId: lastTier.toTierId,
        effectiveOn: lastTier.effectiveOn,
        changedAt: new Date(`${lastTier.effectiveOn}T00:00:00+08:00`),
      });
    }
    for (const registration of activity.registrations) {
      const fee = this.fees.get(registration.eventId);
      if (!fee || !registration.confirmedAt) continue;
      this.feeCharges.push({
        registrationId: registration.id!,
        eventId: registration.eventId,
        memberId: registration.memberId,
        ...fee,
        chargedAt: registration.confirmedAt,
        refundedAt: registration.cancelledAt ?? null,
      });
    }
  }

  /** Takes the chapters' leads, as appointed on the day they took their role. */
  addLeads(leads: readonly ChapterLeadInsert[]): void {
    for (const lead of leads) {
      this.chapterLeads.push({
        chapterId: lead.chapterId,
        memberId: lead.memberId,
        role: lead.role,
        active: true,
        changedAt: new Date(`${lead.since}T00:00:00+08:00`),
      });
    }
  }
}

/**
 * The events subgraph's copy of the chapters that exist, as its events are
 * checked against: every seeded chapter, by id.
 */
export function knownChaptersOf(chapters: readonly ChapterInsert[]): (typeof knownChapters.$inferInsert)[] {
  return chapters.map((chapter) => ({ chapterId: chapter.id }));
}

/**
 * The partners subgraph's copy of the events that exist, as events.EventCreated
 * keeps it: every event, announced a month before its registration opened
 * (or today, for a draft not yet open).
 */
export function knownEventsOf(events: readonly EventPlan[], calendar: SeedCalendar): (typeof knownEvents.$inferInsert)[] {
  return events.map((event) => ({ eventId: event.row.id, createdAt: new Date(Math.min(event.opensAt - 30 * DAY, calendar.asOf)) }));
}
