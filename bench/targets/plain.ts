import type { DatabaseHandle } from '../../src/core/database/database.js';
import { subgraphs } from '../../src/gateway/subgraphs.js';
import { buildPlainSchema } from './plainSchema.js';
import type { RunningTarget } from './protocol.js';
import { serveSchemaTarget } from './schemaTarget.js';

/**
 * Target (b): the same resolvers as one plain schema, no gateway, served as
 * target (a) is. The difference between the two is what federation costs.
 */
export function startPlainTarget(database: DatabaseHandle): Promise<RunningTarget> {
  return serveSchemaTarget(database, buildPlainSchema(subgraphs));
}
