/**
 * What an operation can cost, read from its document and variables before anything runs:
 *
 * - `nodes`: the objects its connections can return, the page sizes multiplied down the
 *   tree, as GitHub's GraphQL API bounds them (a connection without `first`/`last` counts at
 *   its default page size).
 * - `requests`: the REST requests it can need, by the arithmetic the loaders and resolvers
 *   use (src/loaders/, src/schema/types/): a listing window is one page, or two when it
 *   straddles REST pages (`planPages`); a per-item relation is one call per item; the
 *   latest attempt is the run itself; a run that a listing carried needs no call of its own.
 * - `exact`: false where the real count depends on the data (pending deployments only for
 *   waiting runs, how many attempts a run has, the same workflow or run reached twice and
 *   fetched once). `requests` is then an upper bound, never below what execution sends.
 */
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  isAbstractType,
  isObjectType,
} from 'graphql';
import { ascendingArgs, checkKeysetArgs, type KeysetArgs } from '../loaders/keyset-window.js';
import { MAX_FEED_REPOSITORIES } from '../loaders/merged-feed.js';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type WindowArgs,
  checkWindowArgs,
  planPages,
} from '../loaders/paginate.js';

export interface Demand {
  nodes: number;
  requests: number;
  exact: boolean;
  /** Whether the operation asks for `rateLimit(dryRun: true)`. */
  dryRun: boolean;
}

/** GitHub lets a run be re-run at most 50 times: 51 attempts at most. */
export const MAX_RUN_ATTEMPTS = 51;

/** Fields that need an object's own payload, by type; the others come from its key. */
const DETAIL_FIELDS: Record<string, ReadonlySet<string>> = {
  Repository: new Set(['owner', 'databaseId', 'nodeId', 'isPrivate', 'isFork', 'description']),
  Workflow: new Set([
    'nodeId',
    'name',
    'path',
    'state',
    'createdAt',
    'updatedAt',
    'url',
    'resourcePath',
    'badgeUrl',
  ]),
  WorkflowRunAttempt: new Set([
    'status',
    'conclusion',
    'headSha',
    'createdAt',
    'updatedAt',
    'runStartedAt',
    'triggeringActor',
    'url',
  ]),
};

/** How many objects of one type sit at a place in the answer, and what loading them costs. */
interface Place {
  type: GraphQLObjectType;
  count: number;
  /** Requests to load their payloads, when a selected field needs them (0: payload in hand). */
  loadCost: number;
  /** Whether the run these belong to is already in the run loader (listed or loaded). */
  runCached: boolean;
  /** On a connection or an edge: the items under it. */
  items?: Place | undefined;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  demand: Demand;
  /** Run lookups by id, which a listing of the same operation may serve for free. */
  runLookups: number;
  runListings: number;
  /** Places whose repository permission was already counted (viewerCan* share one read). */
  permissionsCharged: Set<Place>;
}

export function estimateDemand(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): Demand {
  const walk: Walk = {
    schema,
    fragments,
    variables,
    demand: { nodes: 0, requests: 0, exact: true, dryRun: false },
    runLookups: 0,
    runListings: 0,
    permissionsCharged: new Set(),
  };
  const root =
    operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!root || operation.operation === 'subscription') return walk.demand;
  const rateLimit = visit(
    walk,
    { type: root, count: 1, loadCost: 0, runCached: false },
    operation.selectionSet,
  );
  if (walk.runLookups > 0 && walk.runListings > 0) walk.demand.exact = false;
  // `rateLimit` alone reads `GET /rate_limit`; otherwise the other answers' headers serve it.
  if (rateLimit.asked && !rateLimit.dryRun && walk.demand.requests === 0) walk.demand.requests = 1;
  walk.demand.dryRun = rateLimit.dryRun;
  return walk.demand;
}

/** Walks one selection; reports whether it asked for `rateLimit` (root only). */
function visit(
  walk: Walk,
  place: Place,
  selectionSet: SelectionSetNode,
): { asked: boolean; dryRun: boolean } {
  const fields = collectFields(walk, place.type, selectionSet);
  const details = DETAIL_FIELDS[place.type.name];
  if (
    details &&
    place.loadCost > 0 &&
    [...fields.values()].some((nodes) => details.has(nodes[0]!.name.value))
  ) {
    walk.demand.requests += place.loadCost;
    // A key repeated across items (the same workflow of many runs) is fetched once; an
    // attempt that is the latest one is the run itself and costs nothing.
    if (place.count > 1 || place.type.name === 'WorkflowRunAttempt') walk.demand.exact = false;
  }
  const seen = { asked: false, dryRun: false };
  for (const nodes of fields.values()) {
    const node = nodes[0]!;
    const field = place.type.getFields()[node.name.value];
    if (!field) continue;
    const args = getArgumentValues(field, node, walk.variables) as Record<string, unknown>;
    if (place.type === walk.schema.getQueryType() && field.name === 'rateLimit') {
      seen.asked = true;
      seen.dryRun ||= args.dryRun === true;
    }
    const selection: SelectionSetNode = {
      kind: Kind.SELECTION_SET,
      selections: nodes.flatMap((n) => n.selectionSet?.selections ?? []),
    };
    for (const child of children(walk, place, field, args)) {
      if (child.count > 0 && isObjectType(child.type)) visit(walk, child, selection);
    }
  }
  return seen;
}

