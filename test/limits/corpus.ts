/**
 * Every operation the project writes down, collected programmatically: the README's graphql
 * blocks, the typed documents of the tests and the examples (codegen's output lists them all),
 * and the GitHub-compatibility corpus. Each operation comes with the fragments it uses.
 */
import { readFileSync, readdirSync } from 'node:fs';
import {
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLScalarType,
  type GraphQLSchema,
  Kind,
  type NamedTypeNode,
  type OperationDefinitionNode,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  typeFromAST,
} from 'graphql';
import * as exampleDocuments from '../../examples/gql/graphql.js';
import * as testDocuments from '../gql/graphql.js';
import { encodeGlobalId } from '../../src/schema/global-id.js';

export interface CorpusOperation {
  origin: 'README' | 'tests' | 'examples' | 'compat';
  name: string;
  operation: OperationDefinitionNode;
  /** The operation alone, with the fragments of its source. */
  document: DocumentNode;
}

function operationsOf(origin: CorpusOperation['origin'], source: string): CorpusOperation[] {
  const parsed = parse(source);
  const fragments = parsed.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  return parsed.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => ({
      origin,
      name: operation.name?.value ?? 'anonymous',
      operation,
      document: { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] },
    }));
}

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const documentsOf = (module: Record<string, unknown>) =>
  Object.entries(module)
    .filter(([name]) => name.endsWith('Document'))
    .map(([, document]) => String(document));
const compatFolder = new URL('../compat/operations/', import.meta.url);

export const corpus: CorpusOperation[] = [
  ...[...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].flatMap((match) =>
    operationsOf('README', match[1]!),
  ),
  ...documentsOf(testDocuments).flatMap((source) => operationsOf('tests', source)),
  ...documentsOf(exampleDocuments).flatMap((source) => operationsOf('examples', source)),
  ...readdirSync(compatFolder)
    .filter((file) => file.endsWith('.graphql'))
    .flatMap((file) => operationsOf('compat', readFileSync(new URL(file, compatFolder), 'utf8'))),
];

/** Run 19800000389 of octo-org/octo-repo in demo mode (waiting on staging and production). */
const DEMO_RUN = '19800000389';
export const DEMO_RUN_ID = encodeGlobalId('WorkflowRun', `octo-org/octo-repo/${DEMO_RUN}`);

const STRING_SAMPLES: Record<string, string> = {
  owner: 'octo-org',
  name: 'octo-repo',
  repo: 'octo-repo',
  workflow: 'ci.yml',
};

/** Values a demo-mode reader would pass for an operation's variables, by their types. */
export function sampleVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
): Record<string, unknown> {
  const sample = (type: GraphQLInputType, name: string): unknown => {
    if (isNonNullType(type)) return sample(type.ofType, name);
    if (isListType(type)) return [sample(type.ofType, name)];
    if (isEnumType(type)) return type.getValues()[0]!.name;
    if (isInputObjectType(type)) {
      return Object.fromEntries(
        Object.values(type.getFields())
          .filter((field) => isNonNullType(field.type))
          .map((field) => [field.name, sample(field.type, field.name)]),
      );
    }
    switch ((type as GraphQLScalarType).name) {
      case 'ID':
        return DEMO_RUN_ID;
      case 'BigInt':
        return DEMO_RUN;
      case 'Int':
        return 1;
      case 'Boolean':
        return false;
      default:
        return STRING_SAMPLES[name] ?? 'main';
    }
  };
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((definition) => [
      definition.variable.name.value,
      sample(
        typeFromAST(schema, definition.type as NamedTypeNode) as GraphQLInputType,
        definition.variable.name.value,
      ),
    ]),
  );
}
