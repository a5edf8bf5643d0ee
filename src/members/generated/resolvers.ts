import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MemberModel, CarModel, MembershipTermModel, MemberConnectionModel, MemberEdgeModel, ChapterModel, FeePlanModel, StatusChangeModel, MembershipChangeModel, LifecycleJobRunModel, LifecycleStageReachedModel, MembershipStateModel } from '../models.js';
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
  /** A calendar date without a time of day, written as "YYYY-MM-DD". */
  Date: { input: string; output: string; }
  /** An instant in UTC, written as an ISO 8601 string such as "2026-05-01T09:30:00.000Z". */
  DateTime: { input: Date; output: Date | string; }
  /** An email address. Personal data. */
  EmailAddress: { input: string; output: string; }
  /**
   * A BCP 47 language tag of a language the club can name, such as "zh-CN",
   * "en" or "yue": the language is a two- or three-letter ISO 639 code, and any
   * region or script is a known one. A tag that is well formed but names no
   * such language ("klingon", "xx", "en-XX") is refused as BAD_USER_INPUT naming
   * the argument. Taken in any letter case and kept in canonical form ("zh-cn"
   * is stored and returned as "zh-CN").
   */
  Locale: { input: string; output: string; }
  /**
   * A phone number in E.164 form, such as "+8613800138000". Personal data. It
   * must be a number a telephone network can reach: a "+", the country code, and
   * a number in that country's ranges. It may be written with spaces, hyphens,
   * dots or parentheses between the digits, which are dropped: "+86 138 0013
   * 8000" is stored and returned as "+8613800138000". A number without its
   * country code, with an extension, or of no country ("12345",
   * "+999999999999999") is refused as BAD_USER_INPUT naming the argument.
   */
  PhoneNumber: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * A member's car. Owned by the members subgraph. Key: id. Reached through
 * Member.cars, which only staff and members may read; the plate is for staff
 * and the car's owner only.
 */
export type Car = {
  __typename?: 'Car';
  /** The car's maker. */
  brand: CarBrand;
  /** A UUID. */
  id: Scalars['ID']['output'];
  /** The model, such as "Taycan 4S". */
  model: Scalars['String']['output'];
  /** The member who owns the car. */
  owner: Member;
  /** The licence plate. Personal data: staff and the car's owner only. */
  plate?: Maybe<Scalars['String']['output']>;
  /** What drives the car. */
  powertrain: Powertrain;
  /** The model year. */
  year: Scalars['Int']['output'];
};

/** The premium brands the club's members drive. */
export type CarBrand =
  /** Audi. */
  | 'AUDI'
  /** BMW. */
  | 'BMW'
  /** Li Auto, a premium EV and hybrid brand. */
  | 'LI_AUTO'
  /** Lotus. */
  | 'LOTUS'
  /** Mercedes-Benz. */
  | 'MERCEDES_BENZ'
  /** NIO, a premium EV brand. */
  | 'NIO'
  /** Porsche. */
  | 'PORSCHE'
  /** Tesla, a premium EV brand. */
  | 'TESLA'
  /** Zeekr, a premium EV brand. */
  | 'ZEEKR';

export type Chapter = {
  __typename?: 'Chapter';
  /** How many active members call this chapter home. */
  activeMemberCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The chapter's members, by member number, filtered as asked (the filter's chapterId is ignored). */
  members: MemberConnection;
};


export type ChapterMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A member's contact choices: staff and the member only (see Member.consents). */
export type Consents = {
  __typename?: 'Consents';
  /** May the member's photos from events be published? */
  eventPhotos: Scalars['Boolean']['output'];
  /** May the club send marketing messages? */
  marketing: Scalars['Boolean']['output'];
  /** May partners' offers be sent on the club's behalf? */
  partnerOffers: Scalars['Boolean']['output'];
};

/** A prospect's contact choices; each is false when omitted. */
export type ConsentsInput = {
  /** May the member's photos from events be published? */
  eventPhotos?: InputMaybe<Scalars['Boolean']['input']>;
  /** May the club send marketing messages? */
  marketing?: InputMaybe<Scalars['Boolean']['input']>;
  /** May partners' offers be sent on the club's behalf? */
  partnerOffers?: InputMaybe<Scalars['Boolean']['input']>;
};

export type FeePlan = {
  __typename?: 'FeePlan';
  id: Scalars['ID']['output'];
};

/** What a run of the lifecycle job did. */
export type LifecycleJobRun = {
  __typename?: 'LifecycleJobRun';
  /** The day the rules were applied up to. */
  asOf: Scalars['Date']['output'];
  /** The status changes this run made from LAPSED to CHURNED, ordered by member id; `member { id }` names each member. */
  churned: Array<StatusChange>;
  /** The status changes this run made from ACTIVE to LAPSED, ordered by member id; `member { id }` names each member. */
  lapsed: Array<StatusChange>;
};

