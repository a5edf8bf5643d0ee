import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { BenefitModel, TierBenefitModel, RedemptionModel, ServiceModel, ServiceOrderModel, TierModel, MemberModel, PartnerModel } from '../models.js';
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
  _FieldSet: { input: unknown; output: unknown; }
};

/** How often a benefit's allowance renews. */
export type AllowancePeriod =
  /** Each calendar month in China time. */
  | 'MONTH'
  /** No limit: the allowance is null. */
  | 'UNLIMITED'
  /** Each calendar year in China time. */
  | 'YEAR';

/**
 * Something members of some tiers are entitled to, such as a car wash or a
 * private track day, possibly provided by a partner. Owned by the benefits
 * subgraph. Key: id.
 */
export type Benefit = {
  __typename?: 'Benefit';
  /** Which tiers get this benefit and how often, lowest tier first. */
  allowances: Array<TierBenefit>;
  /** What the member gets, in a sentence or two. */
  description: Scalars['String']['output'];
  /** A UUID. */
  id: Scalars['ID']['output'];
  /** Which layer of the benefits offer this belongs to. */
  layer: BenefitLayer;
  /** The benefit's name. */
  name: Scalars['String']['output'];
  /** Points a redemption costs on top of the allowance; 0 for most benefits. */
  pointsCost: Scalars['Int']['output'];
  /** The partner who provides it; null when the club provides it itself. */
  provider?: Maybe<Partner>;
};

/** The three layers of benefits. */
export type BenefitLayer =
  /** Everyday car care: maintenance discounts, car wash. */
  | 'BASIC'
  /** What money cannot easily buy: first drives of new models, private track days. */
  | 'EXCLUSIVE'
  /** Services that add value: airport lounges, driver training, concierge. */
  | 'VALUE_ADDED';

export type Member = {
  __typename?: 'Member';
  id: Scalars['ID']['output'];
  /** The member's redemptions, newest first. Private record: staff and the member only. */
  redemptions?: Maybe<Array<Redemption>>;
  /** The member's service orders, newest first. Private record: staff and the member only. */
  serviceOrders?: Maybe<Array<ServiceOrder>>;
};


