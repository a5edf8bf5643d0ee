import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PartnerModel, PartnerConnectionModel, PartnerEdgeModel, SponsorshipModel, OfferModel, EventModel, ChapterModel, BenefitModel } from '../models.js';
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
  /** A web address. */
  URL: { input: URL; output: URL | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type Benefit = {
  __typename?: 'Benefit';
  id: Scalars['ID']['output'];
};

export type Chapter = {
  __typename?: 'Chapter';
  id: Scalars['ID']['output'];
  /** The local service partners serving the chapter, by name. */
  localPartners: Array<Partner>;
};

export type Event = {
  __typename?: 'Event';
  id: Scalars['ID']['output'];
  /**
   * The partners sponsoring the event, each once at the highest level of its
   * sponsorships covering it: highest level first, then by name.
   */
  sponsors: Array<Partner>;
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
   * Makes a sponsorship cover an event, so that its partner is one of the
   * event's sponsors and sees the event in Partner.sponsoredEvents. Staff only.
   * Errors: BAD_USER_INPUT for a malformed id; FORBIDDEN with reason STAFF_ONLY;
   * NOT_FOUND naming `sponsorshipId` or `eventId` (an event the events subgraph
   * has not announced); CONFLICT with reason ALREADY_COVERED.
   */
  sponsorEvent: Sponsorship;
  /**
   * Takes an event from what a sponsorship covers. Staff only. Errors:
   * BAD_USER_INPUT for a malformed id; FORBIDDEN with reason STAFF_ONLY;
   * NOT_FOUND naming `sponsorshipId`, or `eventId` when the sponsorship does not
   * cover it.
   */
  withdrawEventSponsorship: Sponsorship;
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
export type MutationSponsorEventArgs = {
  eventId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  sponsorshipId: Scalars['ID']['input'];
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
export type MutationWithdrawEventSponsorshipArgs = {
  eventId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  sponsorshipId: Scalars['ID']['input'];
};

/**
 * An offer a partner makes to members; an offer the club takes up becomes a
 * benefit. Owned by the partners subgraph. Key: id.
 */
export type Offer = {
  __typename?: 'Offer';
  /** The benefit the offer became; null while it is not part of the benefit matrix. */
  benefit?: Maybe<Benefit>;
  /** What members get. */
  description: Scalars['String']['output'];
  /** A UUID. */
  id: Scalars['ID']['output'];
  /** The partner making the offer. */
  partner: Partner;
  /** The offer's title. */
  title: Scalars['String']['output'];
  /** The first day the offer is valid. */
  validFrom: Scalars['Date']['output'];
  /** The last day the offer is valid; null when open-ended. */
  validUntil?: Maybe<Scalars['Date']['output']>;
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

/**
 * A brand or business the club works with: a car maker, a luxury brand, a bank
 * or insurer, a travel company or a local service shop. Owned by the partners
 * subgraph; the benefits subgraph adds what it provides. Key: id.
 */
export type Partner = {
  __typename?: 'Partner';
  /** For a local service provider, the chapter it serves; null for national partners. */
  chapter?: Maybe<Chapter>;
  /** A UUID. */
  id: Scalars['ID']['output'];
  /** What kind of business the partner is. */
  kind: PartnerKind;
  /** The partner's name. */
  name: Scalars['String']['output'];
  /** The offers the partner makes to members, newest first. */
  offers: Array<Offer>;
  /** The day the partnership began. */
  partnerSince: Scalars['Date']['output'];
  /**
   * The events the partner's sponsorships cover, each once, in order of id: what
   * a sponsor's portal lists. Of each event a sponsor sees what anyone sees, its
   * counts included (confirmedCount, attendedCount, participationRate, ratings),
   * which name nobody; who registered or attended (Event.registrations) stays
   * with staff and the chapter's leads.
   */
  sponsoredEvents: Array<Event>;
  /** The partner's sponsorships, newest first. */
  sponsorships: Array<Sponsorship>;
  /** The partner's website. */
  website?: Maybe<Scalars['URL']['output']>;
};

/** A page of partners. */
export type PartnerConnection = {
  __typename?: 'PartnerConnection';
  /** The items of this page, in the order of the list. */
  edges: Array<PartnerEdge>;
  /** Where this page sits in the list: pass its endCursor as `after` for the next page. */
  pageInfo: PageInfo;
  /** How many partners match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One partner in a page, with the cursor that points at it. */
export type PartnerEdge = {
  __typename?: 'PartnerEdge';
  /** Points at this item: pass it as `after` to continue the list after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Partner;
};

/** The kinds of partner. */
export type PartnerKind =
  /** A car maker, such as a brand's national sales company. */
  | 'CAR_MAKER'
  /** A bank issuing a co-branded card, or an insurer. */
  | 'FINANCIAL'
  /** A local service provider: detailing, tyres, repair shops. */
  | 'LOCAL_SERVICE'
  /** A luxury or lifestyle brand. */
  | 'LUXURY_BRAND'
  /** An airline, hotel group or travel company. */
  | 'TRAVEL_HOSPITALITY';

/** The club graph's reads: each subgraph adds its own root fields. */
export type Query = {
  __typename?: 'Query';
  /** One partner by id, or null when there is none. */
  partner?: Maybe<Partner>;
  /** Partners in alphabetical order of name (then id), optionally one kind's. */
  partners: PartnerConnection;
  /** One sponsorship by id, or null when there is none. */
  sponsorship?: Maybe<Sponsorship>;
};


/** The club graph's reads: each subgraph adds its own root fields. */
export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


/** The club graph's reads: each subgraph adds its own root fields. */
export type QueryPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<PartnerKind>;
};


/** The club graph's reads: each subgraph adds its own root fields. */
export type QuerySponsorshipArgs = {
  id: Scalars['ID']['input'];
};

/**
 * A partner's sponsorship of the club: a level, a term, a value and the events
 * or chapters it covers. Owned by the partners subgraph. Key: id. Who sponsors
 * what, at which level and when is public; what the deal is worth is not.
 */
export type Sponsorship = {
  __typename?: 'Sponsorship';
  /** The chapters the sponsorship covers, in order of id. */
  chapters: Array<Chapter>;
  /** The last day of the term. */
  endsOn: Scalars['Date']['output'];
  /** The events the sponsorship covers, in order of id. */
  events: Array<Event>;
  /** A UUID. */
  id: Scalars['ID']['output'];
  /** The sponsorship level. */
  level: SponsorshipLevel;
  /** The sponsoring partner. */
  partner: Partner;
  /**
   * For a revenue-share deal, the partner's percentage of the income; null
   * otherwise. Commercial data: staff and the sponsoring partner only; anyone
   * else gets null with a FORBIDDEN error.
   */
  revenueSharePercent?: Maybe<Scalars['Float']['output']>;
  /** The first day of the term. */
  startsOn: Scalars['Date']['output'];
  /**
   * What the partner pays for the sponsorship. Commercial data: staff and the
   * sponsoring partner only; anyone else gets null with a FORBIDDEN error.
   */
  value?: Maybe<Money>;
};

/** Sponsorship levels, highest first. */
export type SponsorshipLevel =
  /** The third level. */
  | 'GOLD'
  /** The second level. */
  | 'PLATINUM'
  /** The title sponsor, named with what it sponsors. */
  | 'TITLE';



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
  Offer: Offer;
  Partner: Partner;
  Sponsorship: Sponsorship;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Chapter:
    ( { __typename: 'Chapter' }
    & GraphQLRecursivePick<FederationTypes['Chapter'], {"id":true}> );
  Event:
    ( { __typename: 'Event' }
    & GraphQLRecursivePick<FederationTypes['Event'], {"id":true}> );
  Offer:
    ( { __typename: 'Offer' }
    & GraphQLRecursivePick<FederationTypes['Offer'], {"id":true}> );
  Partner:
    ( { __typename: 'Partner' }
    & GraphQLRecursivePick<FederationTypes['Partner'], {"id":true}> );
  Sponsorship:
    ( { __typename: 'Sponsorship' }
    & GraphQLRecursivePick<FederationTypes['Sponsorship'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Benefit: ResolverTypeWrapper<BenefitModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Chapter: ResolverTypeWrapper<ChapterModel>;
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Event: ResolverTypeWrapper<EventModel>;
  Money: ResolverTypeWrapper<Money>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Offer: ResolverTypeWrapper<OfferModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Partner: ResolverTypeWrapper<PartnerModel>;
  PartnerConnection: ResolverTypeWrapper<PartnerConnectionModel>;
  PartnerEdge: ResolverTypeWrapper<PartnerEdgeModel>;
  PartnerKind: PartnerKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Sponsorship: ResolverTypeWrapper<SponsorshipModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  SponsorshipLevel: SponsorshipLevel;
  URL: ResolverTypeWrapper<Scalars['URL']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Benefit: BenefitModel;
  ID: Scalars['ID']['output'];
  Chapter: ChapterModel;
  Currency: Scalars['Currency']['output'];
  Date: Scalars['Date']['output'];
  Event: EventModel;
  Money: Money;
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
  Offer: OfferModel;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Partner: PartnerModel;
  PartnerConnection: PartnerConnectionModel;
  PartnerEdge: PartnerEdgeModel;
  Query: Record<PropertyKey, never>;
  Sponsorship: SponsorshipModel;
  Float: Scalars['Float']['output'];
  URL: Scalars['URL']['output'];
};

export type BenefitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Benefit'] = ResolversParentTypes['Benefit']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ChapterResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Chapter'] = ResolversParentTypes['Chapter'], FederationReferenceType extends FederationReferenceTypes['Chapter'] = FederationReferenceTypes['Chapter']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Chapter']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  localPartners?: Resolver<Array<ResolversTypes['Partner']>, ParentType, ContextType>;
};

export interface CurrencyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Currency'], any> {
  name: 'Currency';
}

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type EventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event'], FederationReferenceType extends FederationReferenceTypes['Event'] = FederationReferenceTypes['Event']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Event']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sponsors?: Resolver<Array<ResolversTypes['Partner']>, ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amountMinor?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  sponsorEvent?: Resolver<ResolversTypes['Sponsorship'], ParentType, ContextType, RequireFields<MutationSponsorEventArgs, 'eventId' | 'sponsorshipId'>>;
  withdrawEventSponsorship?: Resolver<ResolversTypes['Sponsorship'], ParentType, ContextType, RequireFields<MutationWithdrawEventSponsorshipArgs, 'eventId' | 'sponsorshipId'>>;
};

export type OfferResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Offer'] = ResolversParentTypes['Offer'], FederationReferenceType extends FederationReferenceTypes['Offer'] = FederationReferenceTypes['Offer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Offer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  benefit?: Resolver<Maybe<ResolversTypes['Benefit']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PartnerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner'], FederationReferenceType extends FederationReferenceTypes['Partner'] = FederationReferenceTypes['Partner']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Partner']> | FederationReferenceType, FederationReferenceType, ContextType>;
  chapter?: Resolver<Maybe<ResolversTypes['Chapter']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PartnerKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offers?: Resolver<Array<ResolversTypes['Offer']>, ParentType, ContextType>;
  partnerSince?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  sponsoredEvents?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  sponsorships?: Resolver<Array<ResolversTypes['Sponsorship']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
};

