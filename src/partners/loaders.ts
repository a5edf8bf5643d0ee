import DataLoader from 'dataloader';
import { manyByKey, oneByKey } from '../core/batch.js';
import type { Database } from '../core/database/database.js';
import type { EntityReference } from '../core/models.js';
import { requestScoped } from '../core/requestScoped.js';
import { findOffers, findOffersOfPartners } from './data/offerQueries.js';
import { findPartners, findPartnersOfChapters, findSponsorsOfEvents } from './data/partnerQueries.js';
import {
  findChaptersOfSponsorships,
  findEventsOfPartners,
  findEventsOfSponsorships,
  findSponsorships,
  findSponsorshipsOfPartners,
} from './data/sponsorshipQueries.js';
import type { OfferRow, PartnerRow, SponsorshipRow } from './data/tables.js';

/** Partners by id; null for an id that names none. */
export function createPartnerLoader(db: Database) {
  return new DataLoader<string, PartnerRow | null>(async (ids) => oneByKey(ids, await findPartners(db, ids), (row) => row.id));
}

/** Each chapter's local partners, by name; empty for a chapter without any. */
export function createChapterPartnersLoader(db: Database) {
  return new DataLoader<string, PartnerRow[]>(async (ids) =>
    manyByKey(ids, await findPartnersOfChapters(db, ids), (row) => row.chapterId),
  );
}

/**
 * Each event's sponsors, highest level first then by name, each partner once;
 * empty for an unsponsored event.
 */
export function createEventSponsorsLoader(db: Database) {
  return new DataLoader<string, PartnerRow[]>(async (ids) => {
    const rows = await findSponsorsOfEvents(db, ids);
    return manyByKey(ids, rows, (row) => row.eventId).map((sponsors) => sponsors.map((row) => row.partner));
  });
}

/** Sponsorships by id; null for an id that names none. */
export function createSponsorshipLoader(db: Database) {
  return new DataLoader<string, SponsorshipRow | null>(async (ids) =>
    oneByKey(ids, await findSponsorships(db, ids), (row) => row.id),
  );
}

/** Each partner's sponsorships, newest first. */
export function createPartnerSponsorshipsLoader(db: Database) {
  return new DataLoader<string, SponsorshipRow[]>(async (ids) =>
    manyByKey(ids, await findSponsorshipsOfPartners(db, ids), (row) => row.partnerId),
  );
}

/** Each sponsorship's covered events as references, in order of event id. */
export function createSponsorshipEventsLoader(db: Database) {
  return new DataLoader<string, EntityReference[]>(async (ids) => {
    const rows = await findEventsOfSponsorships(db, ids);
    return manyByKey(ids, rows, (row) => row.sponsorshipId).map((events) => events.map((row) => ({ id: row.eventId })));
  });
}

/** Each partner's sponsored events as references, in order of event id, each once. */
export function createPartnerSponsoredEventsLoader(db: Database) {
  return new DataLoader<string, EntityReference[]>(async (ids) => {
    const rows = await findEventsOfPartners(db, ids);
    return manyByKey(ids, rows, (row) => row.partnerId).map((events) => events.map((row) => ({ id: row.eventId })));
  });
}

/** Each sponsorship's covered chapters as references, in order of chapter id. */
export function createSponsorshipChaptersLoader(db: Database) {
  return new DataLoader<string, EntityReference[]>(async (ids) => {
    const rows = await findChaptersOfSponsorships(db, ids);
    return manyByKey(ids, rows, (row) => row.sponsorshipId).map((chapters) => chapters.map((row) => ({ id: row.chapterId })));
  });
}

/** Offers by id; null for an id that names none. */
export function createOfferLoader(db: Database) {
  return new DataLoader<string, OfferRow | null>(async (ids) => oneByKey(ids, await findOffers(db, ids), (row) => row.id));
}

/** Each partner's offers, newest valid-from day first. */
export function createPartnerOffersLoader(db: Database) {
  return new DataLoader<string, OfferRow[]>(async (ids) =>
    manyByKey(ids, await findOffersOfPartners(db, ids), (row) => row.partnerId),
  );
}

/** The partners subgraph's loaders for one request. */
export const partnerLoaders = requestScoped(({ db }) => ({
  partner: createPartnerLoader(db),
  chapterPartners: createChapterPartnersLoader(db),
  eventSponsors: createEventSponsorsLoader(db),
  sponsorship: createSponsorshipLoader(db),
  partnerSponsorships: createPartnerSponsorshipsLoader(db),
  sponsorshipEvents: createSponsorshipEventsLoader(db),
  partnerSponsoredEvents: createPartnerSponsoredEventsLoader(db),
  sponsorshipChapters: createSponsorshipChaptersLoader(db),
  offer: createOfferLoader(db),
  partnerOffers: createPartnerOffersLoader(db),
}));
