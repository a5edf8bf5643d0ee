import { readFileSync } from 'node:fs';
import {
  buildASTSchema,
  buildClientSchema,
  getIntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  parse,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;
let schema: GraphQLSchema;

// The schema front-end developers see in the browser IDE: the gateway's
// answer to the IDE's introspection query.
beforeAll(async () => {
  database = await openTestDatabase();
  gateway = await startTestGateway(database);
  const response = await gateway.request<IntrospectionQuery, never>(getIntrospectionQuery());
  schema = buildClientSchema(response.data!);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

/** Every type, field, argument and enum value of the API schema that has no description. */
function undescribed(): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const argument of field.args) {
          if (!argument.description) missing.push(`${type.name}.${field.name}(${argument.name})`);
        }
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

describe('the club graph as the browser IDE shows it', () => {
  it('describes every type, field, argument and enum value', async () => {
    expect(undescribed()).toEqual([]);
  });

  it("takes an entity's description from the subgraph that owns it, not from one that extends it", async () => {
    const owners: Record<string, string> = {
      Member: 'members', Chapter: 'chapters', Tier: 'loyalty', FeePlan: 'loyalty', Partner: 'partners', Event: 'events', Benefit: 'benefits',
    };
    for (const [type, owner] of Object.entries(owners)) {
      const sdl = readFileSync(`schema/${owner}.graphql`, 'utf8');
      const own = buildASTSchema(parse(sdl), { assumeValidSDL: true }).getType(type)?.description;
      expect(schema.getType(type)?.description, type).toBe(own);
    }
  });
});
