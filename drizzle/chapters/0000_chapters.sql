CREATE SCHEMA "chapters";
--> statement-breakpoint
CREATE TYPE "chapters"."chapter_role" AS ENUM('CHAIR', 'VICE_CHAIR', 'EVENTS_LEAD', 'PARTNERSHIPS_LEAD', 'MEMBERSHIP_LEAD');--> statement-breakpoint
CREATE TYPE "chapters"."region_code" AS ENUM('EAST', 'SOUTH', 'NORTH', 'WEST', 'CENTRAL');--> statement-breakpoint
CREATE TABLE "chapters"."chapter_leads" (
	"chapter_id" text NOT NULL,
	"member_id" uuid NOT NULL,
	"role" "chapters"."chapter_role" NOT NULL,
	"since" date NOT NULL,
	CONSTRAINT "chapter_leads_chapter_id_role_member_id_pk" PRIMARY KEY("chapter_id","role","member_id")
);
--> statement-breakpoint
CREATE TABLE "chapters"."chapters" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"city" text NOT NULL,
	"region_id" text NOT NULL,
	"founded_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "chapters"."regions" (
	"id" text PRIMARY KEY NOT NULL,
	"code" "chapters"."region_code" NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "regions_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "chapters"."chapter_leads" ADD CONSTRAINT "chapter_leads_chapter_id_chapters_id_fk" FOREIGN KEY ("chapter_id") REFERENCES "chapters"."chapters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chapters"."chapters" ADD CONSTRAINT "chapters_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "chapters"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chapters_region_idx" ON "chapters"."chapters" USING btree ("region_id","id");