export type MemberRedemptionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type MemberServiceOrdersArgs = {
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
   * Cancels a PLACED service order. Staff only. Errors: NOT_FOUND naming
   * `orderId`; CONFLICT with reason INVALID_TRANSITION for an order no longer
   * PLACED, naming its status in the message and in `extensions.status`.
   */
  cancelServiceOrder: ServiceOrder;
  /**
   * Marks a PLACED service order FULFILLED: the service was delivered. Staff
   * only. Errors: NOT_FOUND naming `orderId`; CONFLICT with reason
   * INVALID_TRANSITION for an order no longer PLACED, naming its status in the
   * message and in `extensions.status`.
   */
  markServiceOrderFulfilled: ServiceOrder;
  /**
   * Orders a value-added service for a member at its list price, paid in money:
   * the member themself or staff may. The order is PLACED and counts as the
   * member's purchase at once (a first one marks the member MONETISED).
   * Errors: NOT_FOUND naming `memberId` (no member with a tier, that is never
   * admitted) or `serviceId`; FORBIDDEN (reason STAFF_OR_SELF) when the viewer
   * may not; CONFLICT with reason MEMBER_NOT_ACTIVE (and the member's `status`)
   * for a member who is not ACTIVE.
   */
  orderService: ServiceOrder;
  /**
   * Redeems one allowance of a benefit for a member: the member themself or
   * staff may. Allowed only when the member's current tier has the benefit in
   * the benefit matrix, and while the tier's allowance for the current period
   * (calendar month or year in China time) is not used up; concurrent requests
   * never exceed it. A benefit without a points cost is CONFIRMED at once; one
   * with a cost is PENDING until the points are charged (then CONFIRMED) or the
   * charge is declined (then DECLINED, and the allowance is free again).
   * Errors: NOT_FOUND naming `memberId` (no member with a tier) or `benefitId`;
   * FORBIDDEN when the viewer may not, or the tier does not include the benefit
   * (reason NOT_IN_TIER); CONFLICT with reason MEMBER_NOT_ACTIVE (and the
   * member's `status`) for a member who is not ACTIVE, or with reason
   * ALLOWANCE_USED when the period's allowance is used, naming the period.
   */
  redeemBenefit: Redemption;
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
export type MutationCancelServiceOrderArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
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
export type MutationMarkServiceOrderFulfilledArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
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
export type MutationOrderServiceArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  memberId: Scalars['ID']['input'];
  serviceId: Scalars['ID']['input'];
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
export type MutationRedeemBenefitArgs = {
  benefitId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  memberId: Scalars['ID']['input'];
};

export type Partner = {
  __typename?: 'Partner';
  id: Scalars['ID']['output'];
  /** The benefits this partner provides, by name. */
  providedBenefits: Array<Benefit>;
  /** The value-added services this partner delivers, by name. */
  providedServices: Array<Service>;
};

/** The club graph's reads: each subgraph adds its own root fields. */
export type Query = {
  __typename?: 'Query';
  /** One benefit by id, or null when there is none. */
  benefit?: Maybe<Benefit>;
  /** The club's benefits, by layer (basic first) then name, optionally one layer's. Anyone may read them. */
  benefits: Array<Benefit>;
  /** One value-added service by id, or null when there is none. */
  service?: Maybe<Service>;
  /** The value-added services members can buy, by kind then name. Anyone may read them. */
  services: Array<Service>;
};


/** The club graph's reads: each subgraph adds its own root fields. */
export type QueryBenefitArgs = {
  id: Scalars['ID']['input'];
};


/** The club graph's reads: each subgraph adds its own root fields. */
export type QueryBenefitsArgs = {
  layer?: InputMaybe<BenefitLayer>;
};


/** The club graph's reads: each subgraph adds its own root fields. */
export type QueryServiceArgs = {
  id: Scalars['ID']['input'];
};


/** The club graph's reads: each subgraph adds its own root fields. */
export type QueryServicesArgs = {
  kind?: InputMaybe<ServiceKind>;
};

/**
 * A member's use of one allowance of a benefit. Owned by the benefits subgraph.
 * Key: id.
 */
export type Redemption = {
  __typename?: 'Redemption';
  /** The benefit redeemed. */
  benefit: Benefit;
  /** A UUID. */
  id: Scalars['ID']['output'];
  /** The member who redeemed it. */
  member: Member;
  /** The points the redemption costs; 0 for most benefits. */
  pointsCost: Scalars['Int']['output'];
  /** When it was redeemed. */
  redeemedAt: Scalars['DateTime']['output'];
  /** Whether the redemption stands, or waits for its points charge. */
  status: RedemptionStatus;
  /** The tier the member held when redeeming. */
  tier: Tier;
};

/** Where a redemption stands. */
export type RedemptionStatus =
  /** The redemption stands: it has no points cost or its points are charged. */
  | 'CONFIRMED'
  /** The points charge was declined (too few points): the redemption does not count against the allowance. */
  | 'DECLINED'
  /** Waiting for the loyalty subgraph to charge the benefit's points cost; it uses an allowance meanwhile. */
  | 'PENDING';

/**
 * A paid value-added service from the club's catalogue, such as a
 * modification package or concierge. Owned by the benefits subgraph. Key: id.
 */
export type Service = {
  __typename?: 'Service';
  /** What the service is. */
  description: Scalars['String']['output'];
  /** A UUID. */
  id: Scalars['ID']['output'];
  /** What kind of service it is. */
  kind: ServiceKind;
  /** The service's name. */
  name: Scalars['String']['output'];
  /** The list price. */
  price: Money;
  /** The partner who delivers it; null when the club does. */
  provider?: Maybe<Partner>;
};

/** The kinds of value-added service. */
export type ServiceKind =
  /** Concierge services: bookings, errands, pick-up and delivery. */
  | 'CONCIERGE'
  /** Detailing and paint protection. */
  | 'DETAILING'
  /** Driver training with instructors. */
  | 'DRIVER_TRAINING'
  /** Car insurance through a partner. */
  | 'INSURANCE'
  /** Performance or styling modification packages. */
  | 'MODIFICATION'
  /** Travel packages built around driving. */
  | 'TRAVEL';

/**
 * A member's purchase of a value-added service. Owned by the benefits subgraph.
 * Key: id.
 */
export type ServiceOrder = {
  __typename?: 'ServiceOrder';
  /** What the member paid. */
  amount: Money;
  /** A UUID. */
  id: Scalars['ID']['output'];
  /** The member who bought it. */
  member: Member;
  /** When the order was placed. */
  orderedAt: Scalars['DateTime']['output'];
  /** The service bought. */
  service: Service;
  /** Where the order stands. */
  status: ServiceOrderStatus;
};

/** Where a service order stands: PLACED, then FULFILLED or CANCELLED. */
export type ServiceOrderStatus =
  /** Cancelled before delivery. */
  | 'CANCELLED'
  /** Delivered. */
  | 'FULFILLED'
  /** Ordered and paid, not yet delivered. */
  | 'PLACED';

export type Tier = {
  __typename?: 'Tier';
  /** The benefits this tier is entitled to, by layer then name. */
  benefits: Array<TierBenefit>;
  id: Scalars['ID']['output'];
};

/** One cell of the benefit matrix: a tier's allowance of a benefit. */
export type TierBenefit = {
  __typename?: 'TierBenefit';
  /** How many redemptions each period allows; null when unlimited. */
  allowance?: Maybe<Scalars['Int']['output']>;
  /** The benefit allowed. */
  benefit: Benefit;
  /** The period the allowance renews over. */
  period: AllowancePeriod;
  /** The tier the allowance is for. */
  tier: Tier;
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
  Benefit: Benefit;
  Member: Member;
  Partner: Partner;
  Redemption: Redemption;
  Service: Service;
  ServiceOrder: ServiceOrder;
  Tier: Tier;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Benefit:
    ( { __typename: 'Benefit' }
    & GraphQLRecursivePick<FederationTypes['Benefit'], {"id":true}> );
  Member:
    ( { __typename: 'Member' }
    & GraphQLRecursivePick<FederationTypes['Member'], {"id":true}> );
  Partner:
    ( { __typename: 'Partner' }
    & GraphQLRecursivePick<FederationTypes['Partner'], {"id":true}> );
  Redemption:
    ( { __typename: 'Redemption' }
    & GraphQLRecursivePick<FederationTypes['Redemption'], {"id":true}> );
  Service:
    ( { __typename: 'Service' }
    & GraphQLRecursivePick<FederationTypes['Service'], {"id":true}> );
  ServiceOrder:
    ( { __typename: 'ServiceOrder' }
    & GraphQLRecursivePick<FederationTypes['ServiceOrder'], {"id":true}> );
  Tier:
    ( { __typename: 'Tier' }
    & GraphQLRecursivePick<FederationTypes['Tier'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AllowancePeriod: AllowancePeriod;
  Benefit: ResolverTypeWrapper<BenefitModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BenefitLayer: BenefitLayer;
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Member: ResolverTypeWrapper<MemberModel>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Partner: ResolverTypeWrapper<PartnerModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Redemption: ResolverTypeWrapper<RedemptionModel>;
  RedemptionStatus: RedemptionStatus;
  Service: ResolverTypeWrapper<ServiceModel>;
  ServiceKind: ServiceKind;
  ServiceOrder: ResolverTypeWrapper<ServiceOrderModel>;
  ServiceOrderStatus: ServiceOrderStatus;
  Tier: ResolverTypeWrapper<TierModel>;
  TierBenefit: ResolverTypeWrapper<TierBenefitModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Benefit: BenefitModel;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Currency: Scalars['Currency']['output'];
  DateTime: Scalars['DateTime']['output'];
  Member: MemberModel;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  Partner: PartnerModel;
  Query: Record<PropertyKey, never>;
  Redemption: RedemptionModel;
  Service: ServiceModel;
  ServiceOrder: ServiceOrderModel;
  Tier: TierModel;
  TierBenefit: TierBenefitModel;
  Boolean: Scalars['Boolean']['output'];
};

export type BenefitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Benefit'] = ResolversParentTypes['Benefit'], FederationReferenceType extends FederationReferenceTypes['Benefit'] = FederationReferenceTypes['Benefit']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Benefit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allowances?: Resolver<Array<ResolversTypes['TierBenefit']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layer?: Resolver<ResolversTypes['BenefitLayer'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pointsCost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
};

export interface CurrencyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Currency'], any> {
  name: 'Currency';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MemberResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member'], FederationReferenceType extends FederationReferenceTypes['Member'] = FederationReferenceTypes['Member']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Member']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  redemptions?: Resolver<Maybe<Array<ResolversTypes['Redemption']>>, ParentType, ContextType, Partial<MemberRedemptionsArgs>>;
  serviceOrders?: Resolver<Maybe<Array<ResolversTypes['ServiceOrder']>>, ParentType, ContextType, Partial<MemberServiceOrdersArgs>>;
};

