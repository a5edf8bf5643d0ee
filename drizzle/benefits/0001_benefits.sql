CREATE TYPE "benefits"."redemption_status" AS ENUM('PENDING', 'CONFIRMED', 'DECLINED');--> statement-breakpoint
CREATE TABLE "benefits"."idempotency_keys" (
	"viewer" text NOT NULL,
	"operation" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"response" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_viewer_operation_key_pk" PRIMARY KEY("viewer","operation","key")
);
--> statement-breakpoint
CREATE TABLE "benefits"."member_tiers" (
	"member_id" uuid PRIMARY KEY NOT NULL,
	"tier_id" text NOT NULL,
	"effective_on" date NOT NULL,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "benefits"."processed_events" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"processed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "benefits"."benefits" ADD COLUMN "points_cost" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "benefits"."redemptions" ADD COLUMN "status" "benefits"."redemption_status" DEFAULT 'CONFIRMED' NOT NULL;--> statement-breakpoint
ALTER TABLE "benefits"."redemptions" ADD COLUMN "tier_id" text NOT NULL;--> statement-breakpoint
ALTER TABLE "benefits"."redemptions" ADD COLUMN "points_cost" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "benefits"."redemptions" ADD COLUMN "period_key" text;--> statement-breakpoint
CREATE INDEX "redemptions_allowance_idx" ON "benefits"."redemptions" USING btree ("member_id","benefit_id","period_key");