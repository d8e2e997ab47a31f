/**
 * GraphQL Armor's checks of an operation's shape, before it executes: depth (cyclic nesting
 * such as run → workflow → runs → …), aliases (alias bombs), directives, and tokens (the
 * size of the document, checked while parsing). Each refusal is `BAD_USER_INPUT` with
 * `extensions.limit` naming the check and its bound; nothing reaches GitHub.
 */
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface QueryArmorOptions {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
}

export function useQueryArmor({
  maxDepth,
  maxAliases,
  maxDirectives,
  maxTokens,
}: QueryArmorOptions): Plugin {
  // Armor's own errors carry no code; this one replaces each as it is raised.
  const refuse = (check: string, max: number) => [
    (_context: unknown, error: GraphQLError) => {
      throw new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
        extensions: { code: 'BAD_USER_INPUT', limit: { check, max } },
      });
    },
  ];
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(maxDepthPlugin({ n: maxDepth, onReject: refuse('depth', maxDepth) }));
      addPlugin(maxAliasesPlugin({ n: maxAliases, onReject: refuse('aliases', maxAliases) }));
      addPlugin(
        maxDirectivesPlugin({ n: maxDirectives, onReject: refuse('directives', maxDirectives) }),
      );
      addPlugin(maxTokensPlugin({ n: maxTokens, onReject: refuse('tokens', maxTokens) }));
    },
  };
}
