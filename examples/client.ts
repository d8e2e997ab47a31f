/**
 * A typed GraphQL client in a dozen lines: plain `fetch` and the typed documents that
 * `npm run codegen` writes to `examples/gql/`. A frontend does the same in the browser.
 */
import type { TypedDocumentString } from './gql/graphql.js';

export interface GraphQLErrorShape {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

/** The gateway answered with errors; `codes` are the stable `extensions.code` values. */
export class GatewayError extends Error {
  override name = 'GatewayError';
  constructor(readonly errors: GraphQLErrorShape[]) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('\n'));
  }
  get codes(): string[] {
    return this.errors.map((e) => e.extensions?.code ?? 'ERROR');
  }
}

export interface ClientOptions {
  /** The gateway's GraphQL endpoint, such as `http://localhost:4000/graphql`. */
  url: string;
  /** A GitHub token; the gateway forwards it to GitHub and nothing else of the request. */
  token?: string | undefined;
  /**
   * Send each document's hash (`documentId`) instead of its text, for a gateway started with
   * `PERSISTED_OPERATIONS=examples/gql/persisted-documents.json`.
   */
  persisted?: boolean | undefined;
}

export function createClient({ url, token, persisted = false }: ClientOptions) {
  return async function request<Result, Variables>(
    document: TypedDocumentString<Result, Variables>,
    variables: Variables,
  ): Promise<Result> {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(
        persisted && document.__meta__?.hash
          ? { documentId: document.__meta__.hash, variables }
          : { query: document.toString(), variables },
      ),
    });
    const body = (await response.json()) as { data?: Result | null; errors?: GraphQLErrorShape[] };
    // Partial data with errors is still an error here: a script should not act on half an answer.
    if (body.errors?.length || !body.data)
      throw new GatewayError(body.errors ?? [{ message: `HTTP ${response.status} without data` }]);
    return body.data;
  };
}

export type Request = ReturnType<typeof createClient>;
