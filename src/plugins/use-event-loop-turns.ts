/**
 * Large answers are built, serialized and written a turn of the event loop at a time
 * (lifecycle/event-loop-turns.ts), so the loop stays free for the other callers and for
 * `/health`:
 * - every list field takes its turn before graphql-js completes its items (the resolvers
 *   are wrapped once per schema object, when Yoga sets the schema);
 * - an HTTP answer whose lists held more than 2,000 items is serialized
 *   in chunks of UTF-8 by `stringifyInTurns`, and its response body is those chunks, a
 *   turn apart as the socket asks for them. Smaller answers keep Yoga's one
 *   `JSON.stringify`, faster when it is short.
 *
 * Yoga serializes a result through its `stringify` when it has one, with the errors already
 * cleaned of internals. When Yoga's JSON processor is the one chosen, `stringify` keeps the
 * chunks and gives an empty text, and `onResponse` puts the chunks in as the body, before
 * compression reads it (so this plugin comes before compression): a 20 MB text would cost
 * a flattening and a byte count of its own. For any other processor (an SSE answer to a
 * query), `stringify` gives the whole text.
 */
import { Readable } from 'node:stream';
import {
  defaultFieldResolver,
  getNamedType,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  isObjectType,
} from 'graphql';
import { isAsyncIterable, type Plugin, processRegularResult } from 'graphql-yoga';
import { eventLoopTurns } from '../lifecycle/event-loop-turns.js';
import { CHUNK_ITEMS, stringifyInTurns } from '../lifecycle/stringify-in-turns.js';

/** List items an answer holds past which it is serialized in turns (about 1 MB of text). */
const SERIALIZE_IN_TURNS_ABOVE = 2_000;

/**
 * Kept for the process, not per plugin: the schema object is wrapped once however many
 * gateways serve it (tests make many), so what the wrapped resolvers count is found by
 * every gateway's plugin, keyed by the operation's context.
 */
const wrapped = new WeakSet<GraphQLSchema>();
/** The list items each operation's answer holds so far, by its context. */
const items = new WeakMap<object, number>();

function admitted(context: object, list: unknown) {
  if (!Array.isArray(list)) return list;
  items.set(context, (items.get(context) ?? 0) + list.length);
  const wait = eventLoopTurns.admit(list.length);
  return wait ? wait.then(() => list) : list;
}

export function useEventLoopTurns(): Plugin {
  /** Each large answer, by its HTTP request: whether Yoga's JSON processor writes it, and its text. */
  const answers = new WeakMap<Request, { json: boolean; chunks?: Buffer[] }>();
  return {
    onSchemaChange({ schema }) {
      if (wrapped.has(schema)) return;
      wrapped.add(schema);
      forEachListField(schema, (field) => {
        const resolve = field.resolve ?? defaultFieldResolver;
        field.resolve = (source, args, context, info) => {
          const value = resolve(source, args, context, info);
          return value instanceof Promise
            ? value.then((list) => admitted(context as object, list))
            : admitted(context as object, value);
        };
      });
    },
    onExecute({ args }) {
      const context = args.contextValue as { request?: Request };
      const { request } = context;
      // Over WebSocket graphql-ws serializes the message itself: only HTTP answers are Yoga's.
      if (request === undefined) return;
      return {
        async onExecuteDone({ result, setResult }) {
          if (isAsyncIterable(result) || (items.get(context) ?? 0) <= SERIALIZE_IN_TURNS_ABOVE)
            return;
          const { data } = result;
          const dataChunks = await stringifyInTurns(data, eventLoopTurns);
          const answer: { json: boolean; chunks?: Buffer[] } = { json: false };
          answers.set(request, answer);
          const stringify = (clean: Record<string, unknown>) => {
            // A later plugin replaced the data: the text made above is not its text.
            if (clean.data !== data) return JSON.stringify(clean);
            const chunks: Buffer[] = [];
            for (const [key, value] of Object.entries(clean)) {
              if (value === undefined || typeof value === 'function') continue;
              chunks.push(Buffer.from(`${chunks.length === 0 ? '{' : ','}${JSON.stringify(key)}:`));
              if (key === 'data') chunks.push(...dataChunks);
              else chunks.push(Buffer.from(JSON.stringify(value)));
            }
            chunks.push(Buffer.from(chunks.length === 0 ? '{}' : '}'));
            if (!answer.json) return Buffer.concat(chunks).toString();
            answer.chunks = chunks;
            return '';
          };
          setResult({ ...result, stringify } as typeof result);
        },
      };
    },
    onResultProcess({ request, resultProcessor }) {
      const answer = answers.get(request);
      if (answer) answer.json = resultProcessor === processRegularResult;
    },
    onResponse({ request, response, setResponse, fetchAPI }) {
      const chunks = answers.get(request)?.chunks;
      if (!chunks) return;
      const headers = new fetchAPI.Headers(response.headers);
      headers.delete('content-length');
      // A chunk a turn, as the socket (or the compressor) pulls: a stream pulls synchronously
      // while its buffer has room, and handing the compressor 20 MB that way held the loop.
      const body = Readable.from(
        (async function* () {
          for (const chunk of chunks) {
            await eventLoopTurns.admit(CHUNK_ITEMS);
            yield chunk;
          }
        })(),
        { objectMode: false, highWaterMark: 256 * 1024 },
      );
      setResponse(new fetchAPI.Response(body as never, { status: response.status, headers }));
    },
  };
}

function isList(type: GraphQLOutputType): boolean {
  return (type instanceof GraphQLNonNull ? type.ofType : type) instanceof GraphQLList;
}

function forEachListField(
  schema: GraphQLSchema,
  each: (field: GraphQLField<unknown, unknown>) => void,
): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields()))
      if (isList(field.type) && !getNamedType(field.type).name.startsWith('__')) each(field);
  }
}
