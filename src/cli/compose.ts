import { writeFileSync } from 'node:fs';
import { composeSupergraph } from '../gateway/composeSupergraph.js';
import { schemaFolder } from '../core/schemaFiles.js';

// Writes schema/supergraph.graphql; CI runs this and fails on any difference.
writeFileSync(`${schemaFolder}supergraph.graphql`, composeSupergraph());
process.stdout.write('Composed schema/supergraph.graphql\n');
