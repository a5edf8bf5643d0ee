import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';

/** What graphql-armor's rules take to report a refusal instead of throwing it. */
interface ArmorRuleOptions {
  propagateOnRejection: boolean;
  onReject: Array<(context: ValidationContext | null, error: GraphQLError) => void>;
}

/**
 * Wraps a graphql-armor rule so that a refused query is reported as a
 * validation error (HTTP 400, GRAPHQL_VALIDATION_FAILED) with a plain
 * message. By default the rules throw, which Apollo Server answers as an
 * internal error with status 500, and they prefix "Syntax Error: " to a
 * message that is not about syntax.
 */
export function reportingRule<TOptions extends object>(
  createRule: (options: TOptions & ArmorRuleOptions) => ValidationRule,
  options: TOptions,
): ValidationRule {
  return createRule({
    ...options,
    propagateOnRejection: false,
    onReject: [
      (context, error) => {
        context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));
      },
    ],
  });
}
