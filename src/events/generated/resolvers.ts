import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EventModel, RegistrationModel, RatingModel, EventConnectionModel, EventEdgeModel, RegistrationConnectionModel, RegistrationEdgeModel, ChapterModel, MemberModel, TierModel } from '../models.js';
import type { RequestContext } from '../../core/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO 4217 currency code, such as "CNY". */
  Currency: { input: string; output: string; }
  /** An instant in UTC, written as an ISO 8601 string such as "2026-05-01T09:30:00.000Z". */
  DateTime: { input: Date; output: Date | string; }
  /**
   * An IANA time zone name, such as "Asia/Shanghai": any zone or link name of
   * the IANA time zone database, taken in any letter case and kept in its IANA
   * spelling ("utc" is stored and returned as "UTC", "europe/berlin" as
   * "Europe/Berlin"). A name is never replaced by another name of the same zone:
   * "CET" stays "CET" and "Asia/Kolkata" is not turned into ICU's
   * "Asia/Calcutta". A name IANA does not have, such as "Mars/Olympus_Mons" or
   * the abbreviations "PST" and "IST", is refused as BAD_USER_INPUT naming the
   * argument.
   */
  TimeZone: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Why a registration was cancelled. */
export type CancellationReason =
  /** A seat came free while the member waited, but they no longer held the event's minimum tier: the seat went to the next one waiting. */
  | 'BELOW_MINIMUM_TIER'
  /** The club called the event off. */
  | 'EVENT_CANCELLED'
  /** The member cancelled. */
  | 'MEMBER'
  /** A seat came free while the member waited, but they were no longer an ACTIVE member: the seat went to the next one waiting. */
  | 'MEMBER_NOT_ACTIVE'
  /** The member's points could not be charged for the seat. */
  | 'POINTS_DECLINED'
  /** Staff cancelled it for the member. */
  | 'STAFF';

export type Chapter = {
  __typename?: 'Chapter';
  /**
   * The chapter's events in order of start, filtered as asked (the filter's
   * chapterId and national are ignored). Drafts are listed only for staff and
   * the chapter's leads.
   */
  events: EventConnection;
  id: Scalars['ID']['output'];
};


export type ChapterEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What a new event is, where and when. Times are instants; they are shown in the event's time zone too. */
export type CreateEventInput = {
  /** How many members can have a seat, at least 1. */
  capacity: Scalars['Int']['input'];
  /** The chapter running it (an id such as "shanghai"), which must exist; null or left out for a national event, which only staff may create. */
  chapterId?: InputMaybe<Scalars['ID']['input']>;
  /** When it ends, as an instant after the start and at most 10 years ahead. */
  endsAt: Scalars['DateTime']['input'];
  /** A fee for a seat; not together with pointsPrice. */
  fee?: InputMaybe<MoneyInput>;
  /** What kind of event it is. */
  kind: EventKind;
  /** The lowest tier admitted ("bronze" to "diamond"); null or left out to admit every tier. */
  minimumTierId?: InputMaybe<Scalars['ID']['input']>;
  /** A price in points for a seat, at least 1; not together with fee. */
  pointsPrice?: InputMaybe<Scalars['Int']['input']>;
  /** When it starts, as an instant: not in the past, and at most 10 years ahead. */
  startsAt: Scalars['DateTime']['input'];
  /**
   * The IANA time zone it takes place in, such as "Europe/Berlin", in any
   * letter case: it is kept as named, in IANA's spelling ("utc" becomes "UTC"),
   * never replaced by another name of the same zone ("CET" stays "CET"). See
   * TimeZone.
   */
  timeZone: Scalars['TimeZone']['input'];
  /** The title members see, 1 to 200 characters. */
  title: Scalars['String']['input'];
  /** Where it takes place; required unless the event is ONLINE, and not allowed for one. */
  venue?: InputMaybe<VenueInput>;
};

/**
 * A club event: a road trip, a track day, a salon, a launch, a charity drive or
 * an online meeting. Owned by the events subgraph; the partners subgraph adds
 * its sponsors. Key: id.
 */
