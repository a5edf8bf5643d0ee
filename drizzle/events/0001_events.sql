CREATE TYPE "events"."cancellation_reason" AS ENUM('MEMBER', 'STAFF', 'EVENT_CANCELLED', 'POINTS_DECLINED');--> statement-breakpoint
ALTER TYPE "events"."registration_status" ADD VALUE 'PENDING_PAYMENT' BEFORE 'WAITLISTED';--> statement-breakpoint
CREATE TABLE "events"."chapter_leads" (
	"chapter_id" text NOT NULL,
	"member_id" uuid NOT NULL,
	"role" text NOT NULL,
	"active" boolean NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "chapter_leads_chapter_id_role_member_id_pk" PRIMARY KEY("chapter_id","role","member_id")
);
--> statement-breakpoint
CREATE TABLE "events"."fee_charges" (
	"registration_id" uuid PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"amount_minor" integer NOT NULL,
	"currency" char(3) NOT NULL,
	"charged_at" timestamp with time zone NOT NULL,
	"refunded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "events"."idempotency_keys" (
	"viewer" text NOT NULL,
	"operation" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"response" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_viewer_operation_key_pk" PRIMARY KEY("viewer","operation","key")
);
--> statement-breakpoint
CREATE TABLE "events"."member_statuses" (
	"member_id" uuid PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"effective_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events"."member_tiers" (
	"member_id" uuid PRIMARY KEY NOT NULL,
	"tier_id" text NOT NULL,
	"effective_on" date NOT NULL,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events"."processed_events" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"processed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
DROP INDEX "events"."registrations_event_member_idx";--> statement-breakpoint
ALTER TABLE "events"."registrations" ADD COLUMN "confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "events"."registrations" ADD COLUMN "cancellation_reason" "events"."cancellation_reason";--> statement-breakpoint
ALTER TABLE "events"."registrations" ADD COLUMN "points_charged" integer;--> statement-breakpoint
ALTER TABLE "events"."registrations" ADD COLUMN "points_entry_id" uuid;--> statement-breakpoint
ALTER TABLE "events"."registrations" ADD COLUMN "points_refund_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "events"."fee_charges" ADD CONSTRAINT "fee_charges_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "events"."registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events"."fee_charges" ADD CONSTRAINT "fee_charges_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "events"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chapter_leads_member_idx" ON "events"."chapter_leads" USING btree ("member_id","chapter_id");--> statement-breakpoint
CREATE INDEX "fee_charges_event_idx" ON "events"."fee_charges" USING btree ("event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_event_member_idx" ON "events"."registrations" USING btree ("event_id","member_id") WHERE "events"."registrations"."status" <> 'CANCELLED';