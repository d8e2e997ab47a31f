/**
 * Which operations src/plugins/use-jit.ts compiles: a query from its second run on (the
 * same document, as Yoga's parse cache gives it), never a one-off document, a mutation or a
 * subscription. A result graphql-jit produced carries the `stringify` its plugin sets.
 */
import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useJit } from '../../src/plugins/use-jit.js';

function app() {
  const compiled: boolean[] = [];
  const recorder: Plugin = {
    onExecute: () => ({
      onExecuteDone: ({ result }) => {
        compiled.push('stringify' in (result as object));
      },
    }),
    onSubscribe: () => ({
      onSubscribeResult: ({ result }) => {
        compiled.push('stringify' in (result as object));
      },
    }),
  };
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: `type Query { hello(name: String): String }
        type Mutation { touch: Boolean }
        type Subscription { ticks: Int }`,
      resolvers: {
        Query: { hello: (_: unknown, { name }: { name?: string }) => `hello ${name ?? 'world'}` },
        Mutation: { touch: () => true },
        Subscription: {
          ticks: {
            async *subscribe() {
              yield { ticks: 1 };
            },
          },
        },
      },
    }),
    plugins: [useJit(), recorder],
  });
  const post = async (query: string, variables?: object) => {
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return response.json();
  };
  return { yoga, post, compiled };
}

describe('useJit', () => {
  it('compiles a query from its second run on, with the same answers', async () => {
    const { post, compiled } = app();
    const query = 'query Hello($name: String) { hello(name: $name) }';
    const answers = [];
    for (const name of ['a', 'b', 'c']) answers.push(await post(query, { name }));
    expect(answers).toEqual(['a', 'b', 'c'].map((n) => ({ data: { hello: `hello ${n}` } })));
    expect(compiled).toEqual([false, true, true]);
  });

  it('never compiles a one-off document or a mutation', async () => {
    const { post, compiled } = app();
    for (let i = 0; i < 3; i++) await post(`{ hello(name: "n${i}") }`);
    for (let i = 0; i < 3; i++)
      expect(await post('mutation { touch }')).toEqual({ data: { touch: true } });
    expect(compiled).toEqual([false, false, false, false, false, false]);
  });

  it('leaves subscriptions to graphql-js', async () => {
    const { yoga, compiled } = app();
    const events = async () => {
      const response = await yoga.fetch('http://yoga/graphql?query=subscription%7Bticks%7D', {
        headers: { accept: 'text/event-stream' },
      });
      return response.text();
    };
    for (let i = 0; i < 3; i++) expect(await events()).toContain('data: {"data":{"ticks":1}}');
    expect(compiled).toEqual([false, false, false]);
  });
});
