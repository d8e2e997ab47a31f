/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query FailingRuns($owner: String!, $name: String!, $branch: String!, $first: Int!) {\n    repository(owner: $owner, name: $name) {\n      workflowRuns(first: $first, filterBy: { branch: $branch, status: FAILURE }) {\n        totalCount\n        nodes {\n          id\n          fullDatabaseId\n          runNumber\n          displayTitle\n          headBranch\n          conclusion\n          url\n          workflow {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.FailingRunsDocument,
    "\n  query WaitingDeployments($owner: String!, $name: String!) {\n    repository(owner: $owner, name: $name) {\n      workflowRuns(first: 20, filterBy: { status: WAITING }) {\n        nodes {\n          id\n          runNumber\n          displayTitle\n          pendingDeploymentRequests(first: 10) {\n            nodes {\n              currentUserCanApprove\n              environment {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WaitingDeploymentsDocument,
    "\n  mutation ApproveDeployments($input: ApproveDeploymentsInput!) {\n    approveDeployments(input: $input) {\n      deployments {\n        fullDatabaseId\n        environment\n        description\n      }\n    }\n  }\n": typeof types.ApproveDeploymentsDocument,
};
const documents: Documents = {
    "\n  query FailingRuns($owner: String!, $name: String!, $branch: String!, $first: Int!) {\n    repository(owner: $owner, name: $name) {\n      workflowRuns(first: $first, filterBy: { branch: $branch, status: FAILURE }) {\n        totalCount\n        nodes {\n          id\n          fullDatabaseId\n          runNumber\n          displayTitle\n          headBranch\n          conclusion\n          url\n          workflow {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.FailingRunsDocument,
    "\n  query WaitingDeployments($owner: String!, $name: String!) {\n    repository(owner: $owner, name: $name) {\n      workflowRuns(first: 20, filterBy: { status: WAITING }) {\n        nodes {\n          id\n          runNumber\n          displayTitle\n          pendingDeploymentRequests(first: 10) {\n            nodes {\n              currentUserCanApprove\n              environment {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.WaitingDeploymentsDocument,
    "\n  mutation ApproveDeployments($input: ApproveDeploymentsInput!) {\n    approveDeployments(input: $input) {\n      deployments {\n        fullDatabaseId\n        environment\n        description\n      }\n    }\n  }\n": types.ApproveDeploymentsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FailingRuns($owner: String!, $name: String!, $branch: String!, $first: Int!) {\n    repository(owner: $owner, name: $name) {\n      workflowRuns(first: $first, filterBy: { branch: $branch, status: FAILURE }) {\n        totalCount\n        nodes {\n          id\n          fullDatabaseId\n          runNumber\n          displayTitle\n          headBranch\n          conclusion\n          url\n          workflow {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').FailingRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WaitingDeployments($owner: String!, $name: String!) {\n    repository(owner: $owner, name: $name) {\n      workflowRuns(first: 20, filterBy: { status: WAITING }) {\n        nodes {\n          id\n          runNumber\n          displayTitle\n          pendingDeploymentRequests(first: 10) {\n            nodes {\n              currentUserCanApprove\n              environment {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').WaitingDeploymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveDeployments($input: ApproveDeploymentsInput!) {\n    approveDeployments(input: $input) {\n      deployments {\n        fullDatabaseId\n        environment\n        description\n      }\n    }\n  }\n"): typeof import('./graphql.js').ApproveDeploymentsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
