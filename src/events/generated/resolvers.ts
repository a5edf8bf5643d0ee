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
  /** An IANA time zone name, such as "Asia/Shanghai". */
  TimeZone: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A chapter, owned by the chapters subgraph; the events subgraph adds its calendar. */
export type Chapter = {
  __typename?: 'Chapter';
  /** The chapter's events in order of start, filtered as asked (the filter's chapterId and national are ignored). */
  events: EventConnection;
  id: Scalars['ID']['output'];
};


/** A chapter, owned by the chapters subgraph; the events subgraph adds its calendar. */
export type ChapterEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  /** How many seats are confirmed. */
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
  /** What a seat costs: a fee, a points price, or neither for a free event. */
  price: EventPrice;
  /** What members who attended said of it. */
  ratings: RatingSummary;
  /**
   * The event's registrations, in order of registration, optionally one status's.
   * They name who registered, so they resolve only for staff; anyone else gets
   * null with a FORBIDDEN error on this field.
   */
  registrations?: Maybe<RegistrationConnection>;
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
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
  /** How many events match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One event in a page, with the cursor that points at it. */
export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
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
  | 'CHARITY_DRIVE'
  | 'NEW_MODEL_LAUNCH'
  | 'ONLINE'
  | 'ROAD_TRIP'
  | 'SALON'
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

/** A member, owned by the members subgraph; the events subgraph adds registrations. */
export type Member = {
  __typename?: 'Member';
  id: Scalars['ID']['output'];
  /**
   * The member's registrations, newest first, optionally one status's, at most
   * `first` (50 when omitted, 500 at most). Private record: they resolve only for
   * staff and for the member themself; anyone else gets null with a FORBIDDEN
   * error on this field.
   */
  registrations?: Maybe<Array<Registration>>;
};


/** A member, owned by the members subgraph; the events subgraph adds registrations. */
export type MemberRegistrationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RegistrationStatus>;
};

/** An amount of money in the currency's minor unit (fen for CNY), so that sums stay exact. */
export type Money = {
  __typename?: 'Money';
  /** The amount in minor units: 128000 CNY is 1,280.00 yuan. */
  amountMinor: Scalars['Int']['output'];
  /** The currency, such as "CNY". */
  currency: Scalars['Currency']['output'];
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

export type Query = {
  __typename?: 'Query';
  /** One event by id, or null when there is none. */
  event?: Maybe<Event>;
  /** Events in order of start (then id), filtered as asked. Filters combine with AND. */
  events: EventConnection;
};


export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


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

/** A member's registration for an event. Owned by the events subgraph. Key: id. */
export type Registration = {
  __typename?: 'Registration';
  /** When the registration was cancelled; null unless cancelled. */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the member checked in at the event; null if not (yet). */
  checkedInAt?: Maybe<Scalars['DateTime']['output']>;
  /** The event registered for. */
  event: Event;
  /** A UUID. */
  id: Scalars['ID']['output'];
  /** The member registered. */
  member: Member;
  /** The member's rating of the event; null until they rate it. */
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
  edges: Array<RegistrationEdge>;
  pageInfo: PageInfo;
  /** How many registrations match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One registration in a page, with the cursor that points at it. */
export type RegistrationEdge = {
  __typename?: 'RegistrationEdge';
  cursor: Scalars['String']['output'];
  node: Registration;
};

/** Where a registration stands. */
export type RegistrationStatus =
  /** Cancelled by the member or the club. */
  | 'CANCELLED'
  /** Holds a seat. */
  | 'CONFIRMED'
  /** Waits for a seat. */
  | 'WAITLISTED';

/** A tier, owned by the loyalty subgraph. Here only its id is known. */
export type Tier = {
  __typename?: 'Tier';
  id: Scalars['ID']['output'];
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
  Chapter: ResolverTypeWrapper<ChapterModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
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
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Rating: ResolverTypeWrapper<RatingModel>;
  RatingSummary: ResolverTypeWrapper<RatingSummary>;
  Registration: ResolverTypeWrapper<RegistrationModel>;
  RegistrationConnection: ResolverTypeWrapper<RegistrationConnectionModel>;
  RegistrationEdge: ResolverTypeWrapper<RegistrationEdgeModel>;
  RegistrationStatus: RegistrationStatus;
  Tier: ResolverTypeWrapper<TierModel>;
  TimeZone: ResolverTypeWrapper<Scalars['TimeZone']['output']>;
  Venue: ResolverTypeWrapper<Venue>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Chapter: ChapterModel;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
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
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Rating: RatingModel;
  RatingSummary: RatingSummary;
  Registration: RegistrationModel;
  RegistrationConnection: RegistrationConnectionModel;
  RegistrationEdge: RegistrationEdgeModel;
  Tier: TierModel;
  TimeZone: Scalars['TimeZone']['output'];
  Venue: Venue;
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
  price?: Resolver<ResolversTypes['EventPrice'], ParentType, ContextType>;
  ratings?: Resolver<ResolversTypes['RatingSummary'], ParentType, ContextType>;
  registrations?: Resolver<Maybe<ResolversTypes['RegistrationConnection']>, ParentType, ContextType, Partial<EventRegistrationsArgs>>;
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
  registrations?: Resolver<Maybe<Array<ResolversTypes['Registration']>>, ParentType, ContextType, Partial<MemberRegistrationsArgs>>;
};

export type MoneyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amountMinor?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
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
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  checkedInAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
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

