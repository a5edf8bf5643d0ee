-- The members subgraph's copy of the fee plans' annual dues (reference data
-- owned by the loyalty subgraph, whose tables members may not read). A change
-- of dues is a new migration here and in loyalty's data, with the same values;
-- the seed writes the same values (src/seed/catalogue/tiers.ts).
INSERT INTO "members"."fee_plans" ("id", "annual_dues_minor", "currency") VALUES
	('standard', 198000, 'CNY'),
	('premium', 498000, 'CNY'),
	('flagship', 1280000, 'CNY')
ON CONFLICT ("id") DO UPDATE SET "annual_dues_minor" = EXCLUDED."annual_dues_minor", "currency" = EXCLUDED."currency";
