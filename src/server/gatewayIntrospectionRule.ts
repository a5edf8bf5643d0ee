import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Refuses `__Type.isOneOf`. graphql-js 16 knows the field, so a document
 * that selects it passes validation, but @apollo/gateway 2.14 plans
 * introspection with introspection types of its own that lack it, and the
 * plan then fails as an internal error. The graph has no @oneOf input
 * types, so the field would always be false.
 */
export const gatewayIntrospectionRule: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value !== 'isOneOf' || context.getParentType()?.name !== '__Type') return;
    context.reportError(
      new GraphQLError('__Type.isOneOf is not served by this gateway; leave it out (the graph has no @oneOf input types, so it is false for every type).', {
        nodes: node,
      }),
    );
  },
});