export type MoneyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amountMinor?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  cancelServiceOrder?: Resolver<ResolversTypes['ServiceOrder'], ParentType, ContextType, RequireFields<MutationCancelServiceOrderArgs, 'orderId'>>;
  markServiceOrderFulfilled?: Resolver<ResolversTypes['ServiceOrder'], ParentType, ContextType, RequireFields<MutationMarkServiceOrderFulfilledArgs, 'orderId'>>;
  orderService?: Resolver<ResolversTypes['ServiceOrder'], ParentType, ContextType, RequireFields<MutationOrderServiceArgs, 'memberId' | 'serviceId'>>;
  redeemBenefit?: Resolver<ResolversTypes['Redemption'], ParentType, ContextType, RequireFields<MutationRedeemBenefitArgs, 'benefitId' | 'memberId'>>;
};

export type PartnerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner'], FederationReferenceType extends FederationReferenceTypes['Partner'] = FederationReferenceTypes['Partner']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Partner']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  providedBenefits?: Resolver<Array<ResolversTypes['Benefit']>, ParentType, ContextType>;
  providedServices?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  benefit?: Resolver<Maybe<ResolversTypes['Benefit']>, ParentType, ContextType, RequireFields<QueryBenefitArgs, 'id'>>;
  benefits?: Resolver<Array<ResolversTypes['Benefit']>, ParentType, ContextType, Partial<QueryBenefitsArgs>>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType, RequireFields<QueryServiceArgs, 'id'>>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType, Partial<QueryServicesArgs>>;
};

