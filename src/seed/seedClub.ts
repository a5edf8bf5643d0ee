import type { DatabaseHandle } from '../core/database/database.js';
import { createActivityWorld, simulateMember } from './generateActivity.js';
import { generateBenefitsCatalogue } from './generateBenefitsCatalogue.js';
import { generateChapters } from './generateChapters.js';
import { EventCopies, knownChaptersOf, knownEventsOf } from './generateEventCopies.js';
import { generateEvents } from './generateEvents.js';
import { generateLeads, LeadShortlist } from './generateLeads.js';
import { generateLoyaltyCatalogue } from './generateLoyaltyCatalogue.js';
import { generateMember } from './generateMembers.js';
import { generatePartnerDeals } from './generatePartnerDeals.js';
import { generatePartners } from './generatePartners.js';
import { generateRoster, lifetimeOf } from './generateRoster.js';
import { seededTables } from './seededTables.js';
import { defaultAsOfDate, toCalendar, type SeedSettings } from './settings.js';
import { writeFeePlanCopy } from './writeFeePlanCopy.js';
import { emptyMemberBatch, insertRows, writeMemberBatch, writeSubgraphs, type MemberBatch } from './writeRows.js';

export interface SeedOptions {
  members: number;
  seed: number;
  /** The club's "today"; 2026-12-01 when omitted. */
  asOfDate?: string;
  /** Members generated and written together; 5,000 when omitted. Does not change the rows. */
  batchSize?: number;
  /** Called after each step, so a command line can draw a progress bar. */
  onProgress?: (progress: SeedProgress) => void;
}

export interface SeedProgress {
  phase: 'reference' | 'roster' | 'members' | 'leads' | 'done';
  membersWritten: number;
  membersTotal: number;
}

/** How many rows went into each table, by subgraph and table name. */
export type SeedCounts = Record<string, number>;

export interface SeedSummary {
  settings: SeedSettings;
  counts: SeedCounts;
  milliseconds: number;
}

/** The qualified table names of a batch's rows, for the summary. */
const batchTableNames: Record<keyof MemberBatch, string> = {
  members: 'members.members',
  cars: 'members.cars',
  membershipTerms: 'members.membership_terms',
  statusChanges: 'members.status_changes',
  memberStandings: 'loyalty.member_standings',
  tierChanges: 'loyalty.tier_changes',
  pointsEntries: 'loyalty.points_entries',
  pointsCharges: 'loyalty.points_charges',
  scoreFacts: 'loyalty.score_facts',
  memberTiers: 'benefits.member_tiers',
  redemptions: 'benefits.redemptions',
  serviceOrders: 'benefits.service_orders',
  registrations: 'events.registrations',
  ratings: 'events.ratings',
};

function append<T>(target: T[], rows: readonly T[]): void {
  for (const row of rows) target.push(row);
}

/**
 * Builds a whole club into an empty database: reference data first (regions,
 * chapters, tiers, plans, partners, benefits, events, sponsorships), then the
 * members in batches, then the chapter leads chosen from them. The same seed
 * and member count always write the same rows, whatever the batch size.
 */
