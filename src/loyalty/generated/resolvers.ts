import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TierModel, FeePlanModel, TierChangeModel, PointsEntryModel, PointsEntryConnectionModel, PointsEntryEdgeModel, MemberModel, TierReviewModel, TierReviewMoveModel, TierReviewMoveConnectionModel, TierReviewMoveEdgeModel } from '../models.js';
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
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * A dues plan: standard, premium or flagship, each serving some tiers. Owned by
 * the loyalty subgraph. Key: id.
 */
export type FeePlan = {
  __typename?: 'FeePlan';
  /** The dues for one year's term. */
  annualDues: Money;
  /** The plan's code. */
  code: FeePlanCode;
  /** A stable slug such as "premium". */
  id: Scalars['ID']['output'];
  /** The plan's display name. */
  name: Scalars['String']['output'];
  /** The tiers whose members pay by this plan, lowest first. */
  tiers: Array<Tier>;
};

/** The dues plans. */
export type FeePlanCode =
  /** The plan for Diamond. */
  | 'FLAGSHIP'
  /** The plan for Gold and Platinum. */
  | 'PREMIUM'
  /** The entry plan, for Bronze and Silver. */
  | 'STANDARD';

export type Member = {
  __typename?: 'Member';
  id: Scalars['ID']['output'];
  /**
   * The points balance: the sum of the member's whole points ledger; 0 for an
   * empty ledger. Private record: staff and the member only.
   */
  pointsBalance?: Maybe<Scalars['Int']['output']>;
  /** The member's points entries, newest first. Private record: staff and the member only. */
  pointsLedger?: Maybe<PointsEntryConnection>;
  /** The member's tier; null for prospects, who have none yet. Anyone may read it: partners work with tiers, never with names. */
  tier?: Maybe<Tier>;
  /** Every change of the member's tier, newest first. Private record: staff and the member only. */
  tierHistory?: Maybe<Array<TierChange>>;
  /**
   * The member value score the tier review places members by, over the twelve
   * months ending today (China calendar):
   *
   *     floor(spent on value-added services / 100 yuan)
   *   + floor(points earned / 10)
   *   + 40 × events attended (check-ins)
   *   + 150 × members referred and admitted
   *   + 30 × contributions (EARN_CONTRIBUTION entries, such as trip reports)
   *
   * Points earned are the entries of the EARN_ kinds; spends, refunds, expiries
   * and adjustments do not count. 0 for prospects; at most 2,147,483,647.
   * Private record: staff and the member only.
   */
  valueScore?: Maybe<Scalars['Int']['output']>;
};