/**
 * The member lifecycle, in order: reached (a lead or prospect), activated (a
 * first event or benefit), retained (renewed at least once), monetised (bought a
 * value-added service).
 */
export type LifecycleStage =
  /** Took part in a first event or used a first benefit. */
  | 'ACTIVATED'
  /** Bought a first value-added service. */
  | 'MONETISED'
  /** A lead or prospect the club reached. */
  | 'REACHED'
  /** Renewed the membership at least once. */
  | 'RETAINED';

/** When a member reached a lifecycle stage. */
export type LifecycleStageReached = {
  __typename?: 'LifecycleStageReached';
  /** When the first fact that earns it happened. */
  reachedAt: Scalars['DateTime']['output'];
  /** The stage. */
  stage: LifecycleStage;
};

/** When each lifecycle stage was reached; null when it has not been. Staff and the member only (see Member.stages). */
export type LifecycleStages = {
  __typename?: 'LifecycleStages';
  /** When the member first checked in at an event or used a benefit; null before. */
  activatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the member first bought a value-added service; null before. */
  monetisedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the club first reached the member, as a lead or a prospect. */
  reachedAt: Scalars['DateTime']['output'];
  /** When the member first renewed; null before. */
  retainedAt?: Maybe<Scalars['DateTime']['output']>;
};

/**
 * A club member. Owned by the members subgraph (profile, cars, status, stages,
 * terms); the loyalty, benefits and events subgraphs add their fields. Key: id.
 *
 * Each field says who may read it, the same on every path that reaches a
 * member (member, me, a list, a referrer, a car's owner, a chapter's lead, a
 * registration). A field the viewer may not read is null with a FORBIDDEN
 * error naming it (`extensions.field`), and the rest of the data resolves:
 *
 * - Anyone, anonymous viewers, partners and analysts included: id, tier and
 *   homeChapter. Outside the club a member is no more than that, which is what
 *   partners work with (counts, tiers, chapters).
 * - Staff and members, the club directory: the names, memberNumber, city,
 *   language, cars (without plates), joinedOn, referrer, and where the member
 *   stands today (status, lifecycleStage). Members means members in the club
 *   now, ACTIVE or LAPSED: a token of a prospect, a suspended or churned
 *   member, or an id that names nobody reads only its holder's own record.
 *   Anyone else gets reason MEMBER_DIRECTORY (with the holder's status in
 *   extensions.status for a member token): these name or single out a person.
 * - Staff and the member themself: personal data (email, phone, birthday, a
 *   car's plate), contact choices (consents), and the member's private record:
 *   when and why their standing changed (stages, stageHistory, statusHistory,
 *   stateOn), their terms, and the loyalty, events and benefits fields marked
 *   so (points, value score, tier history, registrations, redemptions, service
 *   orders). Anyone else, other members included, gets reason PERSONAL_DATA.
 */
export type Member = {
  __typename?: 'Member';
  /** Personal data: staff and the member only. */
  birthday?: Maybe<Scalars['Date']['output']>;
  /** The member's cars, oldest registration first. Club directory: staff and members; each plate is personal data. */
  cars?: Maybe<Array<Car>>;
  /** The city the member lives in. Club directory: staff and members. */
  city?: Maybe<Scalars['String']['output']>;
  /** What the member agreed to be contacted about. Staff and the member only, like personal data. */
  consents?: Maybe<Consents>;
  /**
   * The term in force today (by the UTC date), or null when none is. Private
   * record: staff and the member only.
   */
  currentTerm?: Maybe<MembershipTerm>;
  /** The name to show, as the member writes it. Club directory: staff and members. */
  displayName?: Maybe<Scalars['String']['output']>;
  /** Personal data: staff and the member only. */
  email?: Maybe<Scalars['EmailAddress']['output']>;
  /** Family name. Club directory: staff and members. */
  familyName?: Maybe<Scalars['String']['output']>;
  /** Given name. Club directory: staff and members. */
  givenName?: Maybe<Scalars['String']['output']>;
  /** The chapter the member belongs to. Anyone may read it. */
  homeChapter: Chapter;
  /** A UUID. */
  id: Scalars['ID']['output'];
  /** The day the member first joined as an active member; null for prospects. Club directory: staff and members. */
  joinedOn?: Maybe<Scalars['Date']['output']>;
  /** The language the club writes to the member in. Club directory: staff and members. */
  language?: Maybe<Scalars['Locale']['output']>;
  /** The furthest lifecycle stage the member has reached. Club directory: staff and members; when each was reached (stages) is private. */
  lifecycleStage?: Maybe<LifecycleStage>;
  /** The member's number, printed on the card; numbers follow join order. Club directory: staff and members. */
  memberNumber?: Maybe<Scalars['Int']['output']>;
  /** Personal data: staff and the member only. */
  phone?: Maybe<Scalars['PhoneNumber']['output']>;
  /** The member who referred this one, if any. Club directory: staff and members. */
  referrer?: Maybe<Member>;
  /**
   * The lifecycle stages the member has reached, in the order reached.
   * Private record: staff and the member only.
   */
  stageHistory?: Maybe<Array<LifecycleStageReached>>;
  /**
   * When the member reached each lifecycle stage; a stage not reached is null.
   * Private record, the same facts as stageHistory: staff and the member only.
   */
  stages?: Maybe<LifecycleStages>;
  /**
   * The member's status, lifecycle stage and term as they stood at the end of
   * a day (China time), today or before: a day to come is BAD_USER_INPUT
   * naming `date`. For a day before the member was reached, the state's
   * status, stage and term are all null. Private record: staff and the member
   * only.
   */
  stateOn?: Maybe<MembershipState>;
  /** Where the member stands with the club today. Club directory: staff and members; the changes and their reasons (statusHistory) are private. */
  status?: Maybe<MemberStatus>;
  /**
   * Every change of the member's status, oldest first, with its reason.
   * Private record: staff and the member only.
   */
  statusHistory?: Maybe<Array<StatusChange>>;
  /** The membership terms, newest first. Private record: staff and the member only. */
  terms?: Maybe<Array<MembershipTerm>>;
};


