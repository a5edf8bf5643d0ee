ALTER TYPE "events"."cancellation_reason" ADD VALUE 'MEMBER_NOT_ACTIVE';--> statement-breakpoint
ALTER TYPE "events"."cancellation_reason" ADD VALUE 'BELOW_MINIMUM_TIER';