export type Event = {
  __typename?: 'Event';
  /** How many members checked in. */
  attendedCount: Scalars['Int']['output'];
  /** How many members can have a confirmed seat. */
  capacity: Scalars['Int']['output'];
  /** The chapter that runs the event; null for a national event. */
  chapter?: Maybe<Chapter>;
  /** How many seats are confirmed. Public, like every count of an event: it names nobody. */
  confirmedCount: Scalars['Int']['output'];
  /** When the event ends, in UTC. */
  endsAt: Scalars['DateTime']['output'];
  /** When the event ends in its own time zone, ISO 8601 with the offset. */
  endsAtLocal: Scalars['String']['output'];
  /** A UUID. */
  id: Scalars['ID']['output'];
  /** What kind of event it is. */
  kind: EventKind;
  /** The lowest tier admitted; null when every tier is. */
  minimumTier?: Maybe<Tier>;
  /** Whether the whole club is invited rather than one chapter. */
  national: Scalars['Boolean']['output'];
  /** Checked-in members as a share of confirmed seats, from 0 to 1; null before anyone is confirmed. */
  participationRate?: Maybe<Scalars['Float']['output']>;
  /** How many seats are held while the loyalty subgraph charges their points. */
  pendingPaymentCount: Scalars['Int']['output'];
  /** What a seat costs: a fee, a points price, or neither for a free event. */
  price: EventPrice;
  /** What members who attended said of it. */
  ratings: RatingSummary;
  /**
   * The event's registrations, in order of registration, optionally one status's:
   * where a lead finds the registration ids checkIn takes. They name who
   * registered, so they resolve only for staff and for the leads of the event's
   * chapter (any role; a national event's only for staff). Anyone else, other
   * members included, gets null with a FORBIDDEN error (reason
   * STAFF_OR_CHAPTER_LEAD) on this field. A lead reads each registration's
   * seat, not the member's private part of it (see Registration).
   */
  registrations?: Maybe<RegistrationConnection>;
  /** How many seats are neither confirmed nor held: the capacity less both counts. */
  seatsLeft: Scalars['Int']['output'];
  /** When the event starts, in UTC. */
  startsAt: Scalars['DateTime']['output'];
  /** When the event starts in its own time zone, ISO 8601 with the offset, such as "2026-05-01T09:30:00+08:00". */
  startsAtLocal: Scalars['String']['output'];
  /** Where the event stands. */
  status: EventStatus;
  /** The time zone the event takes place in; local times below are in it. */
  timeZone: Scalars['TimeZone']['output'];
  /** The event's title. */
  title: Scalars['String']['output'];
  /** Where it takes place; null for an online event. */
  venue?: Maybe<Venue>;
  /** How many members wait for a seat. */
  waitlistCount: Scalars['Int']['output'];
};


/**
 * A club event: a road trip, a track day, a salon, a launch, a charity drive or
 * an online meeting. Owned by the events subgraph; the partners subgraph adds
 * its sponsors. Key: id.
 */
export type EventRegistrationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RegistrationStatus>;
};

/** A page of events. */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** The items of this page, in the order of the list. */
  edges: Array<EventEdge>;
  /** Where this page sits in the list: pass its endCursor as `after` for the next page. */
  pageInfo: PageInfo;
  /** How many events match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One event in a page, with the cursor that points at it. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Points at this item: pass it as `after` to continue the list after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Event;
};

/** What an events list may be narrowed to. Every field is optional. */
export type EventFilter = {
  /** Events of this chapter (a chapter id such as "shanghai"). */
  chapterId?: InputMaybe<Scalars['ID']['input']>;
  /** Events of this kind. */
  kind?: InputMaybe<EventKind>;
  /** Only national events (true) or only chapter events (false). */
  national?: InputMaybe<Scalars['Boolean']['input']>;
  /** Events that start before this instant. */
  startsBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Events that start at or after this instant. */
  startsFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Events of this status. */
  status?: InputMaybe<EventStatus>;
};

/** The kinds of club event. */
export type EventKind =
  /** A charity or sustainability drive. */
  | 'CHARITY_DRIVE'
  /** A car maker's first showing or first drive of a new model. */
  | 'NEW_MODEL_LAUNCH'
  /** An online event, with no venue. */
  | 'ONLINE'
  /** A drive together over a day or more. */
  | 'ROAD_TRIP'
  /** A salon or talk, usually in a venue of a partner. */
  | 'SALON'
  /** Driving on a closed circuit, with instructors. */
  | 'TRACK_DAY';

/** What a seat at an event costs. Both null: the event is free. */
export type EventPrice = {
  __typename?: 'EventPrice';
  /** A fee in money, or null. */
  fee?: Maybe<Money>;
  /** A price in points, or null. */
  points?: Maybe<Scalars['Int']['output']>;
};

/** Where an event stands. */
export type EventStatus =
  /** Called off. */
  | 'CANCELLED'
  /** Being prepared; not open for registration. */
  | 'DRAFT'
  /** Open for registration. */
  | 'PUBLISHED';

export type Member = {
  __typename?: 'Member';
  id: Scalars['ID']['output'];
  /**
   * The member's confirmed registrations for events that have ended, latest
   * first; `checkedInAt` says whether they attended. Private record: staff and
   * the member themself only; anyone else gets null with a FORBIDDEN error.
   */
  pastEvents?: Maybe<Array<Registration>>;
  /**
   * The member's registrations, newest first, optionally one status's, at most
   * `first` (50 when omitted, 500 at most). Private record: they resolve only for
   * staff and for the member themself; anyone else gets null with a FORBIDDEN
   * error on this field.
   */
  registrations?: Maybe<Array<Registration>>;
  /**
   * The member's registrations for events that have not ended, soonest first
   * (then by registration): confirmed, pending payment and waitlisted ones.
   * Private record: staff and the member themself only; anyone else gets null
   * with a FORBIDDEN error on this field.
   */
  upcomingEvents?: Maybe<Array<Registration>>;
};


