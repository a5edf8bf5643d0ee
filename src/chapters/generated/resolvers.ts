import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RegionModel, ChapterModel, ChapterLeadModel, ChapterConnectionModel, ChapterEdgeModel, MemberModel } from '../models.js';
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
  /** A calendar date without a time of day, written as "YYYY-MM-DD". */
  Date: { input: string; output: string; }
  /** An instant in UTC, written as an ISO 8601 string such as "2026-05-01T09:30:00.000Z". */
  DateTime: { input: Date; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * A city chapter: the club as members meet it, with its leads, members, events
 * and local partners. Owned by the chapters subgraph (name, city, region, leads);
 * members, events and partners subgraphs add their lists. Key: id.
 */
export type Chapter = {
  __typename?: 'Chapter';
  /** The city the chapter serves, such as "Shanghai". */
  city: Scalars['String']['output'];
  /** The day the chapter was founded. */
  foundedOn: Scalars['Date']['output'];
  /** A stable slug such as "shanghai". */
  id: Scalars['ID']['output'];
  /** The members who run the chapter, chair first, then by role and start date. */
  leads: Array<ChapterLead>;
  /** The chapter's display name, such as "Shanghai Chapter". */
  name: Scalars['String']['output'];
  /** The region the chapter belongs to. */
  region: Region;
};

/** A page of chapters. */
export type ChapterConnection = {
  __typename?: 'ChapterConnection';
  /** The items of this page, in the order of the list. */
  edges: Array<ChapterEdge>;
  /** Where this page sits in the list: pass its endCursor as `after` for the next page. */
  pageInfo: PageInfo;
  /** How many chapters match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One chapter in a page, with the cursor that points at it. */
export type ChapterEdge = {
  __typename?: 'ChapterEdge';
  /** Points at this item: pass it as `after` to continue the list after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Chapter;
};

/** A member who holds a role in a chapter. */
export type ChapterLead = {
  __typename?: 'ChapterLead';
  /** The chapter the role is in. */
  chapter: Chapter;
  /** The member holding the role. Anyone sees that the role is held; the member's name is for staff and members, as Member says. */
  member: Member;
  /** What the member does for the chapter. */
  role: ChapterRole;
  /** The day the member took the role. */
  since: Scalars['Date']['output'];
};

/** The roles a chapter's leads hold. */
export type ChapterRole =
  /** Leads the chapter and speaks for it. */
  | 'CHAIR'
  /** Plans and runs the chapter's events. */
  | 'EVENTS_LEAD'
  /** Welcomes and looks after members. */
  | 'MEMBERSHIP_LEAD'
  /** Looks after local partners and sponsors. */
  | 'PARTNERSHIPS_LEAD'
  /** Stands in for the chair. */
  | 'VICE_CHAIR';

export type Member = {
  __typename?: 'Member';
  id: Scalars['ID']['output'];
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
   * Gives a member a role in a chapter: staff only. A lead manages the chapter's
   * events (the events subgraph learns of it through chapters.LeadAppointed).
   * Errors: BAD_USER_INPUT for a malformed id; FORBIDDEN with reason STAFF_ONLY;
   * NOT_FOUND naming `chapterId`; CONFLICT with reason ALREADY_LEAD when the
   * member holds the role already.
   */
  appointChapterLead: ChapterLead;
  /**
   * Takes a role in a chapter from a member: staff only. Returns the role as it
   * was held (chapters.LeadRemoved tells the other subgraphs). Errors:
   * BAD_USER_INPUT for a malformed id; FORBIDDEN with reason STAFF_ONLY;
   * NOT_FOUND when the member does not hold the role.
   */
  removeChapterLead: ChapterLead;
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
export type MutationAppointChapterLeadArgs = {
  chapterId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  memberId: Scalars['ID']['input'];
  role: ChapterRole;
  since?: InputMaybe<Scalars['Date']['input']>;
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
export type MutationRemoveChapterLeadArgs = {
  chapterId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  memberId: Scalars['ID']['input'];
  role: ChapterRole;
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
  /** One chapter by id (a slug such as "shanghai"), or null when there is none. */
  chapter?: Maybe<Chapter>;
  /**
   * The club's city chapters in alphabetical order of id, optionally only one
   * region's. Anyone may read them.
   */
  chapters: ChapterConnection;
  /** One region by id (a slug such as "east"), or null when there is none. */
  region?: Maybe<Region>;
  /** The five regions of the club, East first. Anyone may read them. */
  regions: Array<Region>;
};


/** The club graph's reads: each subgraph adds its own root fields. */
export type QueryChapterArgs = {
  id: Scalars['ID']['input'];
};


/** The club graph's reads: each subgraph adds its own root fields. */
export type QueryChaptersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
};


/** The club graph's reads: each subgraph adds its own root fields. */
export type QueryRegionArgs = {
  id: Scalars['ID']['input'];
};

/**
 * The five geographic groupings of chapters: East, South, North, West and
 * Central. Regional alliances share events and benefits across their chapters.
 * Owned by the chapters subgraph; key: id.
 */
export type Region = {
  __typename?: 'Region';
  /** The chapters of this region, in alphabetical order of id. */
  chapters: Array<Chapter>;
  /** The region's code, for filters and badges. */
  code: RegionCode;
  /** A stable slug such as "east". */
  id: Scalars['ID']['output'];
  /** The region's display name, such as "East China". */
  name: Scalars['String']['output'];
};

/** The club's regions. */
export type RegionCode =
  /** Central China. */
  | 'CENTRAL'
  /** East China. */
  | 'EAST'
  /** North China. */
  | 'NORTH'
  /** South China. */
  | 'SOUTH'
  /** West China. */
  | 'WEST';



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
  Region: Region;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Chapter:
    ( { __typename: 'Chapter' }
    & GraphQLRecursivePick<FederationTypes['Chapter'], {"id":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Chapter: ResolverTypeWrapper<ChapterModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ChapterConnection: ResolverTypeWrapper<ChapterConnectionModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ChapterEdge: ResolverTypeWrapper<ChapterEdgeModel>;
  ChapterLead: ResolverTypeWrapper<ChapterLeadModel>;
  ChapterRole: ChapterRole;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Member: ResolverTypeWrapper<MemberModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionModel>;
  RegionCode: RegionCode;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Chapter: ChapterModel;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  ChapterConnection: ChapterConnectionModel;
  Int: Scalars['Int']['output'];
  ChapterEdge: ChapterEdgeModel;
  ChapterLead: ChapterLeadModel;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Member: MemberModel;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  Region: RegionModel;
};

export type ChapterResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Chapter'] = ResolversParentTypes['Chapter'], FederationReferenceType extends FederationReferenceTypes['Chapter'] = FederationReferenceTypes['Chapter']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Chapter']> | FederationReferenceType, FederationReferenceType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  foundedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leads?: Resolver<Array<ResolversTypes['ChapterLead']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type ChapterConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChapterConnection'] = ResolversParentTypes['ChapterConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ChapterEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChapterEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChapterEdge'] = ResolversParentTypes['ChapterEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Chapter'], ParentType, ContextType>;
};

export type ChapterLeadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChapterLead'] = ResolversParentTypes['ChapterLead']> = {
  chapter?: Resolver<ResolversTypes['Chapter'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ChapterRole'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MemberResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  appointChapterLead?: Resolver<ResolversTypes['ChapterLead'], ParentType, ContextType, RequireFields<MutationAppointChapterLeadArgs, 'chapterId' | 'memberId' | 'role'>>;
  removeChapterLead?: Resolver<ResolversTypes['ChapterLead'], ParentType, ContextType, RequireFields<MutationRemoveChapterLeadArgs, 'chapterId' | 'memberId' | 'role'>>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  chapter?: Resolver<Maybe<ResolversTypes['Chapter']>, ParentType, ContextType, RequireFields<QueryChapterArgs, 'id'>>;
  chapters?: Resolver<ResolversTypes['ChapterConnection'], ParentType, ContextType, Partial<QueryChaptersArgs>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'id'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
};

export type RegionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  chapters?: Resolver<Array<ResolversTypes['Chapter']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['RegionCode'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  Chapter?: ChapterResolvers<ContextType>;
  ChapterConnection?: ChapterConnectionResolvers<ContextType>;
  ChapterEdge?: ChapterEdgeResolvers<ContextType>;
  ChapterLead?: ChapterLeadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Member?: MemberResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
};

