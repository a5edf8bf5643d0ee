import type { DatabaseHandle } from '../core/database/database.js';
import type { Logger } from '../core/logger.js';

export async function seedIfEmpty(_database: DatabaseHandle, _options: { members: number; seed: number; logger: Logger }) {}
