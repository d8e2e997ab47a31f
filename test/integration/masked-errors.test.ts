/**
 * The README's promise: an unexpected error reaches the client as `Unexpected error.` with
 * `INTERNAL_SERVER_ERROR`, and no stack, token or upstream URL. Tested through the gateway
 * (its plugins and masking) over a schema whose resolver fails the way a bug would, with a
 * message and stack that carry all three.
 */
import { GraphQLError, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { afterAll, expect, it } from 'vitest';
import { createGateway } from '../../src/yoga.js';

const TOKEN = 'ghp_leakleakleakleakleakleakleakleak0000';
const UPSTREAM = 'https://api.github.com/repos/octo-org/octo-repo/actions/runs/7';

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      broken: {
        type: GraphQLString,
        resolve: () => {
          const error = new TypeError(`GET ${UPSTREAM} with token ${TOKEN} failed`);
          error.stack = `${error.message}\n    at send (${UPSTREAM}?access_token=${TOKEN})`;
          throw error;
        },
      },
      expected: {
        type: GraphQLString,
        resolve: () => {
          throw new GraphQLError('Run 7 was not found.', { extensions: { code: 'NOT_FOUND' } });
        },
      },
    },
  }),
});

const gateway = createGateway({ schema, upstream: { apiUrl: 'http://127.0.0.1:9' } });
afterAll(() => gateway.close());

async function execute(query: string) {
  const response = await gateway.fetch('http://gateway/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      authorization: `Bearer ${TOKEN}`,
    },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, text: await response.text() };
}

it('masks an unexpected error: no message, stack, token or upstream URL of it goes out', async () => {
  const { status, text } = await execute('{ broken }');
  expect(status).toBe(200);
  expect(JSON.parse(text)).toEqual({
    data: { broken: null },
    errors: [
      {
        message: 'Unexpected error.',
        locations: [{ line: 1, column: 3 }],
        path: ['broken'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ],
  });
  for (const secret of [TOKEN, 'api.github.com', 'access_token', ' at ', 'TypeError'])
    expect(text).not.toContain(secret);
});

it('lets an expected, coded error through as it is', async () => {
  const { text } = await execute('{ expected }');
  expect(JSON.parse(text).errors).toEqual([
    {
      message: 'Run 7 was not found.',
      locations: [{ line: 1, column: 3 }],
      path: ['expected'],
      extensions: { code: 'NOT_FOUND' },
    },
  ]);
});
