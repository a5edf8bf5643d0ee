import type { PgTable } from 'drizzle-orm/pg-core';
import type { DatabaseHandle } from '../core/database/database.js';
import { TableRows, type CopyData } from './copyRows.js';
import { createActivityWorld, simulateMember } from './generateActivity.js';
import { generateBenefitsCatalogue } from './generateBenefitsCatalogue.js';
import { generateChapters } from './generateChapters.js';
import { EventCopies, knownChaptersOf, knownEventsOf } from './generateEventCopies.js';
import { generateEvents } from './generateEvents.js';
import { generateInWorker } from './generateInWorker.js';
import { generateLeads, LeadShortlist } from './generateLeads.js';
import { generateLoyaltyCatalogue } from './generateLoyaltyCatalogue.js';
import { generateMember } from './generateMembers.js';
import { generatePartnerDeals } from './generatePartnerDeals.js';
import { generatePartners } from './generatePartners.js';
import { generateRoster, lifetimeOf } from './generateRoster.js';
import { seededTables } from './seededTables.js';
import { defaultAsOfDate, toCalendar, type SeedCalendar, type SeedSettings } from './settings.js';
import { writeFeePlanCopy } from './writeFeePlanCopy.js';
import { ClubWriter, type SeedCounts } from './writeRows.js';

export type { SeedCounts } from './writeRows.js';

export interface SeedOptions {
  members: number;
  seed: number;
  /** The club's "today"; 2026-12-01 when omitted. */
  asOfDate?: string;
  /** Members generated and written together; 5,000 when omitted. Does not change the rows. */
  batchSize?: number;
  /**
   * Makes the rows on a worker thread, so that making them overlaps writing
   * them. By default only a club of more than one batch does: for one batch
   * there is little to overlap, and starting the worker costs more.
   */
  inWorker?: boolean;
  /** Called after each step, so a command line can draw a progress bar. */
  onProgress?: (progress: SeedProgress) => void;
}

export interface SeedProgress {
  phase: 'reference' | 'roster' | 'members' | 'leads' | 'done';
  membersWritten: number;
  membersTotal: number;
}

export interface SeedSummary {
  settings: SeedSettings;
  counts: SeedCounts;
  milliseconds: number;
}

/** One table's rows in COPY form, whole. */
function copyOf<TTable extends PgTable>(table: TTable, rows: readonly TTable['$inferInsert'][]): CopyData | null {
  const copy = new TableRows<TTable['$inferInsert']>(table);
  copy.addAll(rows);
  return copy.take();
}

/** The tables a batch of members fills, in the order they are written. */
function memberBatchTables() {
  const { members, loyalty, benefits, events } = seededTables;
  const rowsOf = <TTable extends PgTable>(table: TTable) => new TableRows<TTable['$inferInsert']>(table, 1 << 20);
  return {
    members: rowsOf(members.members),
    cars: rowsOf(members.cars),
    membershipTerms: rowsOf(members.membershipTerms),
    statusChanges: rowsOf(members.statusChanges),
    memberStandings: rowsOf(loyalty.memberStandings),
    tierChanges: rowsOf(loyalty.tierChanges),
    pointsEntries: rowsOf(loyalty.pointsEntries),
    pointsCharges: rowsOf(loyalty.pointsCharges),
    scoreFacts: rowsOf(loyalty.scoreFacts),
    memberTiers: rowsOf(benefits.memberTiers),
    redemptions: rowsOf(benefits.redemptions),
    serviceOrders: rowsOf(benefits.serviceOrders),
    registrations: rowsOf(events.registrations),
    ratings: rowsOf(events.ratings),
  };
}

/** A step of rows, the tables without any left out. */
function present(chunks: readonly (CopyData | null)[]): CopyData[] {
  return chunks.filter((chunk): chunk is CopyData => chunk !== null);
}

/** What a club is made of, worked out from the options. */
export interface ClubPlan {
  settings: SeedSettings;
  calendar: SeedCalendar;
  batchSize: number;
}

export function planClub(options: Pick<SeedOptions, 'members' | 'seed' | 'asOfDate' | 'batchSize'>): ClubPlan {
  const settings: SeedSettings = { seed: options.seed, members: options.members, asOfDate: options.asOfDate ?? defaultAsOfDate };
  return { settings, calendar: toCalendar(settings.asOfDate), batchSize: Math.max(1, options.batchSize ?? 5_000) };
}

/**
 * Takes a club's rows step by step, in the order they must be written:
 * the reference data, each batch of members, then the leads and copies.
 * The promise a step returns holds the next step back until the consumer
 * is ready for it.
 */
export type ClubSink = (step: ClubStep) => Promise<void>;

/** One step of a club's rows, and how many members are made so far. */
export interface ClubStep {
  phase: 'reference' | 'members' | 'leads';
  chunks: CopyData[];
  membersMade: number;
}

/**
 * Makes a whole club's rows, in COPY form: reference data first (regions,
 * chapters, tiers, plans, partners, benefits, events, sponsorships), then
 * the members in batches, then the chapter leads chosen from them and the
 * subgraphs' copies. The same seed and member count always make the same
 * rows in the same order, whatever the batch size. Each member's rows are
 * encoded as soon as the member is played out, so that no row object
 * outlives its member. `yieldEvery` members, the loop lets the event loop
 * run (a database connection on the same thread needs it to send).
 */
