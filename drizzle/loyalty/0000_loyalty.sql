CREATE SCHEMA "loyalty";
--> statement-breakpoint
CREATE TYPE "loyalty"."fee_plan_code" AS ENUM('STANDARD', 'PREMIUM', 'FLAGSHIP');--> statement-breakpoint
CREATE TYPE "loyalty"."points_entry_kind" AS ENUM('EARN_ATTENDANCE', 'EARN_SPEND', 'EARN_REFERRAL', 'EARN_CONTRIBUTION', 'SPEND_BENEFIT', 'SPEND_SERVICE', 'SPEND_EVENT', 'REFUND', 'EXPIRE', 'ADJUSTMENT');--> statement-breakpoint
CREATE TYPE "loyalty"."tier_change_reason" AS ENUM('ADMISSION', 'REVIEW_PROMOTION', 'REVIEW_DEMOTION', 'STAFF_DECISION');--> statement-breakpoint
CREATE TYPE "loyalty"."tier_code" AS ENUM('BRONZE', 'SILVER', 'GOLD', 'PLATINUM', 'DIAMOND');--> statement-breakpoint
CREATE TABLE "loyalty"."fee_plans" (
	"id" text PRIMARY KEY NOT NULL,
	"code" "loyalty"."fee_plan_code" NOT NULL,
	"name" text NOT NULL,
	"annual_dues_minor" integer NOT NULL,
	"currency" char(3) NOT NULL,
	CONSTRAINT "fee_plans_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "loyalty"."member_standings" (
	"member_id" uuid PRIMARY KEY NOT NULL,
	"tier_id" text NOT NULL,
	"value_score" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loyalty"."points_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"member_id" uuid NOT NULL,
	"points" integer NOT NULL,
	"kind" "loyalty"."points_entry_kind" NOT NULL,
	"reason" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loyalty"."tier_changes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"member_id" uuid NOT NULL,
	"from_tier_id" text,
	"to_tier_id" text NOT NULL,
	"reason" "loyalty"."tier_change_reason" NOT NULL,
	"effective_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loyalty"."tiers" (
	"id" text PRIMARY KEY NOT NULL,
	"code" "loyalty"."tier_code" NOT NULL,
	"name" text NOT NULL,
	"rank" integer NOT NULL,
	"entry_threshold" integer NOT NULL,
	"keep_threshold" integer NOT NULL,
	"fee_plan_id" text NOT NULL,
	CONSTRAINT "tiers_code_unique" UNIQUE("code"),
	CONSTRAINT "tiers_rank_unique" UNIQUE("rank")
);
--> statement-breakpoint
ALTER TABLE "loyalty"."member_standings" ADD CONSTRAINT "member_standings_tier_id_tiers_id_fk" FOREIGN KEY ("tier_id") REFERENCES "loyalty"."tiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loyalty"."tier_changes" ADD CONSTRAINT "tier_changes_from_tier_id_tiers_id_fk" FOREIGN KEY ("from_tier_id") REFERENCES "loyalty"."tiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loyalty"."tier_changes" ADD CONSTRAINT "tier_changes_to_tier_id_tiers_id_fk" FOREIGN KEY ("to_tier_id") REFERENCES "loyalty"."tiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loyalty"."tiers" ADD CONSTRAINT "tiers_fee_plan_id_fee_plans_id_fk" FOREIGN KEY ("fee_plan_id") REFERENCES "loyalty"."fee_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "standings_tier_idx" ON "loyalty"."member_standings" USING btree ("tier_id");--> statement-breakpoint
CREATE INDEX "points_member_idx" ON "loyalty"."points_entries" USING btree ("member_id","occurred_at","id");--> statement-breakpoint
CREATE INDEX "tier_changes_member_idx" ON "loyalty"."tier_changes" USING btree ("member_id","effective_on");