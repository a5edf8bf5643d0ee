import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MemberModel, CarModel, MembershipTermModel, MemberConnectionModel, MemberEdgeModel, ChapterModel, FeePlanModel } from '../models.js';
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
  /** A language tag in BCP 47 form, such as "zh-CN" or "en". */
  Locale: { input: string; output: string; }
  /** A phone number in E.164 form, such as "+8613800138000". Personal data. */
  PhoneNumber: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A member's car. Owned by the members subgraph. Key: id. */
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
  | 'AUDI'
  | 'BMW'
  | 'LI_AUTO'
  | 'LOTUS'
  | 'MERCEDES_BENZ'
  | 'NIO'
  | 'PORSCHE'
  | 'TESLA'
  | 'ZEEKR';

/** A chapter, owned by the chapters subgraph; the members subgraph adds its members. */
export type Chapter = {
  __typename?: 'Chapter';
  /** How many active members call this chapter home. */
  activeMemberCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The chapter's members, by member number, filtered as asked (the filter's chapterId is ignored). */
  members: MemberConnection;
};


/** A chapter, owned by the chapters subgraph; the members subgraph adds its members. */
export type ChapterMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A member's contact choices. */
export type Consents = {
  __typename?: 'Consents';
  /** May the member's photos from events be published? */
  eventPhotos: Scalars['Boolean']['output'];
  /** May the club send marketing messages? */
  marketing: Scalars['Boolean']['output'];
  /** May partners' offers be sent on the club's behalf? */
  partnerOffers: Scalars['Boolean']['output'];
};

/** A dues plan, owned by the loyalty subgraph. */
export type FeePlan = {
  __typename?: 'FeePlan';
  id: Scalars['ID']['output'];
};

/**
 * The member lifecycle, in order: reached (a lead or prospect), activated (a
 * first event or benefit), retained (renewed at least once), monetised (bought a
 * value-added service).
 */
export type LifecycleStage =
  | 'ACTIVATED'
  | 'MONETISED'
  | 'REACHED'
  | 'RETAINED';

/** When each lifecycle stage was reached; null when it has not been. */
export type LifecycleStages = {
  __typename?: 'LifecycleStages';
  activatedAt?: Maybe<Scalars['DateTime']['output']>;
  monetisedAt?: Maybe<Scalars['DateTime']['output']>;
  reachedAt: Scalars['DateTime']['output'];
  retainedAt?: Maybe<Scalars['DateTime']['output']>;
};

/**
 * A club member. Owned by the members subgraph (profile, cars, status, stages,
 * terms); the loyalty, benefits and events subgraphs add their fields. Key: id.
 *
 * Personal fields (email, phone, birthday, and each car's plate) and the
 * membership terms resolve only for staff and for the member themself; anyone
 * else gets null with a FORBIDDEN error on that field, and the rest of the data.
 */
export type Member = {
  __typename?: 'Member';
  /** Personal data: staff and the member only. */
  birthday?: Maybe<Scalars['Date']['output']>;
  /** The member's cars, oldest registration first. */
  cars: Array<Car>;
  /** The city the member lives in. */
  city: Scalars['String']['output'];
  /** What the member agreed to be contacted about. */
  consents: Consents;
  /**
   * The term in force today (by the UTC date), or null when none is. Private
   * record: staff and the member only.
   */
  currentTerm?: Maybe<MembershipTerm>;
  /** The name to show, as the member writes it. */
  displayName: Scalars['String']['output'];
  /** Personal data: staff and the member only. */
  email?: Maybe<Scalars['EmailAddress']['output']>;
  /** Family name. */
  familyName: Scalars['String']['output'];
  /** Given name. */
  givenName: Scalars['String']['output'];
  /** The chapter the member belongs to. */
  homeChapter: Chapter;
  /** A UUID. */
  id: Scalars['ID']['output'];
  /** The day the member first joined as an active member; null for prospects. */
  joinedOn?: Maybe<Scalars['Date']['output']>;
  /** The language the club writes to the member in. */
  language: Scalars['Locale']['output'];
  /** The furthest lifecycle stage the member has reached. */
  lifecycleStage: LifecycleStage;
  /** The member's number, printed on the card; numbers follow join order. */
  memberNumber: Scalars['Int']['output'];
  /** Personal data: staff and the member only. */
  phone?: Maybe<Scalars['PhoneNumber']['output']>;
  /** The member who referred this one, if any. */
  referrer?: Maybe<Member>;
  /** When the member reached each lifecycle stage; a stage not reached is null. */
  stages: LifecycleStages;
  /** Where the member stands with the club today. */
  status: MemberStatus;
  /** The membership terms, newest first. Private record: staff and the member only. */
  terms?: Maybe<Array<MembershipTerm>>;
};

