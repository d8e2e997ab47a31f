/** Payload types: the same aliases of GitHub's published OpenAPI types the REST layer uses. */
export type {
  Deployment,
  EnvironmentApproval as EnvironmentApprovals,
  Job,
  MinimalRepository,
  PendingDeployment,
  SimpleUser,
  Team,
  Workflow,
  WorkflowRun,
} from '../../github/types.js';