export type MemberPastEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type MemberRegistrationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RegistrationStatus>;
};


export type MemberUpcomingEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An amount of money in the currency's minor unit (fen for CNY), so that sums stay exact. */
export type Money = {
  __typename?: 'Money';
  /** The amount in minor units: 128000 CNY is 1,280.00 yuan. */
  amountMinor: Scalars['Int']['output'];
  /** The currency, such as "CNY". */
  currency: Scalars['Currency']['output'];
};

/** An amount of money, in the currency's minor unit. */
export type MoneyInput = {
  /** The amount in minor units, at least 1: 128000 CNY is 1,280.00 yuan. */
  amountMinor: Scalars['Int']['input'];
  /** The currency's ISO 4217 code in upper case, such as "CNY"; "cny" is refused. */
  currency: Scalars['Currency']['input'];
};

/**
 * The club graph's writes. Every mutation runs in one transaction with the
 * domain events it records, and takes an optional idempotencyKey: a retry with
 * the same key returns the first answer instead of applying the change twice.
 * A key is chosen by the client (a UUID will do) and is 8 to 128 letters,
 * digits or the characters . _ : - (BAD_USER_INPUT naming `idempotencyKey`
 * otherwise). Keys are scoped per mutation and per viewer: the same key sent to
 * another mutation, or by another viewer, is a request of its own, while the
 * same key sent again to the same mutation with other arguments is a CONFLICT
 * with reason IDEMPOTENCY_KEY_REUSED, naming `idempotencyKey`.
 * Every CONFLICT of an event's mutation names the current status of what
 * refused it in `extensions.status`: the event's (such as PUBLISHED or
 * CANCELLED), the registration's (such as WAITLISTED) or, for
 * MEMBER_NOT_ACTIVE, the member's (such as LAPSED).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Calls an event off before it ends: every registration is cancelled (reason
   * EVENT_CANCELLED), points charged are refunded and fees marked refunded,
   * except those of members who already checked in at an event under way. Their
   * attendance happened: their registrations stay CONFIRMED with their
   * check-in, keep the price they paid, count in attendedCount, and may rate
   * the event once it ends. Staff, or a lead of the event's chapter. Errors:
   * NOT_FOUND; FORBIDDEN; CONFLICT with reason EVENT_CANCELLED, or EVENT_ENDED
   * once it is over (the message names the end).
   */
  cancelEvent: Event;
  /**
   * Cancels a registration before the event starts: the member themself or
   * staff. A seat given up goes to the first member on the waitlist in the same
   * transaction; points charged for it are refunded and a fee is marked
   * refunded. Errors: NOT_FOUND; FORBIDDEN with reason STAFF_OR_SELF; CONFLICT
   * with reason ALREADY_CANCELLED, CHECKED_IN or EVENT_STARTED.
   */
  cancelRegistration: Registration;
  /**
   * Marks a confirmed member as present, from two hours before the start until
   * the end, once. Feeds the member's lifecycle stage and value score (the
   * members and loyalty subgraphs react to it) and the event's participation
   * rate. Staff, or a lead of the event's chapter, who find the registration
   * ids in Event.registrations. Errors: NOT_FOUND; FORBIDDEN
   * with reason STAFF_OR_CHAPTER_LEAD; CONFLICT with reason ALREADY_CHECKED_IN,
   * NOT_CONFIRMED (naming the registration's status), CHECK_IN_NOT_OPEN or
   * EVENT_ENDED.
   */
  checkIn: Registration;
  /**
   * Creates an event as a DRAFT, not yet open for registration. Staff may create
   * any event; a chapter's lead may create events of that chapter. Errors:
   * BAD_USER_INPUT naming the input field (a start in the past, a start or end
   * more than 10 years ahead, an unknown time zone, an end not after the start,
   * a capacity below 1, both a fee and a points price, a currency not in upper
   * case, a venue for an online event or none for another kind, naming
   * `input.venue`, an unknown minimum tier); NOT_FOUND naming `input.chapterId`
   * for a chapter that does not exist; FORBIDDEN with reason
   * STAFF_OR_CHAPTER_LEAD.
   */
  createEvent: Event;
  /**
   * Opens a DRAFT event for registration. Staff, or a lead of the event's
   * chapter. Errors: NOT_FOUND; FORBIDDEN; CONFLICT with reason EVENT_NOT_DRAFT
   * naming the event's status.
   */
  publishEvent: Event;
  /**
   * Rates an event the member attended, once, after it has ended: only the
   * member themself. Errors: BAD_USER_INPUT naming `input.satisfaction`,
   * `input.likelyToRecommend` or `input.comment`; NOT_FOUND; FORBIDDEN with
   * reason ATTENDEE_ONLY (someone else's registration) or NOT_ATTENDED (no
   * check-in); CONFLICT with reason EVENT_NOT_ENDED or ALREADY_RATED.
   */
  rateEvent: Registration;
  /**
   * Registers a member for a published event: the member themself or staff. The
   * registration is CONFIRMED while seats remain, else WAITLISTED behind those
   * who registered earlier; concurrent registrations never confirm more seats
   * than the capacity. At a points-priced event the seat is held
   * PENDING_PAYMENT until the loyalty subgraph has charged the points (then
   * CONFIRMED) or declined them (then the registration is CANCELLED with reason
   * POINTS_DECLINED, nothing is charged, and the seat goes to the first member
   * on the waitlist). At a fee-priced event the fee is charged with the seat. A
   * member waiting when a seat comes free gets it only if still ACTIVE and of
   * the minimum tier; otherwise the registration is CANCELLED with reason
   * MEMBER_NOT_ACTIVE or BELOW_MINIMUM_TIER and the next one waiting gets it. Errors: BAD_USER_INPUT for a malformed id; NOT_FOUND naming
   * `eventId` or `memberId` (a member the club does not know); FORBIDDEN with
   * reason STAFF_OR_SELF, or BELOW_MINIMUM_TIER naming the tiers; CONFLICT with
   * reason EVENT_NOT_PUBLISHED (a draft), EVENT_CANCELLED, EVENT_STARTED,
   * MEMBER_NOT_ACTIVE (naming the member's status) or ALREADY_REGISTERED.
   */
  registerForEvent: Registration;
  /**
   * Changes an event's details until it ends; fields left out keep their value,
   * a nullable field set to null is cleared. Staff, or a lead of the event's
   * chapter (and of the chapter it moves to). A higher capacity promotes members
   * from the waitlist at once. A new start or end may not be in the past; the
   * start and end as stored may be sent back unchanged while the event is under
   * way. Errors: as createEvent, plus NOT_FOUND naming `id`, and CONFLICT with
   * reason EVENT_CANCELLED, EVENT_ENDED (the message names the end) or
   * CAPACITY_BELOW_CONFIRMED when the capacity would fall below the seats
   * already held.
   */
  updateEvent: Event;
};


