import { Kind, visit, type ASTNode, type DocumentNode, type ValueNode } from 'graphql';

function contains(outer: ASTNode, inner: { start: number; end: number }): boolean {
  return !!outer.loc && outer.loc.start <= inner.start && inner.end <= outer.loc.end;
}

/** Follows input object fields down to `target`: ["status"] for `{ status: NOPE }`. */
function fieldPath(value: ValueNode, target: { start: number; end: number }): string[] {
  if (value.kind === Kind.OBJECT) {
    const field = value.fields.find((candidate) => contains(candidate.value, target));
    if (field) return [field.name.value, ...fieldPath(field.value, target)];
  }
  if (value.kind === Kind.LIST) {
    const item = value.values.find((candidate) => contains(candidate, target));
    if (item) return fieldPath(item, target);
  }
  return [];
}

/**
 * The argument, with the input fields inside it, whose value contains the
 * document position of `node`: "filter.status" for an enum literal there.
 */
export function argumentPathAt(document: DocumentNode, node: ASTNode): string | undefined {
  const target = node.loc;
  if (!target) return undefined;
  let found: string | undefined;
  visit(document, {
    Argument(argument) {
      if (!contains(argument.value, target)) return;
      found = [argument.name.value, ...fieldPath(argument.value, target)].join('.');
    },
  });
  return found;
}

/** The argument path of the first place the operation uses variable `name`. */
export function argumentPathOfVariable(document: DocumentNode, name: string): string | undefined {
  let found: string | undefined;
  visit(document, {
    Argument(argument) {
      if (found) return;
      visit(argument.value, {
        Variable(variable) {
          if (!found && variable.name.value === name) found = argumentPathAt(document, variable);
        },
      });
    },
  });
  return found;
}