export async function seedClub(handle: DatabaseHandle, options: SeedOptions): Promise<SeedSummary> {
  const began = performance.now();
  const settings: SeedSettings = { seed: options.seed, members: options.members, asOfDate: options.asOfDate ?? defaultAsOfDate };
  const calendar = toCalendar(settings.asOfDate);
  const batchSize = Math.max(1, options.batchSize ?? 5_000);
  const counts: SeedCounts = {};
  const count = (name: string, rows: readonly unknown[]) => (counts[name] = (counts[name] ?? 0) + rows.length);
  const report = (phase: SeedProgress['phase'], membersWritten: number) =>
    options.onProgress?.({ phase, membersWritten, membersTotal: settings.members });

  // Reference data: small, generated and written whole.
  report('reference', 0);
  const chapterRows = generateChapters();
  const loyaltyRows = generateLoyaltyCatalogue(calendar);
  const partnerSet = generatePartners(settings.seed, calendar);
  const catalogue = generateBenefitsCatalogue(settings.seed, partnerSet);
  const events = generateEvents(settings.seed, settings.members, calendar);
  const deals = generatePartnerDeals(settings.seed, calendar, partnerSet, catalogue, events);
  const { chapters, members: memberTables, loyalty, benefits, events: eventTables, partners } = seededTables;
  // The members subgraph's copy of the chapters, by the same ids.
  const memberChapterCopyRows = chapterRows.chapters.map((chapter) => ({ chapterId: chapter.id }));
  const partnerRows = partnerSet.plans.map((plan) => plan.row);
  const eventRows = events.map((event) => event.row);
  const knownEventRows = knownEventsOf(events, calendar);
  const knownChapterRows = knownChaptersOf(chapterRows.chapters);
  await writeSubgraphs(handle, [
    async (tx) => {
      await insertRows(tx, chapters.regions, chapterRows.regions);
      await insertRows(tx, chapters.chapters, chapterRows.chapters);
    },
    (tx) => insertRows(tx, memberTables.knownChapters, memberChapterCopyRows),
    async (tx) => {
      await insertRows(tx, loyalty.feePlans, loyaltyRows.feePlans);
      await insertRows(tx, loyalty.tiers, loyaltyRows.tiers);
      await insertRows(tx, loyalty.tierReviews, loyaltyRows.tierReviews);
    },
    async (tx) => {
      await insertRows(tx, benefits.benefits, catalogue.benefitRows);
      await insertRows(tx, benefits.tierBenefits, catalogue.tierBenefitRows);
      await insertRows(tx, benefits.services, catalogue.serviceRows);
    },
    async (tx) => {
      await insertRows(tx, eventTables.knownChapters, knownChapterRows);
      await insertRows(tx, eventTables.events, eventRows);
    },
    async (tx) => {
      await insertRows(tx, partners.partners, partnerRows);
      await insertRows(tx, partners.sponsorships, deals.sponsorships);
      await insertRows(tx, partners.sponsoredEvents, deals.sponsoredEvents);
      await insertRows(tx, partners.sponsoredChapters, deals.sponsoredChapters);
      await insertRows(tx, partners.offers, deals.offers);
      await insertRows(tx, partners.knownEvents, knownEventRows);
    },
  ]);
  // The members subgraph's copy of the dues is an upsert over migrated rows,
  // which COPY cannot do.
  await writeFeePlanCopy(handle.db, loyaltyRows.feePlans);
  count('chapters.regions', chapterRows.regions);
  count('chapters.chapters', chapterRows.chapters);
  count('members.known_chapters', memberChapterCopyRows);
  count('loyalty.fee_plans', loyaltyRows.feePlans);
  count('loyalty.tiers', loyaltyRows.tiers);
  count('loyalty.tier_reviews', loyaltyRows.tierReviews);
  count('benefits.benefits', catalogue.benefitRows);
  count('benefits.tier_benefits', catalogue.tierBenefitRows);
  count('benefits.services', catalogue.serviceRows);
  count('events.known_chapters', knownChapterRows);
  count('events.events', eventRows);
  count('partners.partners', partnerRows);
  count('partners.sponsorships', deals.sponsorships);
  count('partners.sponsored_events', deals.sponsoredEvents);
  count('partners.sponsored_chapters', deals.sponsoredChapters);
  count('partners.offers', deals.offers);
  count('partners.known_events', knownEventRows);

  // The roster: what members need to know of each other, before any rows.
  report('roster', 0);
  const horizon = events.reduce((latest, event) => Math.max(latest, event.startsAt), calendar.asOf);
  const roster = generateRoster(settings, calendar, horizon);
  const world = createActivityWorld(settings.seed, calendar, roster, events, catalogue);
  const shortlist = new LeadShortlist();
  const eventCopies = new EventCopies(events);
  // Plates of the cars generated so far: members come in index order.
  const takenPlates = new Set<string>();
  // The benefits and loyalty subgraphs' status copies, as
  // members.MemberStatusChanged keeps them: the same rows in both.
  const statusCopies: (typeof benefits.memberStatuses.$inferInsert)[] = [];

  // While one batch is written, the next is generated: on PostgreSQL the
  // server's work then overlaps with ours. A failed write is kept as a value
  // until it is awaited, so that it is not reported as unhandled meanwhile.
  let writing: Promise<unknown> = Promise.resolve(null);
  const finish = async () => {
    const failure = await writing;
    if (failure instanceof Error) throw failure;
  };
  for (let first = 0; first < settings.members; first += batchSize) {
    const last = Math.min(settings.members, first + batchSize);
    const batch: MemberBatch = emptyMemberBatch();
    for (let index = first; index < last; index++) {
      if (handle.kind === 'postgres' && index % 250 === 0) await new Promise((resolve) => setImmediate(resolve));
      const lifetime = lifetimeOf(settings, calendar, roster, index);
      const chapterIndex = roster.chapterOf[index]!;
      const { profile, cars } = generateMember(
        settings.seed,
        index,
        { id: roster.ids[index]!, chapterIndex, reachedAt: lifetime.reachedAt, joinedAt: lifetime.joinedAt },
        calendar,
        takenPlates,
      );
      const activity = simulateMember(world, index, profile, lifetime);
      batch.members.push(activity.member);
      append(batch.cars, cars);
      append(batch.membershipTerms, activity.terms);
      append(batch.statusChanges, activity.statusChanges);
      if (activity.standing) batch.memberStandings.push(activity.standing);
      append(batch.tierChanges, activity.tierChanges);
      // The benefits subgraph's copy of the tier, as loyalty.TierChanged keeps it.
      const lastTierChange = activity.tierChanges.at(-1);
      if (lastTierChange) {
        batch.memberTiers.push({
          memberId: lastTierChange.memberId,
          tierId: lastTierChange.toTierId,
          effectiveOn: lastTierChange.effectiveOn,
          changedAt: new Date(`${lastTierChange.effectiveOn}T00:00:00+08:00`),
        });
      }
      append(batch.pointsEntries, activity.points);
      append(batch.pointsCharges, activity.pointsCharges);
      append(batch.scoreFacts, activity.scoreFacts);
      append(batch.redemptions, activity.redemptions);
      append(batch.serviceOrders, activity.serviceOrders);
      append(batch.registrations, activity.registrations);
      append(batch.ratings, activity.ratings);
      eventCopies.addMember(activity);
      const lastStatusChange = activity.statusChanges.at(-1);
      if (lastStatusChange) {
        statusCopies.push({ memberId: lastStatusChange.memberId, status: lastStatusChange.toStatus, effectiveAt: lastStatusChange.effectiveAt });
      }
      if (activity.member.status === 'ACTIVE' && lifetime.joinedAt !== null) {
        shortlist.offer(chapterIndex, {
          index,
          memberId: profile.id,
          joinedAt: lifetime.joinedAt,
          tierIndex: activity.tierIndex,
          valueScore: activity.valueScore,
        });
      }
    }

    await finish();
    writing = writeMemberBatch(handle, batch).then(
      () => {
        for (const [table, rows] of Object.entries(batch)) count(`${batchTableNames[table as keyof MemberBatch]}`, rows);
        report('members', last);
        return null;
      },
      (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
    );
  }
  await finish();

  report('leads', settings.members);
  const leads = generateLeads(settings.seed, calendar, shortlist);
  eventCopies.addLeads(leads);
  await writeSubgraphs(handle, [
    (tx) => insertRows(tx, chapters.chapterLeads, leads),
    (tx) => insertRows(tx, benefits.memberStatuses, statusCopies),
    (tx) => insertRows(tx, loyalty.memberStatuses, statusCopies),
    // The events subgraph's copies and fee revenue, once every registration is written.
    async (tx) => {
      await insertRows(tx, eventTables.memberStatuses, eventCopies.memberStatuses);
      await insertRows(tx, eventTables.memberTiers, eventCopies.memberTiers);
      await insertRows(tx, eventTables.chapterLeads, eventCopies.chapterLeads);
      await insertRows(tx, eventTables.feeCharges, eventCopies.feeCharges);
    },
  ]);
  count('chapters.chapter_leads', leads);
  count('benefits.member_statuses', statusCopies);
  count('loyalty.member_statuses', statusCopies);
  count('events.member_statuses', eventCopies.memberStatuses);
  count('events.member_tiers', eventCopies.memberTiers);
  count('events.chapter_leads', eventCopies.chapterLeads);
  count('events.fee_charges', eventCopies.feeCharges);

  report('done', settings.members);
  return { settings, counts, milliseconds: Math.round(performance.now() - began) };
}