/**
 * A club member. Owned by the members subgraph (profile, cars, status, stages,
 * terms); the loyalty, benefits and events subgraphs add their fields. Key: id.
 *
 * Each field says who may read it, the same on every path that reaches a
 * member (member, me, a list, a referrer, a car's owner, a chapter's lead, a
 * registration). A field the viewer may not read is null with a FORBIDDEN
 * error naming it (`extensions.field`), and the rest of the data resolves:
 *
 * - Anyone, anonymous viewers, partners and analysts included: id, tier and
 *   homeChapter. Outside the club a member is no more than that, which is what
 *   partners work with (counts, tiers, chapters).
 * - Staff and members, the club directory: the names, memberNumber, city,
 *   language, cars (without plates), joinedOn, referrer, and where the member
 *   stands today (status, lifecycleStage). Members means members in the club
 *   now, ACTIVE or LAPSED: a token of a prospect, a suspended or churned
 *   member, or an id that names nobody reads only its holder's own record.
 *   Anyone else gets reason MEMBER_DIRECTORY (with the holder's status in
 *   extensions.status for a member token): these name or single out a person.
 * - Staff and the member themself: personal data (email, phone, birthday, a
 *   car's plate), contact choices (consents), and the member's private record:
 *   when and why their standing changed (stages, stageHistory, statusHistory,
 *   stateOn), their terms, and the loyalty, events and benefits fields marked
 *   so (points, value score, tier history, registrations, redemptions, service
 *   orders). Anyone else, other members included, gets reason PERSONAL_DATA.
 */
export type MemberStateOnArgs = {
  date: Scalars['Date']['input'];
};