/** The rule of one field: what it requests, and the places below it. */
function children(
  walk: Walk,
  parent: Place,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
): Place[] {
  const { count } = parent;
  const at = (typeName: string, n: number, extra: Partial<Place> = {}): Place => ({
    type: walk.schema.getType(typeName) as GraphQLObjectType,
    count: n,
    loadCost: 0,
    runCached: false,
    ...extra,
  });
  const request = (n: number, exact = true) => {
    walk.demand.requests += n;
    if (!exact) walk.demand.exact = false;
  };
  if (parent.items) {
    if (field.name === 'nodes' || field.name === 'node') return [parent.items];
    if (field.name === 'edges')
      return [{ ...parent, type: getNamedType(field.type) as GraphQLObjectType }];
    return [];
  }
  const key = `${parent.type.name}.${field.name}`;
  switch (key) {
    case 'Query.repository':
      return [at('Repository', count, { loadCost: count })];
    case 'Query.node':
      return nodeById(walk, [args.id], request, at);
    case 'Query.nodes':
      walk.demand.nodes += count * (Array.isArray(args.ids) ? args.ids.length : 0);
      return nodeById(walk, Array.isArray(args.ids) ? args.ids : [], request, at);
    case 'Query._entities': {
      // Federation references: a run or workflow costs one lookup each (repositories none).
      const references = Array.isArray(args.representations) ? args.representations.length : 0;
      walk.demand.nodes += references;
      request(references, false);
      return [];
    }
    case 'Repository.workflowRun':
      request(count);
      walk.runLookups += count;
      return [at('WorkflowRun', count, { runCached: true })];
    case 'Repository.workflow':
      request(count);
      return [at('Workflow', count)];
    case 'Repository.workflowRuns':
    case 'Workflow.runs': {
      const window = keysetDemand(args);
      request(
        count * window.pages,
        window.exact && (key === 'Repository.workflowRuns' || count === 1),
      );
      walk.runListings += count;
      return connection(walk, field, count, window.size, (n) =>
        at('WorkflowRun', n, { runCached: true }),
      );
    }
    case 'Query.workflowRuns': {
      // Each repository reads its own listing's window; the merge keeps `size` of them all.
      const repositories = Array.isArray(args.repositories) ? args.repositories.length : 0;
      const window =
        repositories >= 1 && repositories <= MAX_FEED_REPOSITORIES
          ? keysetDemand(args)
          : { pages: 0, size: 0, exact: true };
      request(count * repositories * window.pages, window.exact);
      walk.runListings += count * repositories;
      return connection(walk, field, count, window.size, (n) =>
        at('WorkflowRun', n, { runCached: true }),
      );
    }
    case 'Repository.workflows': {
      const window = restWindow(args);
      request(count * window.pages, window.exact);
      return connection(walk, field, count, window.size, (n) => at('Workflow', n));
    }
    case 'WorkflowRun.repository':
    case 'WorkflowRun.headRepository':
      return [at('Repository', count)];
    case 'Workflow.repository':
      return [at('Repository', count, { loadCost: count })];
    case 'WorkflowRun.workflow':
      return [at('Workflow', count, { loadCost: count })];
    case 'WorkflowRun.attempts': {
      const size = arrayWindow(args, MAX_RUN_ATTEMPTS);
      // Every attempt but the latest loads its own payload: at most one per older attempt.
      return connection(walk, field, count, size, (n) =>
        at('WorkflowRunAttempt', n, {
          loadCost: count * Math.min(size, MAX_RUN_ATTEMPTS - 1),
          runCached: true,
        }),
      );
    }
    case 'WorkflowRun.attempt':
    case 'WorkflowRun.previousAttempt':
      return [at('WorkflowRunAttempt', count, { loadCost: count, runCached: true })];
    case 'WorkflowRunAttempt.previousAttempt':
      return [at('WorkflowRunAttempt', count, { loadCost: count, runCached: parent.runCached })];
    case 'WorkflowRun.deploymentReviews':
      request(count);
      return connection(walk, field, count, arrayWindow(args, MAX_PAGE_SIZE), (n) =>
        at('DeploymentReview', n),
      );
    case 'WorkflowRun.pendingDeploymentRequests':
      // Only a waiting run has any, and only it costs a call.
      request(count, false);
      return connection(walk, field, count, arrayWindow(args, MAX_PAGE_SIZE), (n) =>
        at('DeploymentRequest', n),
      );
    case 'WorkflowRun.jobs':
    case 'WorkflowRunAttempt.jobs': {
      const window = restWindow(args);
      request(count * window.pages, window.exact);
      return connection(walk, field, count, window.size, (n) =>
        at('WorkflowJob', n, { runCached: parent.type.name === 'WorkflowRun' || parent.runCached }),
      );
    }
    case 'WorkflowRun.logs':
    case 'WorkflowRunAttempt.logs':
      request(count);
      return [];
    case 'WorkflowRunAttempt.workflowRun':
    case 'WorkflowJob.workflowRun':
      if (!parent.runCached) {
        request(count, count === 1);
        walk.runLookups += count;
      }
      return [at('WorkflowRun', count, { runCached: true })];
    case 'WorkflowJob.log':
      // The logs route's 302, then the signed link itself.
      request(count * 2);
      return [];
    case 'WorkflowRun.viewerCanCancel':
    case 'WorkflowRun.viewerCanRerun':
    case 'WorkflowRun.viewerCanDelete':
    case 'Workflow.viewerCanDispatch':
      // The caller's permission: one repository read per repository, shared by the operation;
      // items may come from as many repositories as there are items.
      if (!walk.permissionsCharged.has(parent)) {
        walk.permissionsCharged.add(parent);
        request(count, count === 1);
      }
      return [];
    case 'WorkflowRun.artifacts': {
      const window = restWindow(args);
      request(count * window.pages, window.exact);
      return connection(walk, field, count, window.size, (n) => at('WorkflowRunArtifact', n));
    }
    case 'WorkflowRunArtifact.download':
      request(count);
      return [];
    case 'DeploymentReview.environments':
    case 'DeploymentRequest.reviewers':
      return connection(walk, field, count, arrayWindow(args, MAX_PAGE_SIZE), () => undefined);
  }
  if (parent.type === walk.schema.getMutationType()) {
    // One write each; its payload's run is read fresh, its other fields come from the write.
    request(count);
    return [at(getNamedType(field.type).name, count, { runCached: true })];
  }
  const named = getNamedType(field.type);
  if (isObjectType(named) && named.name === 'WorkflowRun') {
    // A mutation payload's `workflowRun`: the run read after the write.
    request(count);
    return [at('WorkflowRun', count, { runCached: true })];
  }
  // Payload fields that need nothing more: scalars, actors, commits, environments, ...
  return isObjectType(named) ? [at(named.name, count)] : [];
}