export async function generateClub(plan: ClubPlan, sink: ClubSink, options: { yieldEvery?: number } = {}): Promise<void> {
  const { settings, calendar, batchSize } = plan;

  // Reference data: small, generated and written whole.
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
  await sink({
    phase: 'reference',
    membersMade: 0,
    chunks: present([
      copyOf(chapters.regions, chapterRows.regions),
      copyOf(chapters.chapters, chapterRows.chapters),
      copyOf(memberTables.knownChapters, memberChapterCopyRows),
      copyOf(loyalty.feePlans, loyaltyRows.feePlans),
      copyOf(loyalty.tiers, loyaltyRows.tiers),
      copyOf(loyalty.tierReviews, loyaltyRows.tierReviews),
      copyOf(benefits.benefits, catalogue.benefitRows),
      copyOf(benefits.tierBenefits, catalogue.tierBenefitRows),
      copyOf(benefits.services, catalogue.serviceRows),
      copyOf(eventTables.knownChapters, knownChapterRows),
      copyOf(eventTables.events, eventRows),
      copyOf(partners.partners, partnerRows),
      copyOf(partners.sponsorships, deals.sponsorships),
      copyOf(partners.sponsoredEvents, deals.sponsoredEvents),
      copyOf(partners.sponsoredChapters, deals.sponsoredChapters),
      copyOf(partners.offers, deals.offers),
      copyOf(partners.knownEvents, knownEventRows),
    ]),
  });

  // The roster: what members need to know of each other, before any rows.
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

  const batch = memberBatchTables();
  for (let first = 0; first < settings.members; first += batchSize) {
    const last = Math.min(settings.members, first + batchSize);
    for (let index = first; index < last; index++) {
      if (options.yieldEvery && index % options.yieldEvery === 0) await new Promise((resolve) => setImmediate(resolve));
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
      batch.members.add(activity.member);
      batch.cars.addAll(cars);
      batch.membershipTerms.addAll(activity.terms);
      batch.statusChanges.addAll(activity.statusChanges);
      if (activity.standing) batch.memberStandings.add(activity.standing);
      batch.tierChanges.addAll(activity.tierChanges);
      // The benefits subgraph's copy of the tier, as loyalty.TierChanged keeps it.
      const lastTierChange = activity.tierChanges.at(-1);
      if (lastTierChange) {
        batch.memberTiers.add({
          memberId: lastTierChange.memberId,
          tierId: lastTierChange.toTierId,
          effectiveOn: lastTierChange.effectiveOn,
          changedAt: new Date(`${lastTierChange.effectiveOn}T00:00:00+08:00`),
        });
      }
      batch.pointsEntries.addAll(activity.points);
      batch.pointsCharges.addAll(activity.pointsCharges);
      batch.scoreFacts.addAll(activity.scoreFacts);
      batch.redemptions.addAll(activity.redemptions);
      batch.serviceOrders.addAll(activity.serviceOrders);
      batch.registrations.addAll(activity.registrations);
      batch.ratings.addAll(activity.ratings);
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
    await sink({ phase: 'members', membersMade: last, chunks: present(Object.values(batch).map((table) => table.take())) });
  }

  const leads = generateLeads(settings.seed, calendar, shortlist);
  eventCopies.addLeads(leads);
  await sink({
    phase: 'leads',
    membersMade: settings.members,
    chunks: present([
      copyOf(chapters.chapterLeads, leads),
      copyOf(benefits.memberStatuses, statusCopies),
      copyOf(loyalty.memberStatuses, statusCopies),
      // The events subgraph's copies and fee revenue, once every registration is made.
      copyOf(eventTables.memberStatuses, eventCopies.memberStatuses),
      copyOf(eventTables.memberTiers, eventCopies.memberTiers),
      copyOf(eventTables.chapterLeads, eventCopies.chapterLeads),
      copyOf(eventTables.feeCharges, eventCopies.feeCharges),
    ]),
  });
}

/**
 * Builds a whole club into an empty database, in one transaction: the rows
 * of generateClub, written with COPY while the next step is made (on a
 * worker thread, see SeedOptions.inWorker).
 */
export async function seedClub(handle: DatabaseHandle, options: SeedOptions): Promise<SeedSummary> {
  const began = performance.now();
  const plan = planClub(options);
  const { settings, calendar } = plan;
  const report = (phase: SeedProgress['phase'], membersWritten: number) =>
    options.onProgress?.({ phase, membersWritten, membersTotal: settings.members });

  report('reference', 0);
  // The members subgraph's copy of the dues is an upsert over migrated rows,
  // which COPY cannot do; it goes first, outside the load's transaction.
  await writeFeePlanCopy(handle.db, generateLoyaltyCatalogue(calendar).feePlans);

  const writer = new ClubWriter(handle);
  const sink: ClubSink = (step) => {
    if (step.phase === 'reference') report('roster', 0);
    if (step.phase === 'leads') report('leads', settings.members);
    return writer.write(step.chunks, step.phase === 'members' ? () => report('members', step.membersMade) : undefined);
  };
  let generated = false;
  try {
    if (options.inWorker ?? settings.members > plan.batchSize) {
      await generateInWorker(plan, sink);
    } else {
      // A PostgreSQL connection on this thread then sends while the rows are
      // made, and the server's work overlaps with ours.
      await generateClub(plan, sink, { yieldEvery: handle.kind === 'postgres' ? 250 : undefined });
    }
    generated = true;
  } finally {
    // Without every row the load must not commit: it is rolled back, and
    // the failure that stopped the generation is the one thrown.
    if (generated) await writer.close();
    else await writer.abort();
  }

  report('done', settings.members);
  return { settings, counts: writer.counts, milliseconds: Math.round(performance.now() - began) };
}
