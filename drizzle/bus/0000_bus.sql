CREATE SCHEMA "bus";
--> statement-breakpoint
CREATE TABLE "bus"."domain_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"sequence" bigint GENERATED ALWAYS AS IDENTITY (sequence name "bus"."domain_events_sequence_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"type" text NOT NULL,
	"source" text NOT NULL,
	"payload" jsonb NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bus"."pending_deliveries" (
	"consumer" text NOT NULL,
	"event_id" uuid NOT NULL,
	"sequence" bigint NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"available_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pending_deliveries_consumer_event_id_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
CREATE TABLE "bus"."subscriptions" (
	"consumer" text NOT NULL,
	"event_type" text NOT NULL,
	CONSTRAINT "subscriptions_consumer_event_type_pk" PRIMARY KEY("consumer","event_type")
);
--> statement-breakpoint
ALTER TABLE "bus"."pending_deliveries" ADD CONSTRAINT "pending_deliveries_event_id_domain_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "bus"."domain_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "domain_events_type_idx" ON "bus"."domain_events" USING btree ("type","sequence");--> statement-breakpoint
CREATE INDEX "pending_deliveries_due_idx" ON "bus"."pending_deliveries" USING btree ("consumer","available_at","sequence");