/** `node(id:)`: what an id costs depends on its type, which the id itself says. */
function nodeById(
  walk: Walk,
  ids: unknown[],
  request: (n: number, exact?: boolean) => void,
  at: (typeName: string, n: number, extra?: Partial<Place>) => Place,
): Place[] {
  const COST: Record<string, number> = {
    Repository: 0,
    Workflow: 1,
    WorkflowRun: 1,
    WorkflowRunAttempt: 1,
    WorkflowJob: 1,
    DeploymentReview: 1,
  };
  return ids.flatMap((id): Place[] => {
    const typename = typeof id === 'string' ? typenameOf(id) : undefined;
    if (typename === undefined || !(typename in COST)) return [];
    request(COST[typename]!);
    if (typename === 'WorkflowRun') walk.runLookups += 1;
    return [
      at(typename, 1, {
        loadCost: typename === 'Repository' ? 1 : 0,
        runCached: typename === 'WorkflowRun',
      }),
    ];
  });
}

function typenameOf(id: string): string | undefined {
  const text = Buffer.from(id, 'base64url').toString();
  const colon = text.indexOf(':');
  return colon > 0 ? text.slice(0, colon) : undefined;
}

/** A connection's items, counted as nodes; `nodes` and `edges { node }` reach them. */
function connection(
  walk: Walk,
  field: GraphQLField<unknown, unknown>,
  count: number,
  size: number,
  item: (n: number) => Place | undefined,
): Place[] {
  const items = count * size;
  walk.demand.nodes += items;
  const type = getNamedType(field.type) as GraphQLObjectType;
  return [{ type, count, loadCost: 0, runCached: false, items: item(items) }];
}

