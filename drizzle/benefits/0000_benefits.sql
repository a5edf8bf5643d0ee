CREATE SCHEMA "benefits";
--> statement-breakpoint
CREATE TYPE "benefits"."allowance_period" AS ENUM('MONTH', 'YEAR', 'UNLIMITED');--> statement-breakpoint
CREATE TYPE "benefits"."benefit_layer" AS ENUM('BASIC', 'VALUE_ADDED', 'EXCLUSIVE');--> statement-breakpoint
CREATE TYPE "benefits"."service_kind" AS ENUM('MODIFICATION', 'INSURANCE', 'DRIVER_TRAINING', 'CONCIERGE', 'DETAILING', 'TRAVEL');--> statement-breakpoint
CREATE TYPE "benefits"."service_order_status" AS ENUM('PLACED', 'FULFILLED', 'CANCELLED');--> statement-breakpoint
CREATE TABLE "benefits"."benefits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"layer" "benefits"."benefit_layer" NOT NULL,
	"provider_partner_id" uuid
);
--> statement-breakpoint
CREATE TABLE "benefits"."redemptions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"member_id" uuid NOT NULL,
	"benefit_id" uuid NOT NULL,
	"redeemed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "benefits"."service_orders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"member_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"amount_minor" integer NOT NULL,
	"currency" char(3) NOT NULL,
	"ordered_at" timestamp with time zone NOT NULL,
	"status" "benefits"."service_order_status" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "benefits"."services" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"kind" "benefits"."service_kind" NOT NULL,
	"price_minor" integer NOT NULL,
	"currency" char(3) NOT NULL,
	"provider_partner_id" uuid
);
--> statement-breakpoint
CREATE TABLE "benefits"."tier_benefits" (
	"tier_id" text NOT NULL,
	"benefit_id" uuid NOT NULL,
	"allowance" integer,
	"period" "benefits"."allowance_period" NOT NULL,
	CONSTRAINT "tier_benefits_tier_id_benefit_id_pk" PRIMARY KEY("tier_id","benefit_id")
);
--> statement-breakpoint
ALTER TABLE "benefits"."redemptions" ADD CONSTRAINT "redemptions_benefit_id_benefits_id_fk" FOREIGN KEY ("benefit_id") REFERENCES "benefits"."benefits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefits"."service_orders" ADD CONSTRAINT "service_orders_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "benefits"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefits"."tier_benefits" ADD CONSTRAINT "tier_benefits_benefit_id_benefits_id_fk" FOREIGN KEY ("benefit_id") REFERENCES "benefits"."benefits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "benefits_provider_idx" ON "benefits"."benefits" USING btree ("provider_partner_id");--> statement-breakpoint
CREATE INDEX "redemptions_member_idx" ON "benefits"."redemptions" USING btree ("member_id","redeemed_at");--> statement-breakpoint
CREATE INDEX "redemptions_benefit_idx" ON "benefits"."redemptions" USING btree ("benefit_id","redeemed_at");--> statement-breakpoint
CREATE INDEX "service_orders_member_idx" ON "benefits"."service_orders" USING btree ("member_id","ordered_at");--> statement-breakpoint
CREATE INDEX "services_provider_idx" ON "benefits"."services" USING btree ("provider_partner_id");--> statement-breakpoint
CREATE INDEX "tier_benefits_benefit_idx" ON "benefits"."tier_benefits" USING btree ("benefit_id");