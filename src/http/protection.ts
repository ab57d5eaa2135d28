/** Request limits on by default: depth, aliases, tokens, directives and a cost that multiplies by `first`. */
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext } from 'graphql';
import { badInput } from '../gql/errors.ts';

export const LIMITS = Object.freeze({
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
  maxCost: 30000,
});

/** Validation-time rejections become BAD_USER_INPUT (armor's own errors carry no code). */
const coded = {
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, error: GraphQLError) => {
    ctx?.reportError(badInput(error.message.replace(/^Syntax Error: /, ''), { limit: true }));
  }],
};

export function armorPlugins() {
  const armor = new EnvelopArmor({
    maxDepth: { n: LIMITS.maxDepth, exposeLimits: true, ...coded },
    maxAliases: { n: LIMITS.maxAliases, exposeLimits: true, ...coded },
    // Counted while parsing, before there is a validation context: rejected as a syntax error.
    maxTokens: { n: LIMITS.maxTokens, exposeLimits: true },
    maxDirectives: { n: LIMITS.maxDirectives, exposeLimits: true, ...coded },
    costLimit: { maxCost: LIMITS.maxCost, exposeLimits: true, ...coded },
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect().plugins;
}