export type MemberPointsLedgerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
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
   * Corrects a member's points by a signed amount with a reason: staff only.
   * Books one ADJUSTMENT line; a negative adjustment is refused when it would
   * take the balance below zero. Errors: BAD_USER_INPUT naming `points` (0, or
   * not a whole number from -1,000,000 to 1,000,000) or `reason`; NOT_FOUND naming `memberId`; CONFLICT
   * with reason INSUFFICIENT_POINTS, naming the balance; FORBIDDEN (reason
   * STAFF_ONLY).
   */
  adjustPoints: PointsEntry;
  /**
   * Applies the half-year tier review of `half` as of `asOf` (see
   * tierReviewPreview for the rule): for each member it moves, a TierChange
   * effective on `asOf` with the score and threshold that decided it, and the
   * member's tier changed. A half year is applied once: applying it again
   * changes nothing and answers the review applied first. Staff only. Errors
   * as tierReviewPreview.
   */
  applyTierReview: TierReview;
  /**
   * Books points a member earned: staff only. The entry is one positive line
   * of the ledger, of the kind given, dated now. Errors: BAD_USER_INPUT naming
   * `points` (not a whole number from 1 to 1,000,000, the club's limit for one
   * entry) or `reason` (empty or longer than 200 characters); NOT_FOUND naming `memberId` when loyalty holds no
   * standing for the member (unknown, or a prospect not yet admitted);
   * FORBIDDEN (reason STAFF_ONLY) for anyone but staff.
   */
  earnPoints: PointsEntry;
  /**
   * Expires points older than the club's expiry period (24 months), first in
   * first out: staff only. For each member, points earned (every positive
   * line) before the day `asOf` minus 24 months that later spending has not
   * used up are taken by EXPIRE lines dated `asOf` (one, or several of at
   * most 1,000,000 each). Spending uses the oldest points first, so what
   * expires is the old earnings minus everything the ledger has taken so far,
   * expiries included: running it again for the same day, or an earlier one,
   * books nothing more. Errors: BAD_USER_INPUT naming
   * `asOf` for a day that has not begun in China; FORBIDDEN (reason
   * STAFF_ONLY).
   */
  expirePoints: PointsExpiry;
  /**
   * Sets a member's tier outside a review, effective today (China calendar),
   * with staff's reason: a TierChange with reason STAFF_DECISION. The next
   * review does not demote the member from a tier set during its half year.
   * Staff only. Errors: BAD_USER_INPUT naming `memberId`, `tierId` or `reason`;
   * NOT_FOUND naming `memberId` (no standing) or `tierId`; CONFLICT with
   * reason SAME_TIER when the member holds that tier already; FORBIDDEN
   * (reason STAFF_ONLY).
   */
  setMemberTier: TierChange;
  /**
   * Spends a member's points: staff, or the member themself. Books one negative
   * line of the ledger, dated now, only while the balance covers it; concurrent
   * spends of one member are counted one after another, so none makes the
   * balance negative. Errors: BAD_USER_INPUT naming `points` (not a whole
   * number from 1 to 1,000,000) or `reason`;
   * NOT_FOUND naming `memberId`; CONFLICT with reason INSUFFICIENT_POINTS,
   * naming the balance, when the balance is smaller than `points`; FORBIDDEN
   * (reason STAFF_OR_SELF) for anyone else.
   */
  spendPoints: PointsEntry;
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
export type MutationAdjustPointsArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  memberId: Scalars['ID']['input'];
  points: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
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
export type MutationApplyTierReviewArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  half: Scalars['String']['input'];
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
export type MutationEarnPointsArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: PointsEarnKind;
  memberId: Scalars['ID']['input'];
  points: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
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
export type MutationExpirePointsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
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
export type MutationSetMemberTierArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  memberId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  tierId: Scalars['ID']['input'];
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
export type MutationSpendPointsArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  kind: PointsSpendKind;
  memberId: Scalars['ID']['input'];
  points: Scalars['Int']['input'];
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

/** What points can be earned for, by the earnPoints mutation. */
export type PointsEarnKind =
  /** Attending an event (check-ins book these by themselves). */
  | 'EARN_ATTENDANCE'
  /** Contributing content, such as a trip report or a talk; each entry counts as one contribution in the value score. */
  | 'EARN_CONTRIBUTION'
  /** Referring a new member (admissions book these by themselves). */
  | 'EARN_REFERRAL'
  /** Spending with the club or its partners (service orders book these by themselves). */
  | 'EARN_SPEND';

/**
 * One line of a member's points ledger. The balance is the sum of these lines;
 * a line is never edited, a correction is a new line.
 */
export type PointsEntry = {
  __typename?: 'PointsEntry';
  /** A UUID. */
  id: Scalars['ID']['output'];
  /** What the points were for. */
  kind: PointsEntryKind;
  /** The member whose ledger holds the entry. */
  member: Member;
  /** When the entry was booked. */
  occurredAt: Scalars['DateTime']['output'];
  /** Points added (positive) or taken (negative): at most 1,000,000 either way, the club's limit for one entry (a larger expiry is booked as several entries). */
  points: Scalars['Int']['output'];
  /** A short human-readable reason. */
  reason: Scalars['String']['output'];
};

/** A page of points entries. */
export type PointsEntryConnection = {
  __typename?: 'PointsEntryConnection';
  /** The items of this page, in the order of the list. */
  edges: Array<PointsEntryEdge>;
  /** Where this page sits in the list: pass its endCursor as `after` for the next page. */
  pageInfo: PageInfo;
  /** How many entries the ledger holds. */
  totalCount: Scalars['Int']['output'];
};

