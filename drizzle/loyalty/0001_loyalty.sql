CREATE TABLE "loyalty"."idempotency_keys" (
	"viewer" text NOT NULL,
	"operation" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"response" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_viewer_operation_key_pk" PRIMARY KEY("viewer","operation","key")
);
--> statement-breakpoint
CREATE TABLE "loyalty"."points_charges" (
	"requested_by" text NOT NULL,
	"reference" text NOT NULL,
	"member_id" uuid NOT NULL,
	"points" integer NOT NULL,
	"entry_id" uuid NOT NULL,
	"charged_at" timestamp with time zone NOT NULL,
	"refund_entry_id" uuid,
	"refunded_points" integer,
	CONSTRAINT "points_charges_requested_by_reference_pk" PRIMARY KEY("requested_by","reference")
);
--> statement-breakpoint
CREATE TABLE "loyalty"."processed_events" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"processed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "loyalty"."points_charges" ADD CONSTRAINT "points_charges_entry_id_points_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "loyalty"."points_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loyalty"."points_charges" ADD CONSTRAINT "points_charges_refund_entry_id_points_entries_id_fk" FOREIGN KEY ("refund_entry_id") REFERENCES "loyalty"."points_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "points_charges_member_idx" ON "loyalty"."points_charges" USING btree ("member_id");