/** A page of members. */
export type MemberConnection = {
  __typename?: 'MemberConnection';
  /**
   * The members of this page. Staff and members only: anyone else gets null
   * with a FORBIDDEN error (reason MEMBER_DIRECTORY) on this field, and can
   * still read totalCount. Each member's fields follow the rules of Member.
   */
  edges?: Maybe<Array<MemberEdge>>;
  /** Where this page sits in the list: pass its endCursor as `after` for the next page. */
  pageInfo: PageInfo;
  /** How many members match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One member in a page, with the cursor that points at it. */
export type MemberEdge = {
  __typename?: 'MemberEdge';
  /** Points at this item: pass it as `after` to continue the list after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Member;
};

/** What a members list may be narrowed to. Every field is optional. */
export type MemberFilter = {
  /**
   * Members owning at least one car of this brand. With powertrain, the same
   * car must match both: carBrand PORSCHE and powertrain EV finds Taycan owners.
   */
  carBrand?: InputMaybe<CarBrand>;
  /** Members whose home chapter has this id, such as "shanghai". */
  chapterId?: InputMaybe<Scalars['ID']['input']>;
  /** Members whose furthest lifecycle stage is this one. */
  lifecycleStage?: InputMaybe<LifecycleStage>;
  /** Members owning at least one car with this powertrain (of carBrand, when given). */
  powertrain?: InputMaybe<Powertrain>;
  /** Members with this status. */
  status?: InputMaybe<MemberStatus>;
  /** Members currently in this tier. */
  tier?: InputMaybe<TierCode>;
};

/** Where a member stands with the club. */
export type MemberStatus =
  /** A paid-up member. */
  | 'ACTIVE'
  /** Left the club, or lapsed too long. */
  | 'CHURNED'
  /** Dues unpaid past the grace period. */
  | 'LAPSED'
  /** Applied or was reached, not yet admitted. */
  | 'PROSPECT'
  /** Barred for now by the club. */
  | 'SUSPENDED';

/** A prospect's application. */
export type MembershipApplication = {
  /** Personal data; a day in the past. */
  birthday?: InputMaybe<Scalars['Date']['input']>;
  /** How the club reached them, such as "Met the club at a dealer event"; kept as the reason of their first status change. */
  channel?: InputMaybe<Scalars['String']['input']>;
  /** The city the prospect lives in. */
  city: Scalars['String']['input'];
  /** What they agree to be contacted about; nothing when omitted. */
  consents?: InputMaybe<ConsentsInput>;
  /** The name to show, as the prospect writes it. */
  displayName: Scalars['String']['input'];
  /** Personal data. */
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  /** Family name. */
  familyName: Scalars['String']['input'];
  /** Given name. */
  givenName: Scalars['String']['input'];
  /** The chapter they would join, such as "shanghai". */
  homeChapterId: Scalars['ID']['input'];
  /** The language the club writes to them in. */
  language: Scalars['Locale']['input'];
  /** Personal data. */
  phone?: InputMaybe<Scalars['PhoneNumber']['input']>;
  /** The ACTIVE member who referred them; a member applying for a prospect is the referrer. */
  referrerId?: InputMaybe<Scalars['ID']['input']>;
};

/** What a lifecycle mutation did to a member. */
export type MembershipChange = {
  __typename?: 'MembershipChange';
  /** The member, as they stand after the change. */
  member: Member;
  /** The status change recorded; null when the status stayed (renewing an active member, recording dues). */
  statusChange?: Maybe<StatusChange>;
  /** The term begun (admission, renewal), paid (dues) or ended (leaving); null when none was touched. */
  term?: Maybe<MembershipTerm>;
};

/**
 * Where a member stood at the end of a day (China time), from the recorded
 * facts.
 */
export type MembershipState = {
  __typename?: 'MembershipState';
  /** The day. */
  date: Scalars['Date']['output'];
  /** The furthest lifecycle stage reached by then; null when the member had not been reached yet. */
  lifecycleStage?: Maybe<LifecycleStage>;
  /** The status then; null when the member had not been reached yet. */
  status?: Maybe<MemberStatus>;
  /** The term that covered the day, or null when none did. */
  term?: Maybe<MembershipTerm>;
};

/**
 * One term of membership, usually a year. Terms are facts: a renewal adds a new
 * term and a lapse ends one; neither edits the past. Owned by the members
 * subgraph. Key: id.
 *
 * A term is the member's private record: staff and the member only. A term
 * reached by reference for anyone else is null with a FORBIDDEN error.
 */
export type MembershipTerm = {
  __typename?: 'MembershipTerm';
  /** The dues charged for the term. */
  dues: Money;
  /** When the dues were paid, or null while they are unpaid. */
  duesPaidAt?: Maybe<Scalars['DateTime']['output']>;
  /** The last day of the term. */
  endsOn: Scalars['Date']['output'];
  /** The fee plan the dues were set by. */
  feePlan: FeePlan;
  /** A UUID. */
  id: Scalars['ID']['output'];
  /** The member the term belongs to. */
  member: Member;
  /** How the term ended, or OPEN while it runs. */
  outcome: TermOutcome;
  /** When the outcome was recorded; null while the term is open. */
  outcomeAt?: Maybe<Scalars['DateTime']['output']>;
  /** The first day of the term. */
  startsOn: Scalars['Date']['output'];
};

/** An amount of money in the currency's minor unit (fen for CNY), so that sums stay exact. */
export type Money = {
  __typename?: 'Money';
  /** The amount in minor units: 128000 CNY is 1,280.00 yuan. */
  amountMinor: Scalars['Int']['output'];
  /** The currency, such as "CNY". */
  currency: Scalars['Currency']['output'];
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
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Admits a prospect on a fee plan: status ACTIVE and a first one-year term
   * charged the plan's annual dues. Staff only.
   * Errors: NOT_FOUND naming `memberId` or `feePlanId`; CONFLICT
   * INVALID_TRANSITION unless the member is a PROSPECT; BAD_USER_INPUT naming
   * `startsOn` outside the days from the application to today.
   */
  admitMember: MembershipChange;
  /**
   * Records a prospect: a new member with status PROSPECT and stage REACHED,
   * given the next member number. The club enters prospects it reached (at a
   * dealer event, on the website, by a referral): staff may apply for anyone,
   * and a member may put forward a prospect they refer, as the referrer (the
   * referrer is then the member themself). Anonymous applications are not
   * taken. A referrer must be an ACTIVE member.
   * Errors: FORBIDDEN (reason STAFF_OR_REFERRER); BAD_USER_INPUT naming the
   * field of `application` at fault (a blank name, a birthday in the future);
   * BAD_USER_INPUT naming `application.language` for a tag that is not a
   * known language (see Locale); NOT_FOUND naming `application.homeChapterId`
   * for a chapter the club does not have, or `application.referrerId`;
   * CONFLICT with reason REFERRER_NOT_ACTIVE.
   */
  applyForMembership: MembershipChange;
  /**
   * Ends a membership now: the member is CHURNED and their open term ends as
   * LEFT. The member themself or staff.
   * Errors: FORBIDDEN (reason STAFF_OR_SELF); NOT_FOUND naming `memberId`;
   * CONFLICT INVALID_TRANSITION for a PROSPECT or a member already CHURNED.
   */
  leaveClub: MembershipChange;
  /**
   * Records that the dues of a member's open term were paid now. The status
   * does not change: a member who pays within the grace period simply does not
   * lapse. Staff only.
   * Errors: NOT_FOUND naming `termId`; CONFLICT INVALID_TRANSITION unless the
   * member is ACTIVE or SUSPENDED; CONFLICT DUES_ALREADY_PAID, or TERM_CLOSED
   * for a term that has ended (with its outcome as `status`).
   */
  recordDuesPayment: MembershipChange;
  /**
   * Lifts a suspension now: the member is ACTIVE again. Staff only.
   * Errors: NOT_FOUND naming `memberId`; CONFLICT INVALID_TRANSITION.
   */
  reinstateMember: MembershipChange;
  /**
   * Renews a membership with a new one-year term charged its fee plan's annual
   * dues. For an ACTIVE member the open term must be paid; it ends as RENEWED
   * and the new term follows it without a gap (the first renewal marks the
   * member RETAINED). A LAPSED member becomes ACTIVE again on a new term
   * beginning after the lapsed one, no later than today. Staff only.
   * Errors: NOT_FOUND naming `memberId` or `feePlanId`; CONFLICT
   * INVALID_TRANSITION unless the member is ACTIVE or LAPSED, CONFLICT
   * DUES_UNPAID while the open term is unpaid; BAD_USER_INPUT naming
   * `startsOn` when the day does not fit.
   */
  renewMembership: MembershipChange;
  /**
   * Runs the lifecycle job as of the start of a day (00:00 China time), as
   * `npm run lifecycle -- --as-of <day>` does: ACTIVE members whose dues went
   * unpaid past the grace period (30 days after they fell due: the day after a
   * paid term ends, or the first day of an unpaid one) lapse, and members
   * LAPSED for 90 days churn. Each change takes effect when the rule made it
   * due, not when the job runs, so running the job again for the same day, or
   * an earlier one, changes nothing. Staff only. Errors: FORBIDDEN (reason
   * STAFF_ONLY); BAD_USER_INPUT naming `asOf` for a day after today (China
   * calendar), whose lapses have not fallen due yet (`npm run lifecycle` shows
   * them as a dry run).
   */
  runLifecycleJob: LifecycleJobRun;
  /**
   * Suspends an ACTIVE member now; their term runs on. Staff only.
   * Errors: NOT_FOUND naming `memberId`; CONFLICT INVALID_TRANSITION;
   * BAD_USER_INPUT naming a blank `reason`.
   */
  suspendMember: MembershipChange;
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
 */
export type MutationAdmitMemberArgs = {
  duesPaid?: InputMaybe<Scalars['Boolean']['input']>;
  feePlanId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  memberId: Scalars['ID']['input'];
  startsOn?: InputMaybe<Scalars['Date']['input']>;
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
 */
export type MutationApplyForMembershipArgs = {
  application: MembershipApplication;
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
 */
export type MutationLeaveClubArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  memberId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
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
 */
export type MutationRecordDuesPaymentArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  termId: Scalars['ID']['input'];
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
 */
export type MutationReinstateMemberArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  memberId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
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
 */
export type MutationRenewMembershipArgs = {
  duesPaid?: InputMaybe<Scalars['Boolean']['input']>;
  feePlanId?: InputMaybe<Scalars['ID']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  memberId: Scalars['ID']['input'];
  startsOn?: InputMaybe<Scalars['Date']['input']>;
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
 */
export type MutationRunLifecycleJobArgs = {
  asOf: Scalars['Date']['input'];
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
 */
export type MutationSuspendMemberArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  memberId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
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

/** What drives a car. */
export type Powertrain =
  /** Battery electric. */
  | 'EV'
  /** A combustion engine with an electric motor, plug-in or not. */
  | 'HYBRID'
  /** A combustion engine. */
  | 'PETROL';

/** The club graph's reads: each subgraph adds its own root fields. */
export type Query = {
  __typename?: 'Query';
  /**
   * The member the request's token belongs to; null for any viewer that is not
   * a member.
   */
  me?: Maybe<Member>;
  /**
   * One member by id, or null when there is none. Who may read which field is
   * the same as in a list (see Member): anyone gets the id, tier and home
   * chapter; the names and the rest of the club directory are for staff and
   * members; personal data and the member's private record for staff and the
   * member themself.
   */
  member?: Maybe<Member>;
  /**
   * Members in order of member number (join order), filtered as asked. Filters
   * combine with AND. Anyone may read the totalCount; the edges, which name
   * members, are for staff and members only, and each member's fields follow
   * the rules of Member.
   */
  members: MemberConnection;
};


/** The club graph's reads: each subgraph adds its own root fields. */
export type QueryMemberArgs = {
  id: Scalars['ID']['input'];
};


/** The club graph's reads: each subgraph adds its own root fields. */
export type QueryMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * One change of a member's status, with its reason. Changes are facts: they
 * are kept, never edited, and the member's status is the latest of them.
 */
export type StatusChange = {
  __typename?: 'StatusChange';
  /** When the change took effect. */
  effectiveAt: Scalars['DateTime']['output'];
  /** The status before; null for the first one, when the member was reached. */
  from?: Maybe<MemberStatus>;
  /** A UUID. */
  id: Scalars['ID']['output'];
  /** The member whose status changed. */
  member: Member;
  /** Why, in a sentence. */
  reason: Scalars['String']['output'];
  /** The status after. */
  to: MemberStatus;
};

/** How a membership term ended. */
export type TermOutcome =
  /** Dues went unpaid past the grace period. */
  | 'LAPSED'
  /** The member left the club. */
  | 'LEFT'
  /** The term runs, or has ended and awaits renewal. */
  | 'OPEN'
  /** A following term was taken up. */
  | 'RENEWED';

/** The five tiers, lowest first. */
export type TierCode =
  /** The entry tier. */
  | 'BRONZE'
  /** The highest tier. */
  | 'DIAMOND'
  /** The third tier. */
  | 'GOLD'
  /** The fourth tier. */
  | 'PLATINUM'
  /** The second tier. */
  | 'SILVER';



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
  Car: Car;
  Chapter: Chapter;
  Member: Member;
  MembershipTerm: MembershipTerm;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Car:
    ( { __typename: 'Car' }
    & GraphQLRecursivePick<FederationTypes['Car'], {"id":true}> );
  Chapter:
    ( { __typename: 'Chapter' }
    & GraphQLRecursivePick<FederationTypes['Chapter'], {"id":true}> );
  Member:
    ( { __typename: 'Member' }
    & GraphQLRecursivePick<FederationTypes['Member'], {"id":true}> );
  MembershipTerm:
    ( { __typename: 'MembershipTerm' }
    & GraphQLRecursivePick<FederationTypes['MembershipTerm'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Car: ResolverTypeWrapper<CarModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CarBrand: CarBrand;
  Chapter: ResolverTypeWrapper<ChapterModel>;
  Consents: ResolverTypeWrapper<Consents>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ConsentsInput: ConsentsInput;
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EmailAddress: ResolverTypeWrapper<Scalars['EmailAddress']['output']>;
  FeePlan: ResolverTypeWrapper<FeePlanModel>;
  LifecycleJobRun: ResolverTypeWrapper<LifecycleJobRunModel>;
  LifecycleStage: LifecycleStage;
  LifecycleStageReached: ResolverTypeWrapper<LifecycleStageReachedModel>;
  LifecycleStages: ResolverTypeWrapper<LifecycleStages>;
  Locale: ResolverTypeWrapper<Scalars['Locale']['output']>;
  Member: ResolverTypeWrapper<MemberModel>;
  MemberConnection: ResolverTypeWrapper<MemberConnectionModel>;
  MemberEdge: ResolverTypeWrapper<MemberEdgeModel>;
  MemberFilter: MemberFilter;
  MemberStatus: MemberStatus;
  MembershipApplication: MembershipApplication;
  MembershipChange: ResolverTypeWrapper<MembershipChangeModel>;
  MembershipState: ResolverTypeWrapper<MembershipStateModel>;
  MembershipTerm: ResolverTypeWrapper<MembershipTermModel>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PhoneNumber: ResolverTypeWrapper<Scalars['PhoneNumber']['output']>;
  Powertrain: Powertrain;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  StatusChange: ResolverTypeWrapper<StatusChangeModel>;
  TermOutcome: TermOutcome;
  TierCode: TierCode;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Car: CarModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  Chapter: ChapterModel;
  Consents: Consents;
  Boolean: Scalars['Boolean']['output'];
  ConsentsInput: ConsentsInput;
  Currency: Scalars['Currency']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EmailAddress: Scalars['EmailAddress']['output'];
  FeePlan: FeePlanModel;
  LifecycleJobRun: LifecycleJobRunModel;
  LifecycleStageReached: LifecycleStageReachedModel;
  LifecycleStages: LifecycleStages;
  Locale: Scalars['Locale']['output'];
  Member: MemberModel;
  MemberConnection: MemberConnectionModel;
  MemberEdge: MemberEdgeModel;
  MemberFilter: MemberFilter;
  MembershipApplication: MembershipApplication;
  MembershipChange: MembershipChangeModel;
  MembershipState: MembershipStateModel;
  MembershipTerm: MembershipTermModel;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PhoneNumber: Scalars['PhoneNumber']['output'];
  Query: Record<PropertyKey, never>;
  StatusChange: StatusChangeModel;
};

export type CarResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Car'] = ResolversParentTypes['Car'], FederationReferenceType extends FederationReferenceTypes['Car'] = FederationReferenceTypes['Car']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Car']> | FederationReferenceType, FederationReferenceType, ContextType>;
  brand?: Resolver<ResolversTypes['CarBrand'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  model?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  plate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  powertrain?: Resolver<ResolversTypes['Powertrain'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChapterResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Chapter'] = ResolversParentTypes['Chapter'], FederationReferenceType extends FederationReferenceTypes['Chapter'] = FederationReferenceTypes['Chapter']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Chapter']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activeMemberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['MemberConnection'], ParentType, ContextType, Partial<ChapterMembersArgs>>;
};

export type ConsentsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Consents'] = ResolversParentTypes['Consents']> = {
  eventPhotos?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  marketing?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  partnerOffers?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export interface CurrencyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Currency'], any> {
  name: 'Currency';
}

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface EmailAddressScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['EmailAddress'], any> {
  name: 'EmailAddress';
}

export type FeePlanResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FeePlan'] = ResolversParentTypes['FeePlan']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type LifecycleJobRunResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LifecycleJobRun'] = ResolversParentTypes['LifecycleJobRun']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  churned?: Resolver<Array<ResolversTypes['StatusChange']>, ParentType, ContextType>;
  lapsed?: Resolver<Array<ResolversTypes['StatusChange']>, ParentType, ContextType>;
};

export type LifecycleStageReachedResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LifecycleStageReached'] = ResolversParentTypes['LifecycleStageReached']> = {
  reachedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['LifecycleStage'], ParentType, ContextType>;
};

export type LifecycleStagesResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LifecycleStages'] = ResolversParentTypes['LifecycleStages']> = {
  activatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  monetisedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reachedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  retainedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export interface LocaleScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Locale'], any> {
  name: 'Locale';
}

export type MemberResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member'], FederationReferenceType extends FederationReferenceTypes['Member'] = FederationReferenceTypes['Member']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Member']> | FederationReferenceType, FederationReferenceType, ContextType>;
  birthday?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  cars?: Resolver<Maybe<Array<ResolversTypes['Car']>>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  consents?: Resolver<Maybe<ResolversTypes['Consents']>, ParentType, ContextType>;
  currentTerm?: Resolver<Maybe<ResolversTypes['MembershipTerm']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['EmailAddress']>, ParentType, ContextType>;
  familyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  givenName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  homeChapter?: Resolver<ResolversTypes['Chapter'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['Locale']>, ParentType, ContextType>;
  lifecycleStage?: Resolver<Maybe<ResolversTypes['LifecycleStage']>, ParentType, ContextType>;
  memberNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['PhoneNumber']>, ParentType, ContextType>;
  referrer?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  stageHistory?: Resolver<Maybe<Array<ResolversTypes['LifecycleStageReached']>>, ParentType, ContextType>;
  stages?: Resolver<Maybe<ResolversTypes['LifecycleStages']>, ParentType, ContextType>;
  stateOn?: Resolver<Maybe<ResolversTypes['MembershipState']>, ParentType, ContextType, RequireFields<MemberStateOnArgs, 'date'>>;
  status?: Resolver<Maybe<ResolversTypes['MemberStatus']>, ParentType, ContextType>;
  statusHistory?: Resolver<Maybe<Array<ResolversTypes['StatusChange']>>, ParentType, ContextType>;
  terms?: Resolver<Maybe<Array<ResolversTypes['MembershipTerm']>>, ParentType, ContextType>;
};

export type MemberConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MemberConnection'] = ResolversParentTypes['MemberConnection']> = {
  edges?: Resolver<Maybe<Array<ResolversTypes['MemberEdge']>>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MemberEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MemberEdge'] = ResolversParentTypes['MemberEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
};

