/**
 * GraphQL over WebSocket (the `graphql-ws` protocol) on the gateway's `/graphql`, through
 * the same Yoga plugins and context as HTTP. The token comes from the init payload's
 * `authorization` (or `Authorization`), else from the upgrade request's header. A ping
 * every `heartbeatMs` keeps idle sockets open through proxies and drops dead ones.
 */
import type { Server } from 'node:http';
import type { ExecutionArgs } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocket, WebSocketServer } from 'ws';
import type { Gateway } from '../yoga.js';

type Enveloped = ReturnType<Gateway['getEnveloped']>;
interface RootValue {
  execute: Enveloped['execute'];
  subscribe: Enveloped['subscribe'];
}

function authorizationOf(
  params: Record<string, unknown> | undefined,
  header: string | undefined,
): string | undefined {
  const given = params?.authorization ?? params?.Authorization;
  return typeof given === 'string' && given !== '' ? given : header;
}

export function attachWebSocketServer(
  server: Server,
  gateway: Gateway,
  { heartbeatMs = 12_000 } = {},
) {
  const wss = new WebSocketServer({ server, path: gateway.graphqlEndpoint });
  const disposable = useServer(
    {
      execute: (args) => (args.rootValue as RootValue).execute(args as ExecutionArgs),
      subscribe: (args) => (args.rootValue as RootValue).subscribe(args as ExecutionArgs),
      onSubscribe: async (ctx, _id, params) => {
        const { schema, execute, subscribe, contextFactory, parse, validate } =
          gateway.getEnveloped({
            ...ctx,
            authorization: authorizationOf(
              ctx.connectionParams,
              ctx.extra.request.headers.authorization,
            ),
            socket: ctx.extra.socket,
            params,
          });
        const args = {
          schema,
          operationName: params.operationName,
          document: parse(params.query),
          variableValues: params.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
        const errors = validate(args.schema, args.document);
        return errors.length > 0 ? errors : args;
      },
    },
    wss,
  );
  const alive = new WeakSet<WebSocket>();
  wss.on('connection', (socket) => {
    alive.add(socket);
    socket.on('pong', () => alive.add(socket));
  });
  const heartbeat = setInterval(() => {
    for (const socket of wss.clients) {
      if (!alive.has(socket)) {
        socket.terminate();
        continue;
      }
      alive.delete(socket);
      socket.ping();
    }
  }, heartbeatMs);
  heartbeat.unref();
  return {
    async close() {
      clearInterval(heartbeat);
      await disposable.dispose();
      wss.close();
    },
  };
}