/** A page of members. */
export type MemberConnection = {
  __typename?: 'MemberConnection';
  /**
   * The members of this page. Staff and members only: anyone else gets null
   * with a FORBIDDEN error on this field, and can still read totalCount.
   */
  edges?: Maybe<Array<MemberEdge>>;
  pageInfo: PageInfo;
  /** How many members match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One member in a page, with the cursor that points at it. */
export type MemberEdge = {
  __typename?: 'MemberEdge';
  cursor: Scalars['String']['output'];
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
  | 'EV'
  | 'HYBRID'
  | 'PETROL';

export type Query = {
  __typename?: 'Query';
  /**
   * The member the request's token belongs to; null for any viewer that is not
   * a member.
   */
  me?: Maybe<Member>;
  /**
   * One member by id, or null when there is none. Personal fields follow the
   * rules written on them.
   */
  member?: Maybe<Member>;
  /**
   * Members in order of member number (join order), filtered as asked. Filters
   * combine with AND. Anyone may read the totalCount; the edges, which name
   * members, are for staff and members only.
   */
  members: MemberConnection;
};


export type QueryMemberArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  | 'BRONZE'
  | 'DIAMOND'
  | 'GOLD'
  | 'PLATINUM'
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
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EmailAddress: ResolverTypeWrapper<Scalars['EmailAddress']['output']>;
  FeePlan: ResolverTypeWrapper<FeePlanModel>;
  LifecycleStage: LifecycleStage;
  LifecycleStages: ResolverTypeWrapper<LifecycleStages>;
  Locale: ResolverTypeWrapper<Scalars['Locale']['output']>;
  Member: ResolverTypeWrapper<MemberModel>;
  MemberConnection: ResolverTypeWrapper<MemberConnectionModel>;
  MemberEdge: ResolverTypeWrapper<MemberEdgeModel>;
  MemberFilter: MemberFilter;
  MemberStatus: MemberStatus;
  MembershipTerm: ResolverTypeWrapper<MembershipTermModel>;
  Money: ResolverTypeWrapper<Money>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PhoneNumber: ResolverTypeWrapper<Scalars['PhoneNumber']['output']>;
  Powertrain: Powertrain;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
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
  Currency: Scalars['Currency']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EmailAddress: Scalars['EmailAddress']['output'];
  FeePlan: FeePlanModel;
  LifecycleStages: LifecycleStages;
  Locale: Scalars['Locale']['output'];
  Member: MemberModel;
  MemberConnection: MemberConnectionModel;
  MemberEdge: MemberEdgeModel;
  MemberFilter: MemberFilter;
  MembershipTerm: MembershipTermModel;
  Money: Money;
  PageInfo: PageInfo;
  PhoneNumber: Scalars['PhoneNumber']['output'];
  Query: Record<PropertyKey, never>;
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
  cars?: Resolver<Array<ResolversTypes['Car']>, ParentType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  consents?: Resolver<ResolversTypes['Consents'], ParentType, ContextType>;
  currentTerm?: Resolver<Maybe<ResolversTypes['MembershipTerm']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['EmailAddress']>, ParentType, ContextType>;
  familyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  givenName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  homeChapter?: Resolver<ResolversTypes['Chapter'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  language?: Resolver<ResolversTypes['Locale'], ParentType, ContextType>;
  lifecycleStage?: Resolver<ResolversTypes['LifecycleStage'], ParentType, ContextType>;
  memberNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['PhoneNumber']>, ParentType, ContextType>;
  referrer?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
  stages?: Resolver<ResolversTypes['LifecycleStages'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MemberStatus'], ParentType, ContextType>;
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

export type Resolvers<ContextType = RequestContext> = {
  Car?: CarResolvers<ContextType>;
  Chapter?: ChapterResolvers<ContextType>;
  Consents?: ConsentsResolvers<ContextType>;
  Currency?: GraphQLScalarType;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  EmailAddress?: GraphQLScalarType;
  FeePlan?: FeePlanResolvers<ContextType>;
  LifecycleStages?: LifecycleStagesResolvers<ContextType>;
  Locale?: GraphQLScalarType;
  Member?: MemberResolvers<ContextType>;
  MemberConnection?: MemberConnectionResolvers<ContextType>;
  MemberEdge?: MemberEdgeResolvers<ContextType>;
  MembershipTerm?: MembershipTermResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PhoneNumber?: GraphQLScalarType;
  Query?: QueryResolvers<ContextType>;
};