export type MembershipChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MembershipChange'] = ResolversParentTypes['MembershipChange']> = {
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  statusChange?: Resolver<Maybe<ResolversTypes['StatusChange']>, ParentType, ContextType>;
  term?: Resolver<Maybe<ResolversTypes['MembershipTerm']>, ParentType, ContextType>;
};

export type MembershipStateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MembershipState'] = ResolversParentTypes['MembershipState']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  lifecycleStage?: Resolver<Maybe<ResolversTypes['LifecycleStage']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['MemberStatus']>, ParentType, ContextType>;
  term?: Resolver<Maybe<ResolversTypes['MembershipTerm']>, ParentType, ContextType>;
};

export type MembershipTermResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MembershipTerm'] = ResolversParentTypes['MembershipTerm'], FederationReferenceType extends FederationReferenceTypes['MembershipTerm'] = FederationReferenceTypes['MembershipTerm']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MembershipTerm']> | FederationReferenceType, FederationReferenceType, ContextType>;
  dues?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  duesPaidAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  feePlan?: Resolver<ResolversTypes['FeePlan'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['TermOutcome'], ParentType, ContextType>;
  outcomeAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amountMinor?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  admitMember?: Resolver<ResolversTypes['MembershipChange'], ParentType, ContextType, RequireFields<MutationAdmitMemberArgs, 'duesPaid' | 'feePlanId' | 'memberId'>>;
  applyForMembership?: Resolver<ResolversTypes['MembershipChange'], ParentType, ContextType, RequireFields<MutationApplyForMembershipArgs, 'application'>>;
  leaveClub?: Resolver<ResolversTypes['MembershipChange'], ParentType, ContextType, RequireFields<MutationLeaveClubArgs, 'memberId'>>;
  recordDuesPayment?: Resolver<ResolversTypes['MembershipChange'], ParentType, ContextType, RequireFields<MutationRecordDuesPaymentArgs, 'termId'>>;
  reinstateMember?: Resolver<ResolversTypes['MembershipChange'], ParentType, ContextType, RequireFields<MutationReinstateMemberArgs, 'memberId'>>;
  renewMembership?: Resolver<ResolversTypes['MembershipChange'], ParentType, ContextType, RequireFields<MutationRenewMembershipArgs, 'duesPaid' | 'memberId'>>;
  runLifecycleJob?: Resolver<ResolversTypes['LifecycleJobRun'], ParentType, ContextType, RequireFields<MutationRunLifecycleJobArgs, 'asOf'>>;
  suspendMember?: Resolver<ResolversTypes['MembershipChange'], ParentType, ContextType, RequireFields<MutationSuspendMemberArgs, 'memberId' | 'reason'>>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface PhoneNumberScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PhoneNumber'], any> {
  name: 'PhoneNumber';
}

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  me?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType, RequireFields<QueryMemberArgs, 'id'>>;
  members?: Resolver<ResolversTypes['MemberConnection'], ParentType, ContextType, Partial<QueryMembersArgs>>;
};