/**
 * The club graph's writes. Every mutation runs in one transaction with the
 * domain events it records, and takes an optional idempotencyKey: a retry with
 * the same key returns the first answer instead of applying the change twice.
 * A key is chosen by the client (a UUID will do) and is 8 to 128 letters,
 * digits or the characters . _ : - (BAD_USER_INPUT naming `idempotencyKey`
 * otherwise). Keys are scoped per mutation and per viewer: the same key sent to
 * another mutation, or by another viewer, is a request of its own, while the
 * same key sent again to the same mutation with other arguments is a CONFLICT
 * with reason IDEMPOTENCY_KEY_REUSED, naming `idempotencyKey`.
 * Every CONFLICT of an event's mutation names the current status of what
 * refused it in `extensions.status`: the event's (such as PUBLISHED or
 * CANCELLED), the registration's (such as WAITLISTED) or, for
 * MEMBER_NOT_ACTIVE, the member's (such as LAPSED).
 */
export type MutationCancelEventArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The club graph's writes. Every mutation runs in one transaction with the
 * domain events it records, and takes an optional idempotencyKey: a retry with
 * the same key returns the first answer instead of applying the change twice.
 * A key is chosen by the client (a UUID will do) and is 8 to 128 letters,
 * digits or the characters . _ : - (BAD_USER_INPUT naming `idempotencyKey`
 * otherwise). Keys are scoped per mutation and per viewer: the same key sent to
 * another mutation, or by another viewer, is a request of its own, while the
 * same key sent again to the same mutation with other arguments is a CONFLICT
 * with reason IDEMPOTENCY_KEY_REUSED, naming `idempotencyKey`.
 * Every CONFLICT of an event's mutation names the current status of what
 * refused it in `extensions.status`: the event's (such as PUBLISHED or
 * CANCELLED), the registration's (such as WAITLISTED) or, for
 * MEMBER_NOT_ACTIVE, the member's (such as LAPSED).
 */
export type MutationCancelRegistrationArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The club graph's writes. Every mutation runs in one transaction with the
 * domain events it records, and takes an optional idempotencyKey: a retry with
 * the same key returns the first answer instead of applying the change twice.
 * A key is chosen by the client (a UUID will do) and is 8 to 128 letters,
 * digits or the characters . _ : - (BAD_USER_INPUT naming `idempotencyKey`
 * otherwise). Keys are scoped per mutation and per viewer: the same key sent to
 * another mutation, or by another viewer, is a request of its own, while the
 * same key sent again to the same mutation with other arguments is a CONFLICT
 * with reason IDEMPOTENCY_KEY_REUSED, naming `idempotencyKey`.
 * Every CONFLICT of an event's mutation names the current status of what
 * refused it in `extensions.status`: the event's (such as PUBLISHED or
 * CANCELLED), the registration's (such as WAITLISTED) or, for
 * MEMBER_NOT_ACTIVE, the member's (such as LAPSED).
 */