/**
 * The REST requests of one keyset window (loaders/keyset.ts). Towards older runs: one read
 * of `first` (+1 for a cursor's own run; two pages past 100), and past a cursor one more
 * for `totalCount`, which the estimate cannot tell is unselected. Towards newer runs (`last`,
 * or oldest first): the narrowed listing's first page, its end in one or two pages, the
 * count past a cursor, and one cut of a listing past GitHub's cap; the data decides how
 * many of those are sent, so that estimate is an upper bound for one cut, not exact.
 */
export function keysetDemand(args: Record<string, unknown>): {
  pages: number;
  size: number;
  exact: boolean;
} {
  const orderBy = args.orderBy as { direction?: string } | undefined;
  let window: KeysetArgs;
  try {
    window = checkKeysetArgs(
      orderBy?.direction === 'ASC' ? ascendingArgs(args as WindowArgs) : (args as WindowArgs),
    );
  } catch {
    // Refused before any call; the error can null siblings out before theirs are sent.
    return { pages: 0, size: 0, exact: false };
  }
  if (window.last !== undefined) {
    const cursor = window.before ? 1 : 0;
    const tail = planPages(0, Math.max(1, Math.min(MAX_PAGE_SIZE, window.last + 1))).length;
    return { pages: 1 + tail + cursor + 2, size: window.last, exact: false };
  }
  const size = window.first ?? DEFAULT_PAGE_SIZE;
  const cursor = window.after ? 1 : 0;
  const width = Math.max(1, size + cursor);
  const reads = width > MAX_PAGE_SIZE ? 2 : 1;
  return { pages: reads + cursor, size, exact: cursor === 0 };
}

/** The REST pages `fetchWindow()` fetches for a window, and how many items it can hold. */
export function restWindow(
  args: WindowArgs,
  cap = Number.POSITIVE_INFINITY,
): { pages: number; size: number; exact: boolean } {
  let checked: ReturnType<typeof checkWindowArgs>;
  try {
    checked = checkWindowArgs(args);
  } catch {
    // Refused before any call; the error can null siblings out before theirs are sent.
    return { pages: 0, size: 0, exact: false };
  }
  const { first, last, after, before } = checked;
  let start = after === undefined ? 0 : after + 1;
  if (last !== undefined && before === undefined) {
    // The first page tells the listing's size; the window may then need one or two more.
    return last === 0 ? { pages: 1, size: 0, exact: true } : { pages: 3, size: last, exact: false };
  }
  let end = Math.min(before ?? Number.POSITIVE_INFINITY, cap);
  if (last !== undefined) start = Math.max(start, end - last);
  else end = Math.min(end, start + (first ?? DEFAULT_PAGE_SIZE));
  if (end <= start) return { pages: 1, size: 0, exact: true };
  return { pages: planPages(start, end).length, size: end - start, exact: true };
}

/** The items a window over a list in hand can hold (`paginateArray`). */
function arrayWindow(args: Record<string, unknown>, all: number): number {
  const { first, last } = args as WindowArgs;
  return Math.min(first ?? last ?? all, all);
}

/**
 * The fields of a selection by response key, fragments merged and `@skip`/`@include`
 * applied, as execution collects them.
 */
function collectFields(
  walk: Walk,
  type: GraphQLObjectType,
  selectionSet: SelectionSetNode,
  into = new Map<string, FieldNode[]>(),
  visited = new Set<string>(),
) {
  for (const selection of selectionSet.selections) {
    if (!included(walk, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      const responseKey = selection.alias?.value ?? selection.name.value;
      into.set(responseKey, [...(into.get(responseKey) ?? []), selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (applies(walk, type, selection.typeCondition?.name.value))
        collectFields(walk, type, selection.selectionSet, into, visited);
    } else {
      const fragment = walk.fragments[selection.name.value];
      if (!fragment || visited.has(fragment.name.value)) continue;
      visited.add(fragment.name.value);
      if (applies(walk, type, fragment.typeCondition.name.value))
        collectFields(walk, type, fragment.selectionSet, into, visited);
    }
  }
  return into;
}

function applies(walk: Walk, type: GraphQLObjectType, condition: string | undefined): boolean {
  if (!condition || condition === type.name) return true;
  const conditionType = walk.schema.getType(condition);
  return isAbstractType(conditionType) && walk.schema.isSubType(conditionType, type);
}

function included(walk: Walk, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, walk.variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, walk.variables)?.if !== false;
}