export type PartnerConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PartnerConnection'] = ResolversParentTypes['PartnerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PartnerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PartnerEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PartnerEdge'] = ResolversParentTypes['PartnerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  partner?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType, RequireFields<QueryPartnerArgs, 'id'>>;
  partners?: Resolver<ResolversTypes['PartnerConnection'], ParentType, ContextType, Partial<QueryPartnersArgs>>;
  sponsorship?: Resolver<Maybe<ResolversTypes['Sponsorship']>, ParentType, ContextType, RequireFields<QuerySponsorshipArgs, 'id'>>;
};

export type SponsorshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Sponsorship'] = ResolversParentTypes['Sponsorship'], FederationReferenceType extends FederationReferenceTypes['Sponsorship'] = FederationReferenceTypes['Sponsorship']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Sponsorship']> | FederationReferenceType, FederationReferenceType, ContextType>;
  chapters?: Resolver<Array<ResolversTypes['Chapter']>, ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['SponsorshipLevel'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
  revenueSharePercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
};

export interface UrlScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['URL'], any> {
  name: 'URL';
}

export type Resolvers<ContextType = RequestContext> = {
  Benefit?: BenefitResolvers<ContextType>;
  Chapter?: ChapterResolvers<ContextType>;
  Currency?: GraphQLScalarType;
  Date?: GraphQLScalarType;
  Event?: EventResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Offer?: OfferResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  PartnerConnection?: PartnerConnectionResolvers<ContextType>;
  PartnerEdge?: PartnerEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Sponsorship?: SponsorshipResolvers<ContextType>;
  URL?: GraphQLScalarType;
};

