import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import { ErrorCode } from '../../core/errors.js';
import { documentMemo, type DocumentMemo } from '../limits/documentMemo.js';
import { argumentPathAt, argumentPathOfVariable } from '../arguments/argumentPath.js';

const nul = '\u0000';

/** The path inside a variable's value to its first string holding a NUL, such as ["input", "title"]. */
function pathToNul(value: unknown, path: readonly string[] = []): string[] | undefined {
  if (typeof value === 'string') return value.includes(nul) ? [...path] : undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = pathToNul(item, path);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = pathToNul(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/** The argument whose literal text in the document holds a NUL character. */
function literalWithNul(document: DocumentNode): string | undefined {
  let found: string | undefined;
  visit(document, {
    StringValue(node) {
      if (!found && node.value.includes(nul)) found = argumentPathAt(document, node) ?? '';
    },
  });
  return found;
}

/** The argument whose text, given in the document or in a variable, holds a NUL character. */
function argumentWithNul(
  document: DocumentNode,
  variables: Record<string, unknown>,
  literals: DocumentMemo<string | undefined>,
): string | undefined {
  const found = literals(document, '', () => literalWithNul(document));
  if (found !== undefined) return found;

  for (const [name, value] of Object.entries(variables)) {
    const inside = pathToNul(value);
    if (!inside) continue;
    // A variable bound to a whole input object names the field within it.
    return [argumentPathOfVariable(document, name) ?? name, ...inside].join('.');
  }
  return undefined;
}

/**
 * Refuses text holding a NUL character, which PostgreSQL cannot store in a
 * text column: it would otherwise fail in the database as an internal error
 * instead of a bad argument. Runs before any resolver, on literals and
 * variables alike, and names the argument (and input field) at fault.
 */
export function useTextInputChecks(): ApolloServerPlugin {
  // A document's literals are the same on every request that sends it.
  const literals = documentMemo<string | undefined>(1);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const argument = argumentWithNul(document, request.variables ?? {}, literals);
          if (argument === undefined) return;
          throw new GraphQLError(`Argument "${argument}" must not contain a NUL character (\\u0000).`, {
            extensions: { code: ErrorCode.BadUserInput, argument, http: { status: 400 } },
          });
        },
      };
    },
  };
}