export type MutationCheckInArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  registrationId: Scalars['ID']['input'];
};


/**
 * The club graph's writes. Every mutation runs in one transaction with the
 * domain events it records, and takes an optional idempotencyKey: a retry with
 * the same key returns the first answer instead of applying the change twice.
 * A key is chosen by the client (a UUID will do) and is 8 to 128 letters,
 * digits or the characters . _ : - (BAD_USER_INPUT naming `idempotencyKey`
 * otherwise). Keys are scoped per mutation and per viewer: the same key sent to
 * another mutation, or by another viewer, is a request of its own, while the
 * same key sent again to the same mutation with other arguments is a CONFLICT
 * with reason IDEMPOTENCY_KEY_REUSED, naming `idempotencyKey`.
 * Every CONFLICT of an event's mutation names the current status of what
 * refused it in `extensions.status`: the event's (such as PUBLISHED or
 * CANCELLED), the registration's (such as WAITLISTED) or, for
 * MEMBER_NOT_ACTIVE, the member's (such as LAPSED).
 */
export type MutationCreateEventArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateEventInput;
};


/**
 * The club graph's writes. Every mutation runs in one transaction with the
 * domain events it records, and takes an optional idempotencyKey: a retry with
 * the same key returns the first answer instead of applying the change twice.
 * A key is chosen by the client (a UUID will do) and is 8 to 128 letters,
 * digits or the characters . _ : - (BAD_USER_INPUT naming `idempotencyKey`
 * otherwise). Keys are scoped per mutation and per viewer: the same key sent to
 * another mutation, or by another viewer, is a request of its own, while the
 * same key sent again to the same mutation with other arguments is a CONFLICT
 * with reason IDEMPOTENCY_KEY_REUSED, naming `idempotencyKey`.
 * Every CONFLICT of an event's mutation names the current status of what
 * refused it in `extensions.status`: the event's (such as PUBLISHED or
 * CANCELLED), the registration's (such as WAITLISTED) or, for
 * MEMBER_NOT_ACTIVE, the member's (such as LAPSED).
 */
export type MutationPublishEventArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The club graph's writes. Every mutation runs in one transaction with the
 * domain events it records, and takes an optional idempotencyKey: a retry with
 * the same key returns the first answer instead of applying the change twice.
 * A key is chosen by the client (a UUID will do) and is 8 to 128 letters,
 * digits or the characters . _ : - (BAD_USER_INPUT naming `idempotencyKey`
 * otherwise). Keys are scoped per mutation and per viewer: the same key sent to
 * another mutation, or by another viewer, is a request of its own, while the
 * same key sent again to the same mutation with other arguments is a CONFLICT
 * with reason IDEMPOTENCY_KEY_REUSED, naming `idempotencyKey`.
 * Every CONFLICT of an event's mutation names the current status of what
 * refused it in `extensions.status`: the event's (such as PUBLISHED or
 * CANCELLED), the registration's (such as WAITLISTED) or, for
 * MEMBER_NOT_ACTIVE, the member's (such as LAPSED).
 */
export type MutationRateEventArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RatingInput;
  registrationId: Scalars['ID']['input'];
};


/**
 * The club graph's writes. Every mutation runs in one transaction with the
 * domain events it records, and takes an optional idempotencyKey: a retry with
 * the same key returns the first answer instead of applying the change twice.
 * A key is chosen by the client (a UUID will do) and is 8 to 128 letters,
 * digits or the characters . _ : - (BAD_USER_INPUT naming `idempotencyKey`
 * otherwise). Keys are scoped per mutation and per viewer: the same key sent to
 * another mutation, or by another viewer, is a request of its own, while the
 * same key sent again to the same mutation with other arguments is a CONFLICT
 * with reason IDEMPOTENCY_KEY_REUSED, naming `idempotencyKey`.
 * Every CONFLICT of an event's mutation names the current status of what
 * refused it in `extensions.status`: the event's (such as PUBLISHED or
 * CANCELLED), the registration's (such as WAITLISTED) or, for
 * MEMBER_NOT_ACTIVE, the member's (such as LAPSED).
 */
export type MutationRegisterForEventArgs = {
  eventId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  memberId: Scalars['ID']['input'];
};


/**
 * The club graph's writes. Every mutation runs in one transaction with the
 * domain events it records, and takes an optional idempotencyKey: a retry with
 * the same key returns the first answer instead of applying the change twice.
 * A key is chosen by the client (a UUID will do) and is 8 to 128 letters,
 * digits or the characters . _ : - (BAD_USER_INPUT naming `idempotencyKey`
 * otherwise). Keys are scoped per mutation and per viewer: the same key sent to
 * another mutation, or by another viewer, is a request of its own, while the
 * same key sent again to the same mutation with other arguments is a CONFLICT
 * with reason IDEMPOTENCY_KEY_REUSED, naming `idempotencyKey`.
 * Every CONFLICT of an event's mutation names the current status of what
 * refused it in `extensions.status`: the event's (such as PUBLISHED or
 * CANCELLED), the registration's (such as WAITLISTED) or, for
 * MEMBER_NOT_ACTIVE, the member's (such as LAPSED).
 */
