CREATE TYPE "loyalty"."score_fact_kind" AS ENUM('SPEND', 'ATTENDANCE', 'REFERRAL');--> statement-breakpoint
CREATE TABLE "loyalty"."score_facts" (
	"kind" "loyalty"."score_fact_kind" NOT NULL,
	"source" text NOT NULL,
	"member_id" uuid NOT NULL,
	"amount" integer NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	CONSTRAINT "score_facts_kind_source_pk" PRIMARY KEY("kind","source")
);
--> statement-breakpoint
CREATE TABLE "loyalty"."tier_reviews" (
	"half" text PRIMARY KEY NOT NULL,
	"as_of" date NOT NULL,
	"applied_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "loyalty"."tier_changes" ADD COLUMN "recorded_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "loyalty"."tier_changes" ADD COLUMN "review_half" text;--> statement-breakpoint
ALTER TABLE "loyalty"."tier_changes" ADD COLUMN "value_score" integer;--> statement-breakpoint
ALTER TABLE "loyalty"."tier_changes" ADD COLUMN "threshold" integer;--> statement-breakpoint
ALTER TABLE "loyalty"."tier_changes" ADD COLUMN "note" text;--> statement-breakpoint
CREATE INDEX "score_facts_member_idx" ON "loyalty"."score_facts" USING btree ("member_id","occurred_at");--> statement-breakpoint
ALTER TABLE "loyalty"."tier_changes" ADD CONSTRAINT "tier_changes_review_half_tier_reviews_half_fk" FOREIGN KEY ("review_half") REFERENCES "loyalty"."tier_reviews"("half") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "tier_changes_review_idx" ON "loyalty"."tier_changes" USING btree ("review_half","member_id");