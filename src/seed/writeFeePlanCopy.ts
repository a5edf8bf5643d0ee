import { sql } from 'drizzle-orm';
import type { Database } from '../core/database/database.js';
import { feePlans } from '../members/data/tables.js';
import type { FeePlanInsert } from './generateLoyaltyCatalogue.js';

/**
 * Writes the members subgraph's copy of the fee plans' dues from the plans
 * the seed gives loyalty. The migrations already hold the club's plans, so
 * this updates them in place: a reset leaves the copy alone, and a seed whose
 * plans differ still admits and renews on its own dues.
 */
export async function writeFeePlanCopy(writer: Pick<Database, 'execute'>, plans: readonly FeePlanInsert[]): Promise<void> {
  const rows = plans.map((plan) => sql`(${plan.id}, ${plan.annualDuesMinor}::integer, ${plan.currency})`);
  await writer.execute(sql`
    insert into ${feePlans} (id, annual_dues_minor, currency) values ${sql.join(rows, sql`, `)}
    on conflict (id) do update set annual_dues_minor = excluded.annual_dues_minor, currency = excluded.currency`);
}
