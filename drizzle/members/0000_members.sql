CREATE SCHEMA "members";
--> statement-breakpoint
CREATE TYPE "members"."car_brand" AS ENUM('MERCEDES_BENZ', 'BMW', 'AUDI', 'PORSCHE', 'TESLA', 'NIO', 'LI_AUTO', 'ZEEKR', 'LOTUS');--> statement-breakpoint
CREATE TYPE "members"."lifecycle_stage" AS ENUM('REACHED', 'ACTIVATED', 'RETAINED', 'MONETISED');--> statement-breakpoint
CREATE TYPE "members"."member_status" AS ENUM('PROSPECT', 'ACTIVE', 'LAPSED', 'CHURNED', 'SUSPENDED');--> statement-breakpoint
CREATE TYPE "members"."powertrain" AS ENUM('PETROL', 'HYBRID', 'EV');--> statement-breakpoint
CREATE TYPE "members"."term_outcome" AS ENUM('OPEN', 'RENEWED', 'LAPSED', 'LEFT');--> statement-breakpoint
CREATE TYPE "members"."tier_code" AS ENUM('BRONZE', 'SILVER', 'GOLD', 'PLATINUM', 'DIAMOND');--> statement-breakpoint
CREATE TABLE "members"."cars" (
	"id" uuid PRIMARY KEY NOT NULL,
	"member_id" uuid NOT NULL,
	"brand" "members"."car_brand" NOT NULL,
	"model" text NOT NULL,
	"year" integer NOT NULL,
	"powertrain" "members"."powertrain" NOT NULL,
	"plate" text,
	"registered_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "members"."members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"member_number" integer NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"display_name" text NOT NULL,
	"email" text,
	"phone" text,
	"birthday" date,
	"city" text NOT NULL,
	"language" text NOT NULL,
	"consent_marketing" boolean NOT NULL,
	"consent_partner_offers" boolean NOT NULL,
	"consent_event_photos" boolean NOT NULL,
	"home_chapter_id" text NOT NULL,
	"status" "members"."member_status" NOT NULL,
	"lifecycle_stage" "members"."lifecycle_stage" NOT NULL,
	"reached_at" timestamp with time zone NOT NULL,
	"activated_at" timestamp with time zone,
	"retained_at" timestamp with time zone,
	"monetised_at" timestamp with time zone,
	"referrer_id" uuid,
	"joined_on" date,
	"tier_code" "members"."tier_code"
);
--> statement-breakpoint
CREATE TABLE "members"."membership_terms" (
	"id" uuid PRIMARY KEY NOT NULL,
	"member_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"fee_plan_id" text NOT NULL,
	"dues_minor" integer NOT NULL,
	"currency" char(3) NOT NULL,
	"dues_paid_at" timestamp with time zone,
	"outcome" "members"."term_outcome" NOT NULL,
	"outcome_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "members"."status_changes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"member_id" uuid NOT NULL,
	"from_status" "members"."member_status",
	"to_status" "members"."member_status" NOT NULL,
	"reason" text NOT NULL,
	"effective_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "members"."cars" ADD CONSTRAINT "cars_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "members"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members"."members" ADD CONSTRAINT "members_referrer_id_members_id_fk" FOREIGN KEY ("referrer_id") REFERENCES "members"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members"."membership_terms" ADD CONSTRAINT "membership_terms_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "members"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members"."status_changes" ADD CONSTRAINT "status_changes_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "members"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cars_member_idx" ON "members"."cars" USING btree ("member_id","registered_at");--> statement-breakpoint
CREATE INDEX "cars_brand_idx" ON "members"."cars" USING btree ("brand","member_id");--> statement-breakpoint
CREATE INDEX "cars_powertrain_idx" ON "members"."cars" USING btree ("powertrain","member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "members_number_idx" ON "members"."members" USING btree ("member_number");--> statement-breakpoint
CREATE INDEX "members_chapter_idx" ON "members"."members" USING btree ("home_chapter_id","member_number");--> statement-breakpoint
CREATE INDEX "members_status_idx" ON "members"."members" USING btree ("status","member_number");--> statement-breakpoint
CREATE INDEX "members_tier_idx" ON "members"."members" USING btree ("tier_code","member_number");--> statement-breakpoint
CREATE INDEX "members_stage_idx" ON "members"."members" USING btree ("lifecycle_stage","member_number");--> statement-breakpoint
CREATE INDEX "members_referrer_idx" ON "members"."members" USING btree ("referrer_id");--> statement-breakpoint
CREATE INDEX "terms_member_idx" ON "members"."membership_terms" USING btree ("member_id","starts_on");--> statement-breakpoint
CREATE INDEX "status_changes_member_idx" ON "members"."status_changes" USING btree ("member_id","effective_at");