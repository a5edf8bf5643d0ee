import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * The introspection fields an operation may select once each, by their
 * schema coordinate. This is graphql-java's "good faith introspection"
 * (one `__schema`, one `__type`, and a type's member lists once, so that
 * they cannot nest in one another), with the schema's lists of types and
 * directives and a type's enum values added: aliased, those would repeat
 * the whole schema's descriptions. graphql-js's getIntrospectionQuery(),
 * which IDEs and code generators send, selects each of them once.
 */
const selectableOnce = {
  __schema: 'Query.__schema',
  __type: 'Query.__type',
} as const;
const selectableOnceInside = {
  types: '__Schema.types',
  directives: '__Schema.directives',
  fields: '__Type.fields',
  inputFields: '__Type.inputFields',
  interfaces: '__Type.interfaces',
  enumValues: '__Type.enumValues',
  possibleTypes: '__Type.possibleTypes',
} as const;
const coordinates = [...Object.values(selectableOnce), ...Object.values(selectableOnceInside)];

/**
 * Where each watched field is selected, as response paths. Fields selected
 * twice under the same path merge into one and count once. Two paths are
 * enough to refuse the operation, so no more are kept: with fragments, the
 * number of paths can grow exponentially with the document.
 */
type Selections = Map<string, Set<string>>;

function add(selections: Selections, coordinate: string, path: string): void {
  const paths = selections.get(coordinate) ?? new Set<string>();
  if (paths.size < 2) paths.add(path);
  selections.set(coordinate, paths);
}

function fieldCoordinate(name: string, inside: boolean): string | undefined {
  // Introspection types are reached only through `__schema` and `__type`
  // (valid on the query type alone), and only they have names that start
  // with two underscores, so a name says what a field is.
  if (!inside) return Object.hasOwn(selectableOnce, name) ? selectableOnce[name as keyof typeof selectableOnce] : undefined;
  return Object.hasOwn(selectableOnceInside, name) ? selectableOnceInside[name as keyof typeof selectableOnceInside] : undefined;
}

function collectWith(context: ValidationContext) {
  // A fragment's selections are the same wherever it is spread, relative to
  // the spread, so each is walked once.
  const ofFragment = new Map<string, Selections>();

  function fragmentSelections(fragment: FragmentDefinitionNode): Selections {
    const name = fragment.name.value;
    const known = ofFragment.get(name);
    if (known) return known;
    const selections: Selections = new Map();
    // Seen before it is complete, which a cycle of fragments (refused by
    // graphql-js) would otherwise loop on.
    ofFragment.set(name, selections);
    collect(fragment.selectionSet, '', fragment.typeCondition.name.value.startsWith('__'), selections);
    return selections;
  }

  function collect(selectionSet: SelectionSetNode, at: string, inside: boolean, selections: Selections): void {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const path = `${at}.${selection.alias?.value ?? selection.name.value}`;
        const coordinate = fieldCoordinate(selection.name.value, inside);
        if (coordinate) add(selections, coordinate, path);
        if (selection.selectionSet) collect(selection.selectionSet, path, inside || coordinate !== undefined, selections);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(selection.selectionSet, at, inside, selections);
      } else {
        const fragment = context.getFragment(selection.name.value);
        if (!fragment) continue;
        for (const [coordinate, paths] of fragmentSelections(fragment)) {
          for (const path of paths) add(selections, coordinate, at + path);
        }
      }
    }
  }

  return collect;
}

/**
 * Refuses an operation that selects any of the introspection fields above
 * more than once. Introspection answers from the schema alone, so the cost
 * limit does not count it; aliased, though, one request for the schema
 * becomes fifty, megabytes of answer for a few hundred bytes of query.
 */
export const introspectionRule: ValidationRule = (context) => {
  const collect = collectWith(context);
  return {
    OperationDefinition(operation) {
      const selections: Selections = new Map();
      collect(operation.selectionSet, '', false, selections);
      const repeated = coordinates.find((coordinate) => (selections.get(coordinate)?.size ?? 0) > 1);
      if (!repeated) return;
      context.reportError(
        new GraphQLError(`Introspection limit exceeded: an operation may select ${repeated} once, as an IDE's introspection query does.`),
      );
    },
  };
};