/** One points entry in a page, with the cursor that points at it. */
export type PointsEntryEdge = {
  __typename?: 'PointsEntryEdge';
  /** Points at this item: pass it as `after` to continue the list after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: PointsEntry;
};

/** What a points entry was for. */
export type PointsEntryKind =
  /** A staff adjustment. */
  | 'ADJUSTMENT'
  /** Earned by attending an event. */
  | 'EARN_ATTENDANCE'
  /** Earned by contributing content. */
  | 'EARN_CONTRIBUTION'
  /** Earned by referring a new member. */
  | 'EARN_REFERRAL'
  /** Earned by spending with the club or its partners. */
  | 'EARN_SPEND'
  /** Expired after the club's expiry period. */
  | 'EXPIRE'
  /** Refunded after a cancellation. */
  | 'REFUND'
  /** Spent on a benefit. */
  | 'SPEND_BENEFIT'
  /** Spent on an event priced in points. */
  | 'SPEND_EVENT'
  /** Spent on a value-added service. */
  | 'SPEND_SERVICE';

/** What one run of the points expiry did. */
export type PointsExpiry = {
  __typename?: 'PointsExpiry';
  /** The day the run expired points as of. */
  asOf: Scalars['Date']['output'];
  /** Points earned before this day expired when unspent: `asOf` minus the expiry period. */
  earnedBefore: Scalars['Date']['output'];
  /** How many members lost points in this run; 0 when nothing was left to expire. */
  members: Scalars['Int']['output'];
  /** How many points expired in this run, summed over the members. */
  points: Scalars['Int']['output'];
};

/** What points can be spent on, by the spendPoints mutation. */
export type PointsSpendKind =
  /** A benefit. */
  | 'SPEND_BENEFIT'
  /** An event priced in points. */
  | 'SPEND_EVENT'
  /** A value-added service. */
  | 'SPEND_SERVICE';

/** The club graph's reads: each subgraph adds its own root fields. */
export type Query = {
  __typename?: 'Query';
  /** One fee plan by id (a slug such as "premium"), or null when there is none. */
  feePlan?: Maybe<FeePlan>;
  /** The dues plans, cheapest first. Anyone may read them. */
  feePlans: Array<FeePlan>;
  /** One tier by id (a slug such as "gold"), or null when there is none. */
  tier?: Maybe<Tier>;
  /**
   * The applied review of a half year, or null when it is not applied. Staff
   * only (FORBIDDEN otherwise); BAD_USER_INPUT naming `half` when malformed.
   */
  tierReview?: Maybe<TierReview>;
  /**
   * What the half-year tier review of `half` would do as of `asOf`, without
   * changing anything: who would move, from which tier to which, with their
   * score and the threshold that decided it. Applying the review
   * (applyTierReview) with the same arguments makes exactly these moves while
   * nothing changes in between. Once the half year is applied, this answers
   * the applied review. Staff only. Errors: BAD_USER_INPUT naming `half` (not
   * such as "2026-H2") or `asOf` (outside the half year, or a day that has not
   * begun in China); CONFLICT with reason LATER_REVIEW_APPLIED when a later
   * half year is applied already; FORBIDDEN (reason STAFF_ONLY).
   */
  tierReviewPreview: TierReview;
  /** Every applied tier review, the latest half year first. Staff only (FORBIDDEN otherwise). */
  tierReviews: Array<TierReview>;
  /** The five tiers, Bronze first. Anyone may read them. */
  tiers: Array<Tier>;
};


/** The club graph's reads: each subgraph adds its own root fields. */
export type QueryFeePlanArgs = {
  id: Scalars['ID']['input'];
};


/** The club graph's reads: each subgraph adds its own root fields. */
export type QueryTierArgs = {
  id: Scalars['ID']['input'];
};


/** The club graph's reads: each subgraph adds its own root fields. */
export type QueryTierReviewArgs = {
  half: Scalars['String']['input'];
};


/** The club graph's reads: each subgraph adds its own root fields. */
export type QueryTierReviewPreviewArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  half: Scalars['String']['input'];
};

/**
 * A membership tier. Members are placed by their value score: a member reaches
 * a tier at its entry threshold and keeps it while at or above its keep
 * threshold; the half-year review moves them. Owned by the loyalty subgraph.
 * Key: id.
 */
export type Tier = {
  __typename?: 'Tier';
  /** The tier's code. */
  code: TierCode;
  /** The value score at which a member is promoted into this tier. */
  entryThreshold: Scalars['Int']['output'];
  /** The fee plan members of this tier pay dues by. */
  feePlan: FeePlan;
  /** A stable slug such as "gold". */
  id: Scalars['ID']['output'];
  /** The value score below which a member of this tier is demoted one step at review. */
  keepThreshold: Scalars['Int']['output'];
  /** The tier's display name, such as "Gold". */
  name: Scalars['String']['output'];
  /** Position from 1 (Bronze) to 5 (Diamond). */
  rank: Scalars['Int']['output'];
};

