/** Payload types from GitHub's published OpenAPI types, so shapes are never hand-written. */
import type { components } from '@octokit/openapi-types';

type S = components['schemas'];
export type SimpleUser = S['simple-user'];
export type Team = S['team'];
export type MinimalRepository = S['minimal-repository'];
export type Workflow = S['workflow'];
export type WorkflowRun = S['workflow-run'];
export type Job = S['job'];
export type PendingDeployment = S['pending-deployment'];
export type EnvironmentApprovals = S['environment-approvals'];
export type Deployment = S['deployment'];
export type BasicError = S['basic-error'];
