CREATE TABLE "loyalty"."member_statuses" (
	"member_id" uuid PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"effective_at" timestamp with time zone NOT NULL
);
