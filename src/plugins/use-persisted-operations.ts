/**
 * Persisted operations for frontends: the gateway accepts the hashes of the manifest that
 * `npm run codegen` writes (the client preset's `persistedDocuments`), sent as `documentId`
 * (or Apollo's `extensions.persistedQuery.sha256Hash`). With `only`, any other document is
 * refused before it is parsed, so a public endpoint runs only what its frontends shipped.
 */
import { readFileSync } from 'node:fs';
import { usePersistedOperations as useYogaPersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';

export interface PersistedOperationsOptions {
  /** Hash → document, as in `persisted-documents.json`. */
  documents: Readonly<Record<string, string>>;
  /** Refuse every document that is not in `documents`. */
  only: boolean;
}

/** Reads a manifest, checking it is an object of strings. */
export function readPersistedDocuments(path: string): Record<string, string> {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (
    !parsed ||
    typeof parsed !== 'object' ||
    Object.values(parsed).some((value) => typeof value !== 'string')
  ) {
    throw new Error(
      `${path} must map each hash to the text of its document, as persisted-documents.json does.`,
    );
  }
  return parsed as Record<string, string>;
}

export function usePersistedOperations({ documents, only }: PersistedOperationsOptions): Plugin {
  return useYogaPersistedOperations({
    allowArbitraryOperations: !only,
    extractPersistedOperationId: (params) => {
      const { documentId } = params as { documentId?: unknown };
      if (typeof documentId === 'string') return documentId;
      const persisted = (params.extensions?.persistedQuery ?? null) as {
        sha256Hash?: unknown;
      } | null;
      return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : null;
    },
    getPersistedOperation: (key) => documents[key] ?? null,
    customErrors: {
      notFound: {
        message: 'No persisted operation has this id.',
        extensions: { code: 'PERSISTED_OPERATION_NOT_FOUND' },
      },
      keyNotFound: {
        message: 'Send a query or the documentId of a persisted operation.',
        extensions: { code: 'PERSISTED_OPERATION_NOT_FOUND' },
      },
      persistedQueryOnly: {
        message: 'This gateway runs persisted operations only: send the documentId of one.',
        extensions: { code: 'PERSISTED_OPERATION_REQUIRED' },
      },
    },
  });
}