export type StatusChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatusChange'] = ResolversParentTypes['StatusChange']> = {
  effectiveAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['MemberStatus']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['MemberStatus'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  Car?: CarResolvers<ContextType>;
  Chapter?: ChapterResolvers<ContextType>;
  Consents?: ConsentsResolvers<ContextType>;
  Currency?: GraphQLScalarType;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  EmailAddress?: GraphQLScalarType;
  FeePlan?: FeePlanResolvers<ContextType>;
  LifecycleJobRun?: LifecycleJobRunResolvers<ContextType>;
  LifecycleStageReached?: LifecycleStageReachedResolvers<ContextType>;
  LifecycleStages?: LifecycleStagesResolvers<ContextType>;
  Locale?: GraphQLScalarType;
  Member?: MemberResolvers<ContextType>;
  MemberConnection?: MemberConnectionResolvers<ContextType>;
  MemberEdge?: MemberEdgeResolvers<ContextType>;
  MembershipChange?: MembershipChangeResolvers<ContextType>;
  MembershipState?: MembershipStateResolvers<ContextType>;
  MembershipTerm?: MembershipTermResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PhoneNumber?: GraphQLScalarType;
  Query?: QueryResolvers<ContextType>;
  StatusChange?: StatusChangeResolvers<ContextType>;
};

