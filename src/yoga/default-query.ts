/** What GraphiQL opens with: it works against the embedded simulator as it stands. */
export const DEFAULT_QUERY = /* GraphQL */ `# The latest runs of the demo repository, with their attempts, jobs and reviews.
# The demo token is already in the Headers tab. Press the run button (or Ctrl-Enter).
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
        pendingDeploymentRequests { nodes { environment { name } waitTimer } }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
  rateLimit { remaining resetAt cost }
}
`;
