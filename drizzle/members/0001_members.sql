CREATE TABLE "members"."fee_plans" (
	"id" text PRIMARY KEY NOT NULL,
	"annual_dues_minor" integer NOT NULL,
	"currency" char(3) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "members"."idempotency_keys" (
	"viewer" text NOT NULL,
	"operation" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"response" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_viewer_operation_key_pk" PRIMARY KEY("viewer","operation","key")
);
--> statement-breakpoint
CREATE TABLE "members"."processed_events" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"processed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "members"."members" ADD COLUMN "tier_effective_on" date;--> statement-breakpoint
ALTER TABLE "members"."members" ADD COLUMN "tier_changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "members"."status_changes" ADD COLUMN "sequence" bigint NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "members"."status_changes_sequence_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1);--> statement-breakpoint
CREATE UNIQUE INDEX "terms_one_open_idx" ON "members"."membership_terms" USING btree ("member_id") WHERE "members"."membership_terms"."outcome" = 'OPEN';