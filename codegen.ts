import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the operations the tests and the examples write with `graphql()`.
 * The schema is the printed `schema.graphql`, which a test keeps in step with the code.
 * `npm run codegen` writes them; `npm run codegen:check` fails when they are stale.
 */
const clientPreset = {
  preset: 'client' as const,
  presetConfig: { fragmentMasking: false },
  config: {
    useTypeImports: true,
    enumsAsTypes: true,
    scalars: {
      DateTime: 'string',
      URI: 'string',
      BigInt: { input: 'number | string', output: 'string' },
    },
    documentMode: 'string' as const,
  },
};

const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: true,
  // ESM with NodeNext resolution: relative imports need their `.js`.
  emitLegacyCommonJSImports: false,
  generates: {
    'test/gql/': { ...clientPreset, documents: ['test/**/*.ts', '!test/gql/**'] },
    // The example client sends hashes, not documents: persisted-documents.json is the
    // manifest a gateway started with PERSISTED_OPERATIONS accepts (README, "Limits").
    'examples/gql/': {
      ...clientPreset,
      presetConfig: { ...clientPreset.presetConfig, persistedDocuments: true },
      documents: ['examples/**/*.ts', '!examples/gql/**'],
    },
  },
};

export default config;