/** A change of a member's tier, with its reason. Changes are kept, never edited. */
export type TierChange = {
  __typename?: 'TierChange';
  /** The day the change took effect. */
  effectiveOn: Scalars['Date']['output'];
  /** The tier before; null for the member's first placement. */
  from?: Maybe<Tier>;
  /** For a review change, the half year reviewed, such as "2026-H2"; null otherwise. */
  half?: Maybe<Scalars['String']['output']>;
  /** A UUID. */
  id: Scalars['ID']['output'];
  /** For a staff decision, staff's reason; null otherwise. */
  note?: Maybe<Scalars['String']['output']>;
  /** Why the tier changed. */
  reason: TierChangeReason;
  /** For a review change, the threshold that decided it (see TierReviewMove.threshold); null otherwise. */
  threshold?: Maybe<Scalars['Int']['output']>;
  /** The tier after. */
  to: Tier;
  /** The value score the change was decided on (for a staff decision, the score that day); null when not known. */
  valueScore?: Maybe<Scalars['Int']['output']>;
};

/** Why a member's tier changed. */
export type TierChangeReason =
  /** First placement when the member was admitted. */
  | 'ADMISSION'
  /** Demoted at a half-year review. */
  | 'REVIEW_DEMOTION'
  /** Promoted at a half-year review. */
  | 'REVIEW_PROMOTION'
  /** Set by staff outside a review. */
  | 'STAFF_DECISION';

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

/**
 * A half-year tier review, previewed or applied. Members are scored over the
 * twelve months ending on `asOf`. A member whose score reaches the entry
 * threshold of the tier above theirs is promoted to the highest tier whose
 * entry threshold it reaches; a member below their tier's keep threshold is
 * demoted one step, unless their tier was set during this half year (at
 * admission or by staff). Members admitted after `asOf`, or whose tier
 * changed after it, are left alone, and so are members who had CHURNED by the
 * end of `asOf`: a churned membership is over for good, and its last tier is
 * the record of where it ended, not demoted again each half year. LAPSED and
 * SUSPENDED members are reviewed like ACTIVE ones: they may still renew or be
 * reinstated, and they come back in the tier their score holds (a member who
 * stopped taking part goes down a step a half year, as anyone would).
 */
export type TierReview = {
  __typename?: 'TierReview';
  /** Whether the review is applied; false for a preview. */
  applied: Scalars['Boolean']['output'];
  /** When the review was applied; null for a preview. */
  appliedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The day whose scores placed members. */
  asOf: Scalars['Date']['output'];
  /** How many members the review demotes (or demoted). */
  demotions: Scalars['Int']['output'];
  /** The half year, such as "2026-H2". */
  half: Scalars['String']['output'];
  /** The members the review moves (or moved), in member id order. */
  moves: TierReviewMoveConnection;
  /** How many members the review promotes (or promoted). */
  promotions: Scalars['Int']['output'];
};


/**
 * A half-year tier review, previewed or applied. Members are scored over the
 * twelve months ending on `asOf`. A member whose score reaches the entry
 * threshold of the tier above theirs is promoted to the highest tier whose
 * entry threshold it reaches; a member below their tier's keep threshold is
 * demoted one step, unless their tier was set during this half year (at
 * admission or by staff). Members admitted after `asOf`, or whose tier
 * changed after it, are left alone, and so are members who had CHURNED by the
 * end of `asOf`: a churned membership is over for good, and its last tier is
 * the record of where it ended, not demoted again each half year. LAPSED and
 * SUSPENDED members are reviewed like ACTIVE ones: they may still renew or be
 * reinstated, and they come back in the tier their score holds (a member who
 * stopped taking part goes down a step a half year, as anyone would).
 */
export type TierReviewMovesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One member a tier review moves, and what decided it. */
export type TierReviewMove = {
  __typename?: 'TierReviewMove';
  /** The tier before the review. */
  from: Tier;
  /** The member. */
  member: Member;
  /** REVIEW_PROMOTION or REVIEW_DEMOTION. */
  reason: TierChangeReason;
  /**
   * The threshold that decided: for a promotion the entry threshold of the new
   * tier (the score reached it), for a demotion the keep threshold of the old
   * tier (the score fell below it).
   */
  threshold: Scalars['Int']['output'];
  /** The tier after the review. */
  to: Tier;
  /** The member's value score as of the review day. */
  valueScore: Scalars['Int']['output'];
};

