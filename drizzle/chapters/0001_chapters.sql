CREATE TABLE "chapters"."idempotency_keys" (
	"viewer" text NOT NULL,
	"operation" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"response" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_viewer_operation_key_pk" PRIMARY KEY("viewer","operation","key")
);