export type MutationUpdateEventArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: UpdateEventInput;
};

/** Where a page of a list sits. Pass endCursor as `after` to get the next page. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item of this page, or null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether this page was fetched with a cursor, so earlier pages exist. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first item of this page, or null on an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The club graph's reads: each subgraph adds its own root fields. */
export type Query = {
  __typename?: 'Query';
  /**
   * One event by id, or null when there is none. A draft is null too, except
   * for staff and the leads of its chapter.
   */
  event?: Maybe<Event>;
  /**
   * Events in order of start (then id), filtered as asked. Filters combine with
   * AND. Drafts are listed only for staff and, of their own chapters, for the
   * chapters' leads.
   */
  events: EventConnection;
};


/** The club graph's reads: each subgraph adds its own root fields. */
export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


/** The club graph's reads: each subgraph adds its own root fields. */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An attendee's rating of an event, given once after it. */
export type Rating = {
  __typename?: 'Rating';
  /** What the member wrote, if anything. */
  comment?: Maybe<Scalars['String']['output']>;
  /** How likely the member is to recommend the club's events, from 0 to 10. */
  likelyToRecommend: Scalars['Int']['output'];
  /** When the rating was given. */
  ratedAt: Scalars['DateTime']['output'];
  /** Satisfaction from 1 (poor) to 5 (excellent). */
  satisfaction: Scalars['Int']['output'];
};

/** What an attendee thought of an event. */
export type RatingInput = {
  /** Anything the member wants to add, at most 2,000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** How likely the member is to recommend the club's events, from 0 to 10. */
  likelyToRecommend: Scalars['Int']['input'];
  /** Satisfaction from 1 (poor) to 5 (excellent). */
  satisfaction: Scalars['Int']['input'];
};

/** What attendees said of an event. */
export type RatingSummary = {
  __typename?: 'RatingSummary';
  /** The average satisfaction from 1 to 5; null without ratings. */
  averageSatisfaction?: Maybe<Scalars['Float']['output']>;
  /** How many attendees rated the event. */
  count: Scalars['Int']['output'];
  /** Net promoter score from -100 to 100: promoters (9-10) less detractors (0-6), in percent; null without ratings. */
  netPromoterScore?: Maybe<Scalars['Float']['output']>;
};

/**
 * A member's registration for an event. Owned by the events subgraph. Key: id.
 *
 * Whoever may list it (staff and the member themself through
 * Member.registrations, staff and the chapter's leads through
 * Event.registrations) reads the seat: who, its status, when. What the member
 * paid (pointsCharged), why it was cancelled (cancellationReason) and their
 * rating are the member's private record: staff and the member only; a lead
 * gets null with a FORBIDDEN error (reason PERSONAL_DATA) on those fields.
 */
export type Registration = {
  __typename?: 'Registration';
  /** Why it was cancelled; null unless cancelled. Staff and the member only. */
  cancellationReason?: Maybe<CancellationReason>;
  /** When the registration was cancelled; null unless cancelled. */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the member checked in at the event; null if not (yet). */
  checkedInAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the seat was confirmed; null while the member has none for good. */
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The event registered for. */
  event: Event;
  /** A UUID. */
  id: Scalars['ID']['output'];
  /** The member registered. */
  member: Member;
  /**
   * The points the member's ledger was charged for the seat, once the loyalty
   * subgraph has charged them. Null while the charge is pending
   * (PENDING_PAYMENT: the price is `event.price.points`), when loyalty declined
   * it (cancellationReason POINTS_DECLINED: nothing was charged), and at an
   * event not priced in points. A registration cancelled after the charge keeps
   * the figure; its points were refunded. Staff and the member only.
   */
  pointsCharged?: Maybe<Scalars['Int']['output']>;
  /** The member's rating of the event; null until they rate it. Staff and the member only. */
  rating?: Maybe<Rating>;
  /** When the member registered. */
  registeredAt: Scalars['DateTime']['output'];
  /** Where the registration stands. */
  status: RegistrationStatus;
  /** The place on the waitlist, from 1; null unless waitlisted. */
  waitlistPosition?: Maybe<Scalars['Int']['output']>;
};

