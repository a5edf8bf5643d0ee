CREATE SCHEMA "partners";
--> statement-breakpoint
CREATE TYPE "partners"."partner_kind" AS ENUM('CAR_MAKER', 'LUXURY_BRAND', 'FINANCIAL', 'TRAVEL_HOSPITALITY', 'LOCAL_SERVICE');--> statement-breakpoint
CREATE TYPE "partners"."sponsorship_level" AS ENUM('TITLE', 'PLATINUM', 'GOLD');--> statement-breakpoint
CREATE TABLE "partners"."offers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date,
	"benefit_id" uuid
);
--> statement-breakpoint
CREATE TABLE "partners"."partners" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" "partners"."partner_kind" NOT NULL,
	"website" text,
	"chapter_id" text,
	"partner_since" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partners"."sponsored_chapters" (
	"sponsorship_id" uuid NOT NULL,
	"chapter_id" text NOT NULL,
	CONSTRAINT "sponsored_chapters_sponsorship_id_chapter_id_pk" PRIMARY KEY("sponsorship_id","chapter_id")
);
--> statement-breakpoint
CREATE TABLE "partners"."sponsored_events" (
	"sponsorship_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	CONSTRAINT "sponsored_events_sponsorship_id_event_id_pk" PRIMARY KEY("sponsorship_id","event_id")
);
--> statement-breakpoint
CREATE TABLE "partners"."sponsorships" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid NOT NULL,
	"level" "partners"."sponsorship_level" NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"value_minor" integer NOT NULL,
	"currency" char(3) NOT NULL,
	"revenue_share_percent" numeric(5, 2)
);
--> statement-breakpoint
ALTER TABLE "partners"."offers" ADD CONSTRAINT "offers_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "partners"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."sponsored_chapters" ADD CONSTRAINT "sponsored_chapters_sponsorship_id_sponsorships_id_fk" FOREIGN KEY ("sponsorship_id") REFERENCES "partners"."sponsorships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."sponsored_events" ADD CONSTRAINT "sponsored_events_sponsorship_id_sponsorships_id_fk" FOREIGN KEY ("sponsorship_id") REFERENCES "partners"."sponsorships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."sponsorships" ADD CONSTRAINT "sponsorships_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "partners"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "offers_partner_idx" ON "partners"."offers" USING btree ("partner_id","valid_from");--> statement-breakpoint
CREATE INDEX "partners_name_idx" ON "partners"."partners" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "partners_kind_idx" ON "partners"."partners" USING btree ("kind","name","id");--> statement-breakpoint
CREATE INDEX "partners_chapter_idx" ON "partners"."partners" USING btree ("chapter_id");--> statement-breakpoint
CREATE INDEX "sponsored_chapters_chapter_idx" ON "partners"."sponsored_chapters" USING btree ("chapter_id");--> statement-breakpoint
CREATE INDEX "sponsored_events_event_idx" ON "partners"."sponsored_events" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "sponsorships_partner_idx" ON "partners"."sponsorships" USING btree ("partner_id","starts_on");