/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How often a benefit's allowance renews. */
export type AllowancePeriod =
  /** Each calendar month in China time. */
  | 'MONTH'
  /** No limit: the allowance is null. */
  | 'UNLIMITED'
  /** Each calendar year in China time. */
  | 'YEAR';

/** The three layers of benefits. */
export type BenefitLayer =
  /** Everyday car care: maintenance discounts, car wash. */
  | 'BASIC'
  /** What money cannot easily buy: first drives of new models, private track days. */
  | 'EXCLUSIVE'
  /** Services that add value: airport lounges, driver training, concierge. */
  | 'VALUE_ADDED';

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

/** Where an event stands. */
export type EventStatus =
  /** Called off. */
  | 'CANCELLED'
  /** Being prepared; not open for registration. */
  | 'DRAFT'
  /** Open for registration. */
  | 'PUBLISHED';

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

/** What drives a car. */
export type Powertrain =
  /** Battery electric. */
  | 'EV'
  /** A combustion engine with an electric motor, plug-in or not. */
  | 'HYBRID'
  /** A combustion engine. */
  | 'PETROL';

/** What an attendee thought of an event. */
export type RatingInput = {
  /** Anything the member wants to add, at most 2,000 characters. */
  comment?: string | null | undefined;
  /** How likely the member is to recommend the club's events, from 0 to 10. */
  likelyToRecommend: number;
  /** Satisfaction from 1 (poor) to 5 (excellent). */
  satisfaction: number;
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

export type BenefitMatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type BenefitMatrixQuery = { tiers: Array<{ code: TierCode, name: string, entryThreshold: number, feePlan: { name: string, annualDues: { amountMinor: number, currency: string } }, benefits: Array<{ allowance: number | null, period: AllowancePeriod, benefit: { name: string, layer: BenefitLayer, provider: { name: string, kind: PartnerKind } | null } }> }> };

export type CancelRegistrationMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelRegistrationMutation = { cancelRegistration: { status: RegistrationStatus, cancellationReason: CancellationReason | null, event: { confirmedCount: number, waitlistCount: number } } };

export type ChapterRosterQueryVariables = Exact<{
  chapterId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ChapterRosterQuery = { chapter: { name: string, region: { name: string }, members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, memberNumber: number | null, displayName: string | null, status: MemberStatus | null, pointsBalance: number | null, tier: { code: TierCode, name: string } | null, cars: Array<{ brand: CarBrand, model: string, powertrain: Powertrain }> | null, registrations: Array<{ registeredAt: Date | string, event: { title: string, kind: EventKind, startsAt: Date | string } }> | null } }> | null } } | null };

export type EventPageQueryVariables = Exact<{
  id: string | number;
}>;


export type EventPageQuery = { event: { title: string, kind: EventKind, status: EventStatus, startsAt: Date | string, startsAtLocal: string, endsAtLocal: string, timeZone: string, capacity: number, confirmedCount: number, waitlistCount: number, attendedCount: number, participationRate: number | null, venue: { name: string, city: string } | null, chapter: { name: string } | null, minimumTier: { name: string } | null, ratings: { count: number, averageSatisfaction: number | null, netPromoterScore: number | null }, sponsors: Array<{ name: string, kind: PartnerKind }> } | null };

export type MemberPageQueryVariables = Exact<{
  id: string | number;
}>;


export type MemberPageQuery = { member: { id: string, memberNumber: number | null, displayName: string | null, email: string | null, phone: string | null, birthday: string | null, city: string | null, language: string | null, status: MemberStatus | null, lifecycleStage: LifecycleStage | null, valueScore: number | null, pointsBalance: number | null, stages: { reachedAt: Date | string, activatedAt: Date | string | null, retainedAt: Date | string | null, monetisedAt: Date | string | null } | null, homeChapter: { id: string, name: string }, cars: Array<{ brand: CarBrand, model: string, year: number, powertrain: Powertrain, plate: string | null }> | null, currentTerm: { startsOn: string, endsOn: string, feePlan: { name: string }, dues: { amountMinor: number, currency: string } } | null, tier: { name: string } | null, tierHistory: Array<{ reason: TierChangeReason, effectiveOn: string, from: { code: TierCode } | null, to: { code: TierCode } }> | null, registrations: Array<{ status: RegistrationStatus, event: { title: string, startsAt: Date | string } }> | null, redemptions: Array<{ redeemedAt: Date | string, benefit: { name: string } }> | null } | null };

export type RateEventMutationVariables = Exact<{
  registrationId: string | number;
  input: RatingInput;
}>;


export type RateEventMutation = { rateEvent: { rating: { satisfaction: number, likelyToRecommend: number, comment: string | null } | null, event: { attendedCount: number, participationRate: number | null, ratings: { count: number, averageSatisfaction: number | null, netPromoterScore: number | null } } } };

export type RegisterForEventMutationVariables = Exact<{
  eventId: string | number;
  memberId: string | number;
  idempotencyKey?: string | null | undefined;
}>;


export type RegisterForEventMutation = { registerForEvent: { id: string, status: RegistrationStatus, waitlistPosition: number | null, event: { title: string, confirmedCount: number, waitlistCount: number, seatsLeft: number } } };


export const BenefitMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenefitMatrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"entryThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"feePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"annualDues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowance"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"layer"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BenefitMatrixQuery, BenefitMatrixQueryVariables>;
export const CancelRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}}]}}]}}]}}]} as unknown as DocumentNode<CancelRegistrationMutation, CancelRegistrationMutationVariables>;
export const ChapterRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChapterRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chapterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chapter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chapterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberNumber"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"powertrain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsBalance"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"CONFIRMED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChapterRosterQuery, ChapterRosterQueryVariables>;
export const EventPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"endsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chapter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minimumTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"attendedCount"}},{"kind":"Field","name":{"kind":"Name","value":"participationRate"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"averageSatisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"netPromoterScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<EventPageQuery, EventPageQueryVariables>;
export const MemberPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberNumber"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"birthday"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStage"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"monetisedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeChapter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"powertrain"}},{"kind":"Field","name":{"kind":"Name","value":"plate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentTerm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"feePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"valueScore"}},{"kind":"Field","name":{"kind":"Name","value":"pointsBalance"}},{"kind":"Field","name":{"kind":"Name","value":"tierHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"redemptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeemedAt"}},{"kind":"Field","name":{"kind":"Name","value":"benefit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberPageQuery, MemberPageQueryVariables>;
export const RateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RatingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"satisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"likelyToRecommend"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendedCount"}},{"kind":"Field","name":{"kind":"Name","value":"participationRate"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"averageSatisfaction"}},{"kind":"Field","name":{"kind":"Name","value":"netPromoterScore"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RateEventMutation, RateEventMutationVariables>;
export const RegisterForEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterForEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerForEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterForEventMutation, RegisterForEventMutationVariables>;