/** A page of registrations. */
export type RegistrationConnection = {
  __typename?: 'RegistrationConnection';
  /** The items of this page, in the order of the list. */
  edges: Array<RegistrationEdge>;
  /** Where this page sits in the list: pass its endCursor as `after` for the next page. */
  pageInfo: PageInfo;
  /** How many registrations match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One registration in a page, with the cursor that points at it. */
export type RegistrationEdge = {
  __typename?: 'RegistrationEdge';
  /** Points at this item: pass it as `after` to continue the list after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Registration;
};

/** Where a registration stands. */
export type RegistrationStatus =
  /** Cancelled by the member or the club. */
  | 'CANCELLED'
  /** Holds a seat. */
  | 'CONFIRMED'
  /** Holds a seat while the member's points are charged; CONFIRMED once they are. */
  | 'PENDING_PAYMENT'
  /** Waits for a seat. */
  | 'WAITLISTED';

export type Tier = {
  __typename?: 'Tier';
  id: Scalars['ID']['output'];
};

/**
 * The fields of an event to change. A field left out keeps its value; a
 * nullable field given as null is cleared (chapterId null makes the event
 * national).
 */
export type UpdateEventInput = {
  /** How many members can have a seat: at least 1, and not below the seats already held. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** The chapter running it, which must exist; null for a national event. */
  chapterId?: InputMaybe<Scalars['ID']['input']>;
  /** When it ends, as an instant after the start: a new end may not be in the past, and is at most 10 years ahead. */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** A fee for a seat; null for none. Seats already held keep the price they had. */
  fee?: InputMaybe<MoneyInput>;
  /** What kind of event it is. */
  kind?: InputMaybe<EventKind>;
  /** The lowest tier admitted; null to admit every tier. */
  minimumTierId?: InputMaybe<Scalars['ID']['input']>;
  /** A price in points; null for none. Seats already held keep the price they had. */
  pointsPrice?: InputMaybe<Scalars['Int']['input']>;
  /** When it starts, as an instant: a new start may not be in the past, and is at most 10 years ahead. */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The IANA time zone it takes place in, kept as named in IANA's spelling (see TimeZone). */
  timeZone?: InputMaybe<Scalars['TimeZone']['input']>;
  /** The title, 1 to 200 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Where it takes place; null for an online event. */
  venue?: InputMaybe<VenueInput>;
};

/** A place where an event takes place. */
export type Venue = {
  __typename?: 'Venue';
  /** The street address. */
  address: Scalars['String']['output'];
  /** The city. */
  city: Scalars['String']['output'];
  /** The venue's name, such as "Shanghai International Circuit". */
  name: Scalars['String']['output'];
};

/** A place where an event takes place. */
export type VenueInput = {
  /** The street address. */
  address: Scalars['String']['input'];
  /** The city. */
  city: Scalars['String']['input'];
  /** The venue's name, such as "Shanghai International Circuit". */
  name: Scalars['String']['input'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Chapter: Chapter;
  Event: Event;
  Member: Member;
  Registration: Registration;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Chapter:
    ( { __typename: 'Chapter' }
    & GraphQLRecursivePick<FederationTypes['Chapter'], {"id":true}> );
  Event:
    ( { __typename: 'Event' }
    & GraphQLRecursivePick<FederationTypes['Event'], {"id":true}> );
  Member:
    ( { __typename: 'Member' }
    & GraphQLRecursivePick<FederationTypes['Member'], {"id":true}> );
  Registration:
    ( { __typename: 'Registration' }
    & GraphQLRecursivePick<FederationTypes['Registration'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CancellationReason: CancellationReason;
  Chapter: ResolverTypeWrapper<ChapterModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CreateEventInput: CreateEventInput;
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Event: ResolverTypeWrapper<EventModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  EventConnection: ResolverTypeWrapper<EventConnectionModel>;
  EventEdge: ResolverTypeWrapper<EventEdgeModel>;
  EventFilter: EventFilter;
  EventKind: EventKind;
  EventPrice: ResolverTypeWrapper<EventPrice>;
  EventStatus: EventStatus;
  Member: ResolverTypeWrapper<MemberModel>;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Rating: ResolverTypeWrapper<RatingModel>;
  RatingInput: RatingInput;
  RatingSummary: ResolverTypeWrapper<RatingSummary>;
  Registration: ResolverTypeWrapper<RegistrationModel>;
  RegistrationConnection: ResolverTypeWrapper<RegistrationConnectionModel>;
  RegistrationEdge: ResolverTypeWrapper<RegistrationEdgeModel>;
  RegistrationStatus: RegistrationStatus;
  Tier: ResolverTypeWrapper<TierModel>;
  TimeZone: ResolverTypeWrapper<Scalars['TimeZone']['output']>;
  UpdateEventInput: UpdateEventInput;
  Venue: ResolverTypeWrapper<Venue>;
  VenueInput: VenueInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Chapter: ChapterModel;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  CreateEventInput: CreateEventInput;
  Currency: Scalars['Currency']['output'];
  DateTime: Scalars['DateTime']['output'];
  Event: EventModel;
  Boolean: Scalars['Boolean']['output'];
  Float: Scalars['Float']['output'];
  EventConnection: EventConnectionModel;
  EventEdge: EventEdgeModel;
  EventFilter: EventFilter;
  EventPrice: EventPrice;
  Member: MemberModel;
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Rating: RatingModel;
  RatingInput: RatingInput;
  RatingSummary: RatingSummary;
  Registration: RegistrationModel;
  RegistrationConnection: RegistrationConnectionModel;
  RegistrationEdge: RegistrationEdgeModel;
  Tier: TierModel;
  TimeZone: Scalars['TimeZone']['output'];
  UpdateEventInput: UpdateEventInput;
  Venue: Venue;
  VenueInput: VenueInput;
};

export type ChapterResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Chapter'] = ResolversParentTypes['Chapter'], FederationReferenceType extends FederationReferenceTypes['Chapter'] = FederationReferenceTypes['Chapter']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Chapter']> | FederationReferenceType, FederationReferenceType, ContextType>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<ChapterEventsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface CurrencyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Currency'], any> {
  name: 'Currency';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event'], FederationReferenceType extends FederationReferenceTypes['Event'] = FederationReferenceTypes['Event']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Event']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attendedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  chapter?: Resolver<Maybe<ResolversTypes['Chapter']>, ParentType, ContextType>;
  confirmedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endsAtLocal?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  minimumTier?: Resolver<Maybe<ResolversTypes['Tier']>, ParentType, ContextType>;
  national?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  participationRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  pendingPaymentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['EventPrice'], ParentType, ContextType>;
  ratings?: Resolver<ResolversTypes['RatingSummary'], ParentType, ContextType>;
  registrations?: Resolver<Maybe<ResolversTypes['RegistrationConnection']>, ParentType, ContextType, Partial<EventRegistrationsArgs>>;
  seatsLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  startsAtLocal?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EventStatus'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['TimeZone'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType>;
  waitlistCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type EventPriceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EventPrice'] = ResolversParentTypes['EventPrice']> = {
  fee?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  points?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MemberResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member'], FederationReferenceType extends FederationReferenceTypes['Member'] = FederationReferenceTypes['Member']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Member']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pastEvents?: Resolver<Maybe<Array<ResolversTypes['Registration']>>, ParentType, ContextType, Partial<MemberPastEventsArgs>>;
  registrations?: Resolver<Maybe<Array<ResolversTypes['Registration']>>, ParentType, ContextType, Partial<MemberRegistrationsArgs>>;
  upcomingEvents?: Resolver<Maybe<Array<ResolversTypes['Registration']>>, ParentType, ContextType, Partial<MemberUpcomingEventsArgs>>;
};

export type MoneyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amountMinor?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  cancelEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationCancelEventArgs, 'id'>>;
  cancelRegistration?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationCancelRegistrationArgs, 'id'>>;
  checkIn?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationCheckInArgs, 'registrationId'>>;
  createEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationCreateEventArgs, 'input'>>;
  publishEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationPublishEventArgs, 'id'>>;
  rateEvent?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationRateEventArgs, 'input' | 'registrationId'>>;
  registerForEvent?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationRegisterForEventArgs, 'eventId' | 'memberId'>>;
  updateEvent?: Resolver<ResolversTypes['Event'], ParentType, ContextType, RequireFields<MutationUpdateEventArgs, 'id' | 'input'>>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, Partial<QueryEventsArgs>>;
};

