/**
 * Subscriptions execute each event with a context of its own (new REST client and
 * loaders, the subscriber's token), instead of graphql-js's one context for the whole
 * stream: an event shows what is true now, and a long stream never runs into the
 * per-operation request cap.
 */
import { createSourceEventStream, execute, type ExecutionArgs } from 'graphql';
import { isAsyncIterable, mapAsyncIterator, type Plugin } from 'graphql-yoga';

export function usePerEventContext<C>(renew: (ctx: C) => C): Plugin {
  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(async (args: ExecutionArgs) => {
        const stream = await createSourceEventStream(args);
        if (!isAsyncIterable(stream)) return stream;
        return mapAsyncIterator(stream, (payload: unknown) =>
          execute({ ...args, rootValue: payload, contextValue: renew(args.contextValue as C) }),
        );
      });
    },
  };
}