/** A page of a review's moves. */
export type TierReviewMoveConnection = {
  __typename?: 'TierReviewMoveConnection';
  /** The items of this page, in the order of the list. */
  edges: Array<TierReviewMoveEdge>;
  /** Where this page sits in the list: pass its endCursor as `after` for the next page. */
  pageInfo: PageInfo;
  /** How many members the review moves. */
  totalCount: Scalars['Int']['output'];
};

/** One move in a page, with the cursor that points at it. */
export type TierReviewMoveEdge = {
  __typename?: 'TierReviewMoveEdge';
  /** Points at this item: pass it as `after` to continue the list after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: TierReviewMove;
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
  FeePlan: FeePlan;
  Member: Member;
  Tier: Tier;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  FeePlan:
    ( { __typename: 'FeePlan' }
    & GraphQLRecursivePick<FederationTypes['FeePlan'], {"id":true}> );
  Member:
    ( { __typename: 'Member' }
    & GraphQLRecursivePick<FederationTypes['Member'], {"id":true}> );
  Tier:
    ( { __typename: 'Tier' }
    & GraphQLRecursivePick<FederationTypes['Tier'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FeePlan: ResolverTypeWrapper<FeePlanModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  FeePlanCode: FeePlanCode;
  Member: ResolverTypeWrapper<MemberModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PointsEarnKind: PointsEarnKind;
  PointsEntry: ResolverTypeWrapper<PointsEntryModel>;
  PointsEntryConnection: ResolverTypeWrapper<PointsEntryConnectionModel>;
  PointsEntryEdge: ResolverTypeWrapper<PointsEntryEdgeModel>;
  PointsEntryKind: PointsEntryKind;
  PointsExpiry: ResolverTypeWrapper<PointsExpiry>;
  PointsSpendKind: PointsSpendKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Tier: ResolverTypeWrapper<TierModel>;
  TierChange: ResolverTypeWrapper<TierChangeModel>;
  TierChangeReason: TierChangeReason;
  TierCode: TierCode;
  TierReview: ResolverTypeWrapper<TierReviewModel>;
  TierReviewMove: ResolverTypeWrapper<TierReviewMoveModel>;
  TierReviewMoveConnection: ResolverTypeWrapper<TierReviewMoveConnectionModel>;
  TierReviewMoveEdge: ResolverTypeWrapper<TierReviewMoveEdgeModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Currency: Scalars['Currency']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  FeePlan: FeePlanModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Member: MemberModel;
  Int: Scalars['Int']['output'];
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  PointsEntry: PointsEntryModel;
  PointsEntryConnection: PointsEntryConnectionModel;
  PointsEntryEdge: PointsEntryEdgeModel;
  PointsExpiry: PointsExpiry;
  Query: Record<PropertyKey, never>;
  Tier: TierModel;
  TierChange: TierChangeModel;
  TierReview: TierReviewModel;
  TierReviewMove: TierReviewMoveModel;
  TierReviewMoveConnection: TierReviewMoveConnectionModel;
  TierReviewMoveEdge: TierReviewMoveEdgeModel;
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

export type FeePlanResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FeePlan'] = ResolversParentTypes['FeePlan'], FederationReferenceType extends FederationReferenceTypes['FeePlan'] = FederationReferenceTypes['FeePlan']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FeePlan']> | FederationReferenceType, FederationReferenceType, ContextType>;
  annualDues?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['FeePlanCode'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tiers?: Resolver<Array<ResolversTypes['Tier']>, ParentType, ContextType>;
};

export type MemberResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member'], FederationReferenceType extends FederationReferenceTypes['Member'] = FederationReferenceTypes['Member']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Member']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pointsBalance?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pointsLedger?: Resolver<Maybe<ResolversTypes['PointsEntryConnection']>, ParentType, ContextType, Partial<MemberPointsLedgerArgs>>;
  tier?: Resolver<Maybe<ResolversTypes['Tier']>, ParentType, ContextType>;
  tierHistory?: Resolver<Maybe<Array<ResolversTypes['TierChange']>>, ParentType, ContextType>;
  valueScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amountMinor?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  adjustPoints?: Resolver<ResolversTypes['PointsEntry'], ParentType, ContextType, RequireFields<MutationAdjustPointsArgs, 'memberId' | 'points' | 'reason'>>;
  applyTierReview?: Resolver<ResolversTypes['TierReview'], ParentType, ContextType, RequireFields<MutationApplyTierReviewArgs, 'half'>>;
  earnPoints?: Resolver<ResolversTypes['PointsEntry'], ParentType, ContextType, RequireFields<MutationEarnPointsArgs, 'kind' | 'memberId' | 'points' | 'reason'>>;
  expirePoints?: Resolver<ResolversTypes['PointsExpiry'], ParentType, ContextType, Partial<MutationExpirePointsArgs>>;
  setMemberTier?: Resolver<ResolversTypes['TierChange'], ParentType, ContextType, RequireFields<MutationSetMemberTierArgs, 'memberId' | 'reason' | 'tierId'>>;
  spendPoints?: Resolver<ResolversTypes['PointsEntry'], ParentType, ContextType, RequireFields<MutationSpendPointsArgs, 'kind' | 'memberId' | 'points' | 'reason'>>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PointsEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PointsEntry'] = ResolversParentTypes['PointsEntry']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PointsEntryKind'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PointsEntryConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PointsEntryConnection'] = ResolversParentTypes['PointsEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PointsEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PointsEntryEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PointsEntryEdge'] = ResolversParentTypes['PointsEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PointsEntry'], ParentType, ContextType>;
};

export type PointsExpiryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PointsExpiry'] = ResolversParentTypes['PointsExpiry']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  earnedBefore?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  feePlan?: Resolver<Maybe<ResolversTypes['FeePlan']>, ParentType, ContextType, RequireFields<QueryFeePlanArgs, 'id'>>;
  feePlans?: Resolver<Array<ResolversTypes['FeePlan']>, ParentType, ContextType>;
  tier?: Resolver<Maybe<ResolversTypes['Tier']>, ParentType, ContextType, RequireFields<QueryTierArgs, 'id'>>;
  tierReview?: Resolver<Maybe<ResolversTypes['TierReview']>, ParentType, ContextType, RequireFields<QueryTierReviewArgs, 'half'>>;
  tierReviewPreview?: Resolver<ResolversTypes['TierReview'], ParentType, ContextType, RequireFields<QueryTierReviewPreviewArgs, 'half'>>;
  tierReviews?: Resolver<Array<ResolversTypes['TierReview']>, ParentType, ContextType>;
  tiers?: Resolver<Array<ResolversTypes['Tier']>, ParentType, ContextType>;
};

export type TierResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Tier'] = ResolversParentTypes['Tier'], FederationReferenceType extends FederationReferenceTypes['Tier'] = FederationReferenceTypes['Tier']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Tier']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['TierCode'], ParentType, ContextType>;
  entryThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  feePlan?: Resolver<ResolversTypes['FeePlan'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keepThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TierChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TierChange'] = ResolversParentTypes['TierChange']> = {
  effectiveOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Tier']>, ParentType, ContextType>;
  half?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['TierChangeReason'], ParentType, ContextType>;
  threshold?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
  valueScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TierReviewResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TierReview'] = ResolversParentTypes['TierReview']> = {
  applied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  appliedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  demotions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  half?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  moves?: Resolver<ResolversTypes['TierReviewMoveConnection'], ParentType, ContextType, Partial<TierReviewMovesArgs>>;
  promotions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TierReviewMoveResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TierReviewMove'] = ResolversParentTypes['TierReviewMove']> = {
  from?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['TierChangeReason'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
  valueScore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TierReviewMoveConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TierReviewMoveConnection'] = ResolversParentTypes['TierReviewMoveConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TierReviewMoveEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TierReviewMoveEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TierReviewMoveEdge'] = ResolversParentTypes['TierReviewMoveEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TierReviewMove'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  Currency?: GraphQLScalarType;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  FeePlan?: FeePlanResolvers<ContextType>;
  Member?: MemberResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PointsEntry?: PointsEntryResolvers<ContextType>;
  PointsEntryConnection?: PointsEntryConnectionResolvers<ContextType>;
  PointsEntryEdge?: PointsEntryEdgeResolvers<ContextType>;
  PointsExpiry?: PointsExpiryResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Tier?: TierResolvers<ContextType>;
  TierChange?: TierChangeResolvers<ContextType>;
  TierReview?: TierReviewResolvers<ContextType>;
  TierReviewMove?: TierReviewMoveResolvers<ContextType>;
  TierReviewMoveConnection?: TierReviewMoveConnectionResolvers<ContextType>;
  TierReviewMoveEdge?: TierReviewMoveEdgeResolvers<ContextType>;
};