export type RatingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Rating'] = ResolversParentTypes['Rating']> = {
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  likelyToRecommend?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ratedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  satisfaction?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RatingSummaryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RatingSummary'] = ResolversParentTypes['RatingSummary']> = {
  averageSatisfaction?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  netPromoterScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type RegistrationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Registration'] = ResolversParentTypes['Registration'], FederationReferenceType extends FederationReferenceTypes['Registration'] = FederationReferenceTypes['Registration']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Registration']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cancellationReason?: Resolver<Maybe<ResolversTypes['CancellationReason']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  checkedInAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  pointsCharged?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['Rating']>, ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RegistrationStatus'], ParentType, ContextType>;
  waitlistPosition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type RegistrationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegistrationConnection'] = ResolversParentTypes['RegistrationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RegistrationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegistrationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegistrationEdge'] = ResolversParentTypes['RegistrationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Registration'], ParentType, ContextType>;
};

export type TierResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Tier'] = ResolversParentTypes['Tier']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface TimeZoneScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['TimeZone'], any> {
  name: 'TimeZone';
}

export type VenueResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Venue'] = ResolversParentTypes['Venue']> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  Chapter?: ChapterResolvers<ContextType>;
  Currency?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  EventPrice?: EventPriceResolvers<ContextType>;
  Member?: MemberResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Rating?: RatingResolvers<ContextType>;
  RatingSummary?: RatingSummaryResolvers<ContextType>;
  Registration?: RegistrationResolvers<ContextType>;
  RegistrationConnection?: RegistrationConnectionResolvers<ContextType>;
  RegistrationEdge?: RegistrationEdgeResolvers<ContextType>;
  Tier?: TierResolvers<ContextType>;
  TimeZone?: GraphQLScalarType;
  Venue?: VenueResolvers<ContextType>;
};

