/** Request limits on by default: depth, aliases, tokens, directives and a static cost. */
import { EnvelopArmor } from '@escape.tech/graphql-armor';

export const LIMITS = Object.freeze({
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
  maxCost: 30000,
});

export function armorPlugins() {
  const armor = new EnvelopArmor({
    maxDepth: { n: LIMITS.maxDepth, exposeLimits: true },
    maxAliases: { n: LIMITS.maxAliases, exposeLimits: true },
    maxTokens: { n: LIMITS.maxTokens, exposeLimits: true },
    maxDirectives: { n: LIMITS.maxDirectives, exposeLimits: true },
    costLimit: { maxCost: LIMITS.maxCost, exposeLimits: true },
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect().plugins;
}
