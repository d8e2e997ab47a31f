/**
 * REST payload and parameter types, all derived from GitHub's published OpenAPI types
 * (`@octokit/openapi-types`) through the route table, so nothing here is hand-written.
 */
import type { components, paths } from '@octokit/openapi-types';
import type { RouteName, routes } from './routes.js';

type Schemas = components['schemas'];
export type WorkflowRun = Schemas['workflow-run'];
export type Workflow = Schemas['workflow'];
export type Job = Schemas['job'];
export type Artifact = Schemas['artifact'];
export type SimpleUser = Schemas['simple-user'];
export type Team = Schemas['team'];
export type EnvironmentApproval = Schemas['environment-approvals'];
export type PendingDeployment = Schemas['pending-deployment'];
export type Deployment = Schemas['deployment'];
export type MinimalRepository = Schemas['minimal-repository'];
export type FullRepository = Schemas['full-repository'];
export type ReferencedWorkflow = Schemas['referenced-workflow'];
export type PullRequestMinimal = Schemas['pull-request-minimal'];
export type SimpleCommit = NonNullable<Schemas['nullable-simple-commit']>;

type Split<R> = R extends `${infer M} ${infer P}` ? [Lowercase<M>, P] : never;
/** The OpenAPI path of a route: the `/repositories/{repository_id}` alias has its `/repos` twin's. */
type Documented<P> = P extends `/repositories/{repository_id}${infer Rest}`
  ? `/repos/{owner}/{repo}${Rest}`
  : P;
type IsAlias<N extends RouteName> =
  (typeof routes)[N] extends `${string} /repositories/{repository_id}${string}` ? true : false;
export type Operation<N extends RouteName> =
  Split<(typeof routes)[N]> extends [infer M, infer P]
    ? Documented<P> extends keyof paths
      ? M extends keyof paths[Documented<P>]
        ? paths[Documented<P>][M]
        : never
      : never
    : never;

type EmptyParams = Record<never, never>;
type DocumentedPathParams<N extends RouteName> =
  Operation<N> extends { parameters: { path: infer P } } ? P : EmptyParams;
export type PathParams<N extends RouteName> =
  IsAlias<N> extends true
    ? Omit<DocumentedPathParams<N>, 'owner' | 'repo'> & { repository_id: number }
    : DocumentedPathParams<N>;
export type QueryParams<N extends RouteName> =
  Operation<N> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : EmptyParams;
export type RequestBody<N extends RouteName> =
  Operation<N> extends { requestBody: { content: { 'application/json': infer B } } }
    ? B
    : Operation<N> extends { requestBody?: { content: { 'application/json': infer B } } }
      ? B | undefined
      : undefined;

type JsonOf<R> = R extends { content: { 'application/json': infer D } } ? D : undefined;
type SuccessOf<Rs> = 200 extends keyof Rs
  ? JsonOf<Rs[200]>
  : 201 extends keyof Rs
    ? JsonOf<Rs[201]>
    : 202 extends keyof Rs
      ? JsonOf<Rs[202]>
      : undefined;
export type ResponseData<N extends RouteName> =
  Operation<N> extends { responses: infer Rs } ? SuccessOf<Rs> : never;
