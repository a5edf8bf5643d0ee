CREATE TABLE "members"."known_chapters" (
	"chapter_id" text PRIMARY KEY NOT NULL
);
