/** What GraphiQL opens with: it works against the embedded simulator as it stands. */
export const DEFAULT_QUERY = /* GraphQL */ `# The latest runs of a repository.
# Press the run button (Ctrl-Enter). In demo mode the
# token is already in the Headers tab; against GitHub,
# put {"Authorization": "Bearer <token>"} there.
query LatestRuns {
  repository(owner: "octo-org", name: "octo-repo") {
    nameWithOwner
    workflowRuns(first: 10) {
      totalCount
      nodes {
        runNumber
        displayTitle
        headBranch
        event
        status
        conclusion
        createdAt
        workflow { name }
        actor { login }
        attempts { totalCount }
        pendingDeploymentRequests {
          nodes { environment { name } waitTimer }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
  rateLimit { remaining resetAt cost }
}
`;
