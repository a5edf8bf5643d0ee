CREATE SCHEMA "events";
--> statement-breakpoint
CREATE TYPE "events"."event_kind" AS ENUM('ROAD_TRIP', 'TRACK_DAY', 'SALON', 'NEW_MODEL_LAUNCH', 'CHARITY_DRIVE', 'ONLINE');--> statement-breakpoint
CREATE TYPE "events"."event_status" AS ENUM('DRAFT', 'PUBLISHED', 'CANCELLED');--> statement-breakpoint
CREATE TYPE "events"."registration_status" AS ENUM('CONFIRMED', 'WAITLISTED', 'CANCELLED');--> statement-breakpoint
CREATE TABLE "events"."events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"kind" "events"."event_kind" NOT NULL,
	"status" "events"."event_status" NOT NULL,
	"chapter_id" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"venue_name" text,
	"venue_address" text,
	"venue_city" text,
	"capacity" integer NOT NULL,
	"minimum_tier_id" text,
	"fee_minor" integer,
	"fee_currency" char(3),
	"points_price" integer
);
--> statement-breakpoint
CREATE TABLE "events"."ratings" (
	"registration_id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"satisfaction" smallint NOT NULL,
	"likely_to_recommend" smallint NOT NULL,
	"comment" text,
	"rated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events"."registrations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"status" "events"."registration_status" NOT NULL,
	"sequence" bigint GENERATED ALWAYS AS IDENTITY (sequence name "events"."registrations_sequence_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"registered_at" timestamp with time zone NOT NULL,
	"checked_in_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "events"."ratings" ADD CONSTRAINT "ratings_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "events"."registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events"."ratings" ADD CONSTRAINT "ratings_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "events"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events"."registrations" ADD CONSTRAINT "registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "events"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "events_start_idx" ON "events"."events" USING btree ("starts_at","id");--> statement-breakpoint
CREATE INDEX "events_chapter_idx" ON "events"."events" USING btree ("chapter_id","starts_at","id");--> statement-breakpoint
CREATE INDEX "ratings_event_idx" ON "events"."ratings" USING btree ("event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_event_member_idx" ON "events"."registrations" USING btree ("event_id","member_id");--> statement-breakpoint
CREATE INDEX "registrations_event_idx" ON "events"."registrations" USING btree ("event_id","status","sequence");--> statement-breakpoint
CREATE INDEX "registrations_member_idx" ON "events"."registrations" USING btree ("member_id","registered_at");