export type RedemptionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Redemption'] = ResolversParentTypes['Redemption'], FederationReferenceType extends FederationReferenceTypes['Redemption'] = FederationReferenceTypes['Redemption']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Redemption']> | FederationReferenceType, FederationReferenceType, ContextType>;
  benefit?: Resolver<ResolversTypes['Benefit'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  pointsCost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  redeemedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RedemptionStatus'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
};

export type ServiceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service'], FederationReferenceType extends FederationReferenceTypes['Service'] = FederationReferenceTypes['Service']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Service']> | FederationReferenceType, FederationReferenceType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ServiceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['Partner']>, ParentType, ContextType>;
};

export type ServiceOrderResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ServiceOrder'] = ResolversParentTypes['ServiceOrder'], FederationReferenceType extends FederationReferenceTypes['ServiceOrder'] = FederationReferenceTypes['ServiceOrder']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ServiceOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
  orderedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceOrderStatus'], ParentType, ContextType>;
};

export type TierResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Tier'] = ResolversParentTypes['Tier'], FederationReferenceType extends FederationReferenceTypes['Tier'] = FederationReferenceTypes['Tier']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Tier']> | FederationReferenceType, FederationReferenceType, ContextType>;
  benefits?: Resolver<Array<ResolversTypes['TierBenefit']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type TierBenefitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TierBenefit'] = ResolversParentTypes['TierBenefit']> = {
  allowance?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  benefit?: Resolver<ResolversTypes['Benefit'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['AllowancePeriod'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  Benefit?: BenefitResolvers<ContextType>;
  Currency?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Member?: MemberResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Redemption?: RedemptionResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceOrder?: ServiceOrderResolvers<ContextType>;
  Tier?: TierResolvers<ContextType>;
  TierBenefit?: TierBenefitResolvers<ContextType>;
};

