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
    "\n  query BadInputRuns($owner: String!, $name: String!, $first: Int, $filter: WorkflowRunFilter) {\n    repository(owner: $owner, name: $name) { workflowRuns(first: $first, filterBy: $filter) { totalCount } }\n  }\n": typeof types.BadInputRunsDocument,
    "\n  query BadInputRun($databaseId: BigInt!) {\n    repository(owner: \"octo-org\", name: \"octo-repo\") { workflowRun(databaseId: $databaseId) { id } }\n  }\n": typeof types.BadInputRunDocument,
    "\n  query BadInputWorkflow($workflow: String!) {\n    repository(owner: \"octo-org\", name: \"octo-repo\") { workflow(idOrFileName: $workflow) { id } }\n  }\n": typeof types.BadInputWorkflowDocument,
    "\n      query HundredRunsScalars {\n        repository(owner: \"octo-org\", name: \"octo-repo\") {\n          nameWithOwner\n          workflowRuns(first: 100) {\n            totalCount\n            nodes { id databaseId runNumber runAttempt status conclusion event headBranch headSha createdAt url displayTitle actor { login } }\n          }\n        }\n      }\n    ": typeof types.HundredRunsScalarsDocument,
    "\n      query HundredRunsRich {\n        repository(owner: \"octo-org\", name: \"octo-repo\") {\n          workflowRuns(first: 100) {\n            nodes {\n              runAttempt\n              status\n              attempts { totalCount nodes { number } }\n              latest: attempt(number: 1) { number }\n              deploymentReviews { totalCount }\n              pendingDeploymentRequests { totalCount nodes { environment { name } } }\n            }\n          }\n        }\n      }\n    ": typeof types.HundredRunsRichDocument,
    "\n      query AttemptsData {\n        repository(owner: \"octo-org\", name: \"octo-repo\") {\n          workflowRuns(first: 30, filterBy: { status: COMPLETED }) {\n            nodes { runAttempt attempts { nodes { number status conclusion } } previousAttempt { number conclusion } }\n          }\n        }\n      }\n    ": typeof types.AttemptsDataDocument,
    "query OneRunId { repository(owner: \"octo-org\", name: \"octo-repo\") { workflowRuns(first: 1) { nodes { id fullDatabaseId } } } }": typeof types.OneRunIdDocument,
    "\n      query SameRunThreeWays($id: ID!, $databaseId: BigInt!) {\n        repository(owner: \"octo-org\", name: \"octo-repo\") {\n          workflowRuns(first: 1) { nodes { id runNumber } }\n          workflowRun(databaseId: $databaseId) { id runNumber }\n        }\n        node(id: $id) { ... on WorkflowRun { id runNumber } }\n        nodes(ids: [$id]) { id }\n      }\n    ": typeof types.SameRunThreeWaysDocument,
    "query TenRunIds { repository(owner: \"octo-org\", name: \"octo-repo\") { workflowRuns(first: 10) { nodes { id } } } }": typeof types.TenRunIdsDocument,
    "query RunsByIds($ids: [ID!]!) { nodes(ids: $ids) { ... on WorkflowRun { databaseId } } }": typeof types.RunsByIdsDocument,
    "query RateWithRuns { repository(owner: \"octo-org\", name: \"octo-repo\") { workflowRuns(first: 1) { totalCount } } rateLimit { limit remaining used resource cost } }": typeof types.RateWithRunsDocument,
    "query RateAlone { rateLimit(dryRun: false) { limit remaining used resetAt } }": typeof types.RateAloneDocument,
    "\n  query ConditionalDashboard {\n    repository(owner: \"octo-org\", name: \"octo-repo\") {\n      workflowRuns(first: 5) { nodes { databaseId status deploymentReviews { totalCount } } }\n    }\n    rateLimit { remaining used cost }\n  }\n": typeof types.ConditionalDashboardDocument,
    "\n  mutation ConditionalCancel($id: ID!) { cancelWorkflowRun(input: { workflowRunId: $id }) { clientMutationId } }\n": typeof types.ConditionalCancelDocument,
    "query ConditionalFirstRun { repository(owner: \"octo-org\", name: \"octo-repo\") { workflowRuns(first: 1) { nodes { id status } } } }": typeof types.ConditionalFirstRunDocument,
    "\n  query TwoRepos {\n    private: repository(owner: \"octo-org\", name: \"octo-repo\") { workflowRuns(first: 1) { totalCount } }\n    public: repository(owner: \"octo-org\", name: \"public-site\") { nameWithOwner }\n  }\n": typeof types.TwoReposDocument,
    "query OverBudget { repository(owner: \"octo-org\", name: \"octo-repo\") { workflowRuns(first: 10) { nodes { databaseId deploymentReviews { totalCount } } } } }": typeof types.OverBudgetDocument,
    "\n  query ExamplePayloads($id: BigInt!, $waiting: BigInt!) {\n    repository(owner: \"octocat\", name: \"Hello-World\") {\n      workflows(first: 5) { totalCount nodes { id databaseId nodeId name path state createdAt updatedAt url resourcePath badgeUrl } }\n      workflowRuns(first: 5) { totalCount nodes { id databaseId } }\n      run: workflowRun(databaseId: $id) { ...EveryRunField }\n      waiting: workflowRun(databaseId: $waiting) {\n        pendingDeploymentRequests {\n          totalCount\n          nodes {\n            currentUserCanApprove waitTimer waitTimerStartedAt\n            environment { id databaseId nodeId name url }\n            reviewers { totalCount nodes { __typename ... on User { id login name email isSiteAdmin databaseId } ... on Team { id teamName: name slug description url resourcePath databaseId } } }\n          }\n        }\n      }\n    }\n  }\n\n  fragment EveryRunField on WorkflowRun {\n    id databaseId nodeId name displayTitle runNumber runAttempt event status conclusion headBranch headSha path\n    checkSuiteId checkSuiteNodeId createdAt updatedAt runStartedAt url resourcePath\n    repository { id name nameWithOwner url resourcePath isPrivate databaseId owner { __typename login url } }\n    headRepository { nameWithOwner }\n    workflow { id databaseId name state }\n    actor { __typename login avatarUrl url resourcePath ... on User { id databaseId nodeId } }\n    triggeringActor { login }\n    headCommit { oid treeOid message messageHeadline messageBody committedDate author { name email date } committer { name email date } }\n    pullRequests { number databaseId headRefName headRefOid baseRefName baseRefOid }\n    referencedWorkflows { path sha ref }\n    attempts { totalCount nodes { id number status conclusion headSha createdAt updatedAt runStartedAt url triggeringActor { login } } }\n    attempt(number: 1) { number }\n    previousAttempt { number }\n    jobs(first: 10) {\n      totalCount\n      nodes {\n        id databaseId nodeId name status conclusion runAttempt headSha headBranch workflowName createdAt startedAt completedAt\n        labels runnerId runnerName runnerGroupId runnerGroupName url\n        steps { number name status conclusion startedAt completedAt }\n        workflowRun { databaseId }\n      }\n    }\n    logs { url expiresAt }\n    deploymentReviews { totalCount nodes { id comment state user { login } environments { totalCount nodes { id name } } } }\n    pendingDeploymentRequests { totalCount }\n  }\n": typeof types.ExamplePayloadsDocument,
    "\n  query KeysetRuns(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $orderBy: WorkflowRunOrder\n    $filterBy: WorkflowRunFilter\n  ) {\n    repository(owner: \"octo-org\", name: \"octo-repo\") {\n      workflowRuns(\n        first: $first\n        after: $after\n        last: $last\n        before: $before\n        orderBy: $orderBy\n        filterBy: $filterBy\n      ) {\n        edges { cursor node { fullDatabaseId } }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n": typeof types.KeysetRunsDocument,
    "\n  query MergedFeed(\n    $repositories: [String!]!\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $orderBy: WorkflowRunOrder\n  ) {\n    workflowRuns(\n      repositories: $repositories\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      orderBy: $orderBy\n    ) {\n      edges { cursor node { fullDatabaseId repository { nameWithOwner } } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.MergedFeedDocument,
    "\n  query MergedFeedCount($repositories: [String!]!) {\n    workflowRuns(repositories: $repositories, first: 1) { totalCount reachableCount }\n  }\n": typeof types.MergedFeedCountDocument,
    "\n  query EveryNodeId {\n    repository(owner: \"octo-org\", name: \"octo-repo\") {\n      id\n      workflow(idOrFileName: \"ci.yml\") { id }\n      rerun: workflowRuns(first: 1, filterBy: { status: COMPLETED, event: \"push\" }) { nodes { id } }\n      waiting: workflowRuns(first: 10, filterBy: { status: WAITING }) {\n        nodes { id attempts(first: 1) { nodes { id } } jobs(first: 1) { nodes { id } } deploymentReviews(first: 1) { nodes { id } } }\n      }\n    }\n  }\n": typeof types.EveryNodeIdDocument,
    "\n  query NodeRoundTrip($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Repository { nameWithOwner }\n      ... on Workflow { path }\n      ... on WorkflowRun { databaseId }\n      ... on WorkflowRunAttempt { number status }\n      ... on WorkflowJob { name }\n      ... on DeploymentReview { state }\n    }\n  }\n": typeof types.NodeRoundTripDocument,
    "query ManyNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }": typeof types.ManyNodesDocument,
    "\n      query ReviewerIds {\n        repository(owner: \"octo-org\", name: \"octo-repo\") {\n          workflowRuns(first: 1, filterBy: { status: WAITING }) {\n            nodes { actor { ... on User { id } } pendingDeploymentRequests(first: 1) { nodes { environment { id } } } }\n          }\n        }\n      }\n    ": typeof types.ReviewerIdsDocument,
    "query MissingRun($id: ID!) { node(id: $id) { id } repository(owner: \"octo-org\", name: \"octo-repo\") { nameWithOwner } }": typeof types.MissingRunDocument,
    "\n  query RunsPage($first: Int, $after: String, $last: Int, $before: String, $orderBy: WorkflowRunOrder) {\n    repository(owner: \"octo-org\", name: \"octo-repo\") {\n      workflowRuns(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n        totalCount\n        reachableCount\n        edges { cursor node { fullDatabaseId } }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n": typeof types.RunsPageDocument,
    "\n    query FilteredRuns($filter: WorkflowRunFilter!, $first: Int) {\n      repository(owner: \"octo-org\", name: \"octo-repo\") {\n        workflowRuns(first: $first, filterBy: $filter) {\n          totalCount\n          reachableCount\n          nodes { fullDatabaseId pullRequests { number } }\n          pageInfo { hasNextPage }\n        }\n      }\n    }\n  ": typeof types.FilteredRunsDocument,
    "\n        query CappedRuns($after: String) {\n          repository(owner: \"octo-org\", name: \"octo-repo\") {\n            filtered: workflowRuns(first: 50, after: $after, filterBy: { status: COMPLETED }) {\n              totalCount reachableCount edges { cursor node { fullDatabaseId } } pageInfo { hasNextPage endCursor }\n            }\n            all: workflowRuns(first: 1) { totalCount reachableCount }\n          }\n        }\n      ": typeof types.CappedRunsDocument,
    "\n  query RunDetails($owner: String!, $name: String!, $databaseId: BigInt!) {\n    repository(owner: $owner, name: $name) {\n      workflowRun(databaseId: $databaseId) {\n        id\n        databaseId\n        fullDatabaseId\n        nodeId\n        name\n        displayTitle\n        runNumber\n        runAttempt\n        event\n        status\n        conclusion\n        headBranch\n        headSha\n        path\n        checkSuiteId\n        fullCheckSuiteId\n        checkSuiteNodeId\n        createdAt\n        updatedAt\n        runStartedAt\n        url\n        resourcePath\n        repository { nameWithOwner isPrivate databaseId owner { login __typename } }\n        headRepository { nameWithOwner }\n        workflow { databaseId fullDatabaseId name path state badgeUrl url createdAt }\n        actor { __typename login avatarUrl(size: 40) url resourcePath }\n        triggeringActor { login }\n        headCommit { oid treeOid message messageHeadline committedDate author { name email } committer { name } }\n        pullRequests { number databaseId headRefName headRefOid baseRefName baseRefOid }\n        referencedWorkflows { path sha ref }\n        attempts { totalCount nodes { number status conclusion runStartedAt triggeringActor { login } url } }\n        latest: attempt(number: 2147483647) { number }\n        previousAttempt { number status conclusion headSha createdAt }\n        jobs(first: 100) {\n          totalCount\n          nodes {\n            databaseId fullDatabaseId nodeId name status conclusion runAttempt headSha headBranch workflowName\n            createdAt startedAt completedAt labels runnerId runnerName runnerGroupId runnerGroupName url\n            steps { number name status conclusion startedAt completedAt }\n          }\n        }\n        deploymentReviews { totalCount nodes { id state comment user { login } environments { totalCount nodes { name databaseId } } } }\n        pendingDeploymentRequests {\n          totalCount\n          nodes {\n            currentUserCanApprove waitTimer waitTimerStartedAt\n            environment { id databaseId name nodeId url }\n            reviewers { totalCount nodes { __typename ... on User { login } ... on Team { slug name } } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RunDetailsDocument,
    "\n      query AttemptDetails($databaseId: BigInt!) {\n        repository(owner: \"octo-org\", name: \"octo-repo\") {\n          workflowRun(databaseId: $databaseId) {\n            attempt(number: 1) {\n              id\n              number\n              headSha\n              workflowRun { fullDatabaseId }\n              previousAttempt { number }\n              jobs(first: 50) { totalCount nodes { fullDatabaseId runAttempt workflowRun { fullDatabaseId } } }\n              logs { url }\n            }\n            latest: attempt(number: 2) { previousAttempt { number } }\n          }\n        }\n      }\n    ": typeof types.AttemptDetailsDocument,
    "\n      query RunLogs($owner: String!, $name: String!, $databaseId: BigInt!) {\n        repository(owner: $owner, name: $name) {\n          workflowRun(databaseId: $databaseId) {\n            logs { url expiresAt }\n            attempts(first: 1) { nodes { logs { url expiresAt } } }\n          }\n        }\n      }\n    ": typeof types.RunLogsDocument,
    "\n      query Workflows {\n        repository(owner: \"octo-org\", name: \"octo-repo\") {\n          workflows(first: 10) { totalCount nodes { id databaseId name path state } }\n          byFile: workflow(idOrFileName: \"deploy.yml\") { databaseId name runs(first: 5) { totalCount nodes { path } } }\n        }\n      }\n    ": typeof types.WorkflowsDocument,
    "\n      query Anonymous($name: String!) {\n        repository(owner: \"octo-org\", name: $name) { nameWithOwner workflowRuns(first: 2) { totalCount nodes { runNumber } } }\n      }\n    ": typeof types.AnonymousDocument,
    "\n  mutation DeleteRunTest($input: DeleteWorkflowRunInput!) {\n    deleteWorkflowRun(input: $input) { clientMutationId deletedWorkflowRunId repository { nameWithOwner } }\n  }\n": typeof types.DeleteRunTestDocument,
    "\n  mutation DeleteRunLogsTest($input: DeleteWorkflowRunLogsInput!) {\n    deleteWorkflowRunLogs(input: $input) { clientMutationId workflowRun { fullDatabaseId status } }\n  }\n": typeof types.DeleteRunLogsTestDocument,
    "\n  mutation DeleteRunLogsReadLogsTest($input: DeleteWorkflowRunLogsInput!) {\n    deleteWorkflowRunLogs(input: $input) { workflowRun { fullDatabaseId logs { url } } }\n  }\n": typeof types.DeleteRunLogsReadLogsTestDocument,
    "\n  mutation ApproveDeploymentsTest($input: ApproveDeploymentsInput!) {\n    approveDeployments(input: $input) {\n      clientMutationId\n      deployments {\n        id databaseId fullDatabaseId nodeId commitOid createdAt environment originalEnvironment latestEnvironment task payload\n        creator { login }\n        repository { nameWithOwner }\n      }\n    }\n  }\n": typeof types.ApproveDeploymentsTestDocument,
    "\n  mutation RejectDeploymentsTest($input: RejectDeploymentsInput!) {\n    rejectDeployments(input: $input) { clientMutationId deployments { fullDatabaseId } }\n  }\n": typeof types.RejectDeploymentsTestDocument,
    "\n  query PendingEnvironmentsTest($id: ID!) {\n    node(id: $id) { ... on WorkflowRun { pendingDeploymentRequests(first: 5) { nodes { environment { id name } } } } }\n  }\n": typeof types.PendingEnvironmentsTestDocument,
    "\n  mutation ReviewProtectionRuleTest($input: ReviewDeploymentProtectionRuleInput!) {\n    reviewDeploymentProtectionRule(input: $input) { clientMutationId workflowRun { fullDatabaseId status } }\n  }\n": typeof types.ReviewProtectionRuleTestDocument,
    "mutation ErrCancel($input: CancelWorkflowRunInput!) { cancelWorkflowRun(input: $input) { clientMutationId } }": typeof types.ErrCancelDocument,
    "mutation ErrForceCancel($input: ForceCancelWorkflowRunInput!) { forceCancelWorkflowRun(input: $input) { clientMutationId } }": typeof types.ErrForceCancelDocument,
    "mutation ErrRerun($input: RerunWorkflowRunInput!) { rerunWorkflowRun(input: $input) { clientMutationId } }": typeof types.ErrRerunDocument,
    "mutation ErrRerunFailed($input: RerunFailedJobsInput!) { rerunFailedJobs(input: $input) { clientMutationId } }": typeof types.ErrRerunFailedDocument,
    "mutation ErrRerunJob($input: RerunJobInput!) { rerunJob(input: $input) { clientMutationId } }": typeof types.ErrRerunJobDocument,
    "mutation ErrApprove($input: ApproveDeploymentsInput!) { approveDeployments(input: $input) { clientMutationId } }": typeof types.ErrApproveDocument,
    "mutation ErrReject($input: RejectDeploymentsInput!) { rejectDeployments(input: $input) { clientMutationId } }": typeof types.ErrRejectDocument,
    "mutation ErrReviewRule($input: ReviewDeploymentProtectionRuleInput!) { reviewDeploymentProtectionRule(input: $input) { clientMutationId } }": typeof types.ErrReviewRuleDocument,
    "mutation ErrDeleteRun($input: DeleteWorkflowRunInput!) { deleteWorkflowRun(input: $input) { clientMutationId } }": typeof types.ErrDeleteRunDocument,
    "mutation ErrDeleteLogs($input: DeleteWorkflowRunLogsInput!) { deleteWorkflowRunLogs(input: $input) { clientMutationId } }": typeof types.ErrDeleteLogsDocument,
    "\n  mutation SeveralMutationsTest($completed: ID!, $queued: ID!, $bad: ID!) {\n    first: cancelWorkflowRun(input: { workflowRunId: $completed, clientMutationId: \"1\" }) { clientMutationId }\n    second: cancelWorkflowRun(input: { workflowRunId: $queued, clientMutationId: \"2\" }) { clientMutationId workflowRun { status conclusion } }\n    third: deleteWorkflowRun(input: { workflowRunId: $bad, clientMutationId: \"3\" }) { clientMutationId }\n    fourth: rerunWorkflowRun(input: { workflowRunId: $completed, clientMutationId: \"4\" }) { clientMutationId workflowRun { runAttempt } }\n  }\n": typeof types.SeveralMutationsTestDocument,
    "\n  mutation CancelRunTest($input: CancelWorkflowRunInput!) {\n    cancelWorkflowRun(input: $input) { clientMutationId workflowRun { id fullDatabaseId status conclusion } }\n  }\n": typeof types.CancelRunTestDocument,
    "\n  mutation ForceCancelRunTest($input: ForceCancelWorkflowRunInput!) {\n    forceCancelWorkflowRun(input: $input) { clientMutationId workflowRun { fullDatabaseId status conclusion } }\n  }\n": typeof types.ForceCancelRunTestDocument,
    "\n  mutation CancelRunBareTest($input: CancelWorkflowRunInput!) {\n    cancelWorkflowRun(input: $input) { clientMutationId }\n  }\n": typeof types.CancelRunBareTestDocument,
    "\n  mutation RerunRunTest($input: RerunWorkflowRunInput!) {\n    rerunWorkflowRun(input: $input) {\n      clientMutationId\n      workflowRun { fullDatabaseId status conclusion runAttempt attempts(first: 10) { totalCount } previousAttempt { runAttempt: number conclusion } }\n    }\n  }\n": typeof types.RerunRunTestDocument,
    "\n  mutation RerunFailedJobsTest($input: RerunFailedJobsInput!) {\n    rerunFailedJobs(input: $input) { clientMutationId workflowRun { fullDatabaseId status runAttempt } }\n  }\n": typeof types.RerunFailedJobsTestDocument,
    "\n  mutation RerunJobTest($input: RerunJobInput!) {\n    rerunJob(input: $input) {\n      clientMutationId\n      job { fullDatabaseId name runAttempt }\n      workflowRun { fullDatabaseId status runAttempt jobs(first: 10) { nodes { fullDatabaseId name status runAttempt } } }\n    }\n  }\n": typeof types.RerunJobTestDocument,
    "\n  mutation RerunThenCancelTest($run: ID!) {\n    rerun: rerunWorkflowRun(input: { workflowRunId: $run }) { workflowRun { status runAttempt } }\n    cancel: cancelWorkflowRun(input: { workflowRunId: $run }) { workflowRun { status conclusion runAttempt } }\n  }\n": typeof types.RerunThenCancelTestDocument,
    "\n  mutation ListThenCancelTest($first: ID!, $second: ID!) {\n    a: cancelWorkflowRun(input: { workflowRunId: $first }) {\n      workflowRun { repository { workflowRuns(first: 10) { nodes { fullDatabaseId status } } } }\n    }\n    b: cancelWorkflowRun(input: { workflowRunId: $second }) { workflowRun { fullDatabaseId status conclusion } }\n  }\n": typeof types.ListThenCancelTestDocument,
};
const documents: Documents = {
    "\n  query BadInputRuns($owner: String!, $name: String!, $first: Int, $filter: WorkflowRunFilter) {\n    repository(owner: $owner, name: $name) { workflowRuns(first: $first, filterBy: $filter) { totalCount } }\n  }\n": types.BadInputRunsDocument,
    "\n  query BadInputRun($databaseId: BigInt!) {\n    repository(owner: \"octo-org\", name: \"octo-repo\") { workflowRun(databaseId: $databaseId) { id } }\n  }\n": types.BadInputRunDocument,
    "\n  query BadInputWorkflow($workflow: String!) {\n    repository(owner: \"octo-org\", name: \"octo-repo\") { workflow(idOrFileName: $workflow) { id } }\n  }\n": types.BadInputWorkflowDocument,
    "\n      query HundredRunsScalars {\n        repository(owner: \"octo-org\", name: \"octo-repo\") {\n          nameWithOwner\n          workflowRuns(first: 100) {\n            totalCount\n            nodes { id databaseId runNumber runAttempt status conclusion event headBranch headSha createdAt url displayTitle actor { login } }\n          }\n        }\n      }\n    ": types.HundredRunsScalarsDocument,
    "\n      query HundredRunsRich {\n        repository(owner: \"octo-org\", name: \"octo-repo\") {\n          workflowRuns(first: 100) {\n            nodes {\n              runAttempt\n              status\n              attempts { totalCount nodes { number } }\n              latest: attempt(number: 1) { number }\n              deploymentReviews { totalCount }\n              pendingDeploymentRequests { totalCount nodes { environment { name } } }\n            }\n          }\n        }\n      }\n    ": types.HundredRunsRichDocument,
    "\n      query AttemptsData {\n        repository(owner: \"octo-org\", name: \"octo-repo\") {\n          workflowRuns(first: 30, filterBy: { status: COMPLETED }) {\n            nodes { runAttempt attempts { nodes { number status conclusion } } previousAttempt { number conclusion } }\n          }\n        }\n      }\n    ": types.AttemptsDataDocument,
    "query OneRunId { repository(owner: \"octo-org\", name: \"octo-repo\") { workflowRuns(first: 1) { nodes { id fullDatabaseId } } } }": types.OneRunIdDocument,
    "\n      query SameRunThreeWays($id: ID!, $databaseId: BigInt!) {\n        repository(owner: \"octo-org\", name: \"octo-repo\") {\n          workflowRuns(first: 1) { nodes { id runNumber } }\n          workflowRun(databaseId: $databaseId) { id runNumber }\n        }\n        node(id: $id) { ... on WorkflowRun { id runNumber } }\n        nodes(ids: [$id]) { id }\n      }\n    ": types.SameRunThreeWaysDocument,
    "query TenRunIds { repository(owner: \"octo-org\", name: \"octo-repo\") { workflowRuns(first: 10) { nodes { id } } } }": types.TenRunIdsDocument,
    "query RunsByIds($ids: [ID!]!) { nodes(ids: $ids) { ... on WorkflowRun { databaseId } } }": types.RunsByIdsDocument,
    "query RateWithRuns { repository(owner: \"octo-org\", name: \"octo-repo\") { workflowRuns(first: 1) { totalCount } } rateLimit { limit remaining used resource cost } }": types.RateWithRunsDocument,
    "query RateAlone { rateLimit(dryRun: false) { limit remaining used resetAt } }": types.RateAloneDocument,
    "\n  query ConditionalDashboard {\n    repository(owner: \"octo-org\", name: \"octo-repo\") {\n      workflowRuns(first: 5) { nodes { databaseId status deploymentReviews { totalCount } } }\n    }\n    rateLimit { remaining used cost }\n  }\n": types.ConditionalDashboardDocument,
    "\n  mutation ConditionalCancel($id: ID!) { cancelWorkflowRun(input: { workflowRunId: $id }) { clientMutationId } }\n": types.ConditionalCancelDocument,
    "query ConditionalFirstRun { repository(owner: \"octo-org\", name: \"octo-repo\") { workflowRuns(first: 1) { nodes { id status } } } }": types.ConditionalFirstRunDocument,
    "\n  query TwoRepos {\n    private: repository(owner: \"octo-org\", name: \"octo-repo\") { workflowRuns(first: 1) { totalCount } }\n    public: repository(owner: \"octo-org\", name: \"public-site\") { nameWithOwner }\n  }\n": types.TwoReposDocument,
    "query OverBudget { repository(owner: \"octo-org\", name: \"octo-repo\") { workflowRuns(first: 10) { nodes { databaseId deploymentReviews { totalCount } } } } }": types.OverBudgetDocument,
    "\n  query ExamplePayloads($id: BigInt!, $waiting: BigInt!) {\n    repository(owner: \"octocat\", name: \"Hello-World\") {\n      workflows(first: 5) { totalCount nodes { id databaseId nodeId name path state createdAt updatedAt url resourcePath badgeUrl } }\n      workflowRuns(first: 5) { totalCount nodes { id databaseId } }\n      run: workflowRun(databaseId: $id) { ...EveryRunField }\n      waiting: workflowRun(databaseId: $waiting) {\n        pendingDeploymentRequests {\n          totalCount\n          nodes {\n            currentUserCanApprove waitTimer waitTimerStartedAt\n            environment { id databaseId nodeId name url }\n            reviewers { totalCount nodes { __typename ... on User { id login name email isSiteAdmin databaseId } ... on Team { id teamName: name slug description url resourcePath databaseId } } }\n          }\n        }\n      }\n    }\n  }\n\n  fragment EveryRunField on WorkflowRun {\n    id databaseId nodeId name displayTitle runNumber runAttempt event status conclusion headBranch headSha path\n    checkSuiteId checkSuiteNodeId createdAt updatedAt runStartedAt url resourcePath\n    repository { id name nameWithOwner url resourcePath isPrivate databaseId owner { __typename login url } }\n    headRepository { nameWithOwner }\n    workflow { id databaseId name state }\n    actor { __typename login avatarUrl url resourcePath ... on User { id databaseId nodeId } }\n    triggeringActor { login }\n    headCommit { oid treeOid message messageHeadline messageBody committedDate author { name email date } committer { name email date } }\n    pullRequests { number databaseId headRefName headRefOid baseRefName baseRefOid }\n    referencedWorkflows { path sha ref }\n    attempts { totalCount nodes { id number status conclusion headSha createdAt updatedAt runStartedAt url triggeringActor { login } } }\n    attempt(number: 1) { number }\n    previousAttempt { number }\n    jobs(first: 10) {\n      totalCount\n      nodes {\n        id databaseId nodeId name status conclusion runAttempt headSha headBranch workflowName createdAt startedAt completedAt\n        labels runnerId runnerName runnerGroupId runnerGroupName url\n        steps { number name status conclusion startedAt completedAt }\n        workflowRun { databaseId }\n      }\n    }\n    logs { url expiresAt }\n    deploymentReviews { totalCount nodes { id comment state user { login } environments { totalCount nodes { id name } } } }\n    pendingDeploymentRequests { totalCount }\n  }\n": types.ExamplePayloadsDocument,
    "\n  query KeysetRuns(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $orderBy: WorkflowRunOrder\n    $filterBy: WorkflowRunFilter\n  ) {\n    repository(owner: \"octo-org\", name: \"octo-repo\") {\n      workflowRuns(\n        first: $first\n        after: $after\n        last: $last\n        before: $before\n        orderBy: $orderBy\n        filterBy: $filterBy\n      ) {\n        edges { cursor node { fullDatabaseId } }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n": types.KeysetRunsDocument,
    "\n  query MergedFeed(\n    $repositories: [String!]!\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $orderBy: WorkflowRunOrder\n  ) {\n    workflowRuns(\n      repositories: $repositories\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      orderBy: $orderBy\n    ) {\n      edges { cursor node { fullDatabaseId repository { nameWithOwner } } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.MergedFeedDocument,
    "\n  query MergedFeedCount($repositories: [String!]!) {\n    workflowRuns(repositories: $repositories, first: 1) { totalCount reachableCount }\n  }\n": types.MergedFeedCountDocument,
    "\n  query EveryNodeId {\n    repository(owner: \"octo-org\", name: \"octo-repo\") {\n      id\n      workflow(idOrFileName: \"ci.yml\") { id }\n      rerun: workflowRuns(first: 1, filterBy: { status: COMPLETED, event: \"push\" }) { nodes { id } }\n      waiting: workflowRuns(first: 10, filterBy: { status: WAITING }) {\n        nodes { id attempts(first: 1) { nodes { id } } jobs(first: 1) { nodes { id } } deploymentReviews(first: 1) { nodes { id } } }\n      }\n    }\n  }\n": types.EveryNodeIdDocument,
    "\n  query NodeRoundTrip($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Repository { nameWithOwner }\n      ... on Workflow { path }\n      ... on WorkflowRun { databaseId }\n      ... on WorkflowRunAttempt { number status }\n      ... on WorkflowJob { name }\n      ... on DeploymentReview { state }\n    }\n  }\n": types.NodeRoundTripDocument,
    "query ManyNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }": types.ManyNodesDocument,
    "\n      query ReviewerIds {\n        repository(owner: \"octo-org\", name: \"octo-repo\") {\n          workflowRuns(first: 1, filterBy: { status: WAITING }) {\n            nodes { actor { ... on User { id } } pendingDeploymentRequests(first: 1) { nodes { environment { id } } } }\n          }\n        }\n      }\n    ": types.ReviewerIdsDocument,
    "query MissingRun($id: ID!) { node(id: $id) { id } repository(owner: \"octo-org\", name: \"octo-repo\") { nameWithOwner } }": types.MissingRunDocument,
    "\n  query RunsPage($first: Int, $after: String, $last: Int, $before: String, $orderBy: WorkflowRunOrder) {\n    repository(owner: \"octo-org\", name: \"octo-repo\") {\n      workflowRuns(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n        totalCount\n        reachableCount\n        edges { cursor node { fullDatabaseId } }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n": types.RunsPageDocument,
    "\n    query FilteredRuns($filter: WorkflowRunFilter!, $first: Int) {\n      repository(owner: \"octo-org\", name: \"octo-repo\") {\n        workflowRuns(first: $first, filterBy: $filter) {\n          totalCount\n          reachableCount\n          nodes { fullDatabaseId pullRequests { number } }\n          pageInfo { hasNextPage }\n        }\n      }\n    }\n  ": types.FilteredRunsDocument,
    "\n        query CappedRuns($after: String) {\n          repository(owner: \"octo-org\", name: \"octo-repo\") {\n            filtered: workflowRuns(first: 50, after: $after, filterBy: { status: COMPLETED }) {\n              totalCount reachableCount edges { cursor node { fullDatabaseId } } pageInfo { hasNextPage endCursor }\n            }\n            all: workflowRuns(first: 1) { totalCount reachableCount }\n          }\n        }\n      ": types.CappedRunsDocument,
    "\n  query RunDetails($owner: String!, $name: String!, $databaseId: BigInt!) {\n    repository(owner: $owner, name: $name) {\n      workflowRun(databaseId: $databaseId) {\n        id\n        databaseId\n        fullDatabaseId\n        nodeId\n        name\n        displayTitle\n        runNumber\n        runAttempt\n        event\n        status\n        conclusion\n        headBranch\n        headSha\n        path\n        checkSuiteId\n        fullCheckSuiteId\n        checkSuiteNodeId\n        createdAt\n        updatedAt\n        runStartedAt\n        url\n        resourcePath\n        repository { nameWithOwner isPrivate databaseId owner { login __typename } }\n        headRepository { nameWithOwner }\n        workflow { databaseId fullDatabaseId name path state badgeUrl url createdAt }\n        actor { __typename login avatarUrl(size: 40) url resourcePath }\n        triggeringActor { login }\n        headCommit { oid treeOid message messageHeadline committedDate author { name email } committer { name } }\n        pullRequests { number databaseId headRefName headRefOid baseRefName baseRefOid }\n        referencedWorkflows { path sha ref }\n        attempts { totalCount nodes { number status conclusion runStartedAt triggeringActor { login } url } }\n        latest: attempt(number: 2147483647) { number }\n        previousAttempt { number status conclusion headSha createdAt }\n        jobs(first: 100) {\n          totalCount\n          nodes {\n            databaseId fullDatabaseId nodeId name status conclusion runAttempt headSha headBranch workflowName\n            createdAt startedAt completedAt labels runnerId runnerName runnerGroupId runnerGroupName url\n            steps { number name status conclusion startedAt completedAt }\n          }\n        }\n        deploymentReviews { totalCount nodes { id state comment user { login } environments { totalCount nodes { name databaseId } } } }\n        pendingDeploymentRequests {\n          totalCount\n          nodes {\n            currentUserCanApprove waitTimer waitTimerStartedAt\n            environment { id databaseId name nodeId url }\n            reviewers { totalCount nodes { __typename ... on User { login } ... on Team { slug name } } }\n          }\n        }\n      }\n    }\n  }\n": types.RunDetailsDocument,
    "\n      query AttemptDetails($databaseId: BigInt!) {\n        repository(owner: \"octo-org\", name: \"octo-repo\") {\n          workflowRun(databaseId: $databaseId) {\n            attempt(number: 1) {\n              id\n              number\n              headSha\n              workflowRun { fullDatabaseId }\n              previousAttempt { number }\n              jobs(first: 50) { totalCount nodes { fullDatabaseId runAttempt workflowRun { fullDatabaseId } } }\n              logs { url }\n            }\n            latest: attempt(number: 2) { previousAttempt { number } }\n          }\n        }\n      }\n    ": types.AttemptDetailsDocument,
    "\n      query RunLogs($owner: String!, $name: String!, $databaseId: BigInt!) {\n        repository(owner: $owner, name: $name) {\n          workflowRun(databaseId: $databaseId) {\n            logs { url expiresAt }\n            attempts(first: 1) { nodes { logs { url expiresAt } } }\n          }\n        }\n      }\n    ": types.RunLogsDocument,
    "\n      query Workflows {\n        repository(owner: \"octo-org\", name: \"octo-repo\") {\n          workflows(first: 10) { totalCount nodes { id databaseId name path state } }\n          byFile: workflow(idOrFileName: \"deploy.yml\") { databaseId name runs(first: 5) { totalCount nodes { path } } }\n        }\n      }\n    ": types.WorkflowsDocument,
    "\n      query Anonymous($name: String!) {\n        repository(owner: \"octo-org\", name: $name) { nameWithOwner workflowRuns(first: 2) { totalCount nodes { runNumber } } }\n      }\n    ": types.AnonymousDocument,
    "\n  mutation DeleteRunTest($input: DeleteWorkflowRunInput!) {\n    deleteWorkflowRun(input: $input) { clientMutationId deletedWorkflowRunId repository { nameWithOwner } }\n  }\n": types.DeleteRunTestDocument,
    "\n  mutation DeleteRunLogsTest($input: DeleteWorkflowRunLogsInput!) {\n    deleteWorkflowRunLogs(input: $input) { clientMutationId workflowRun { fullDatabaseId status } }\n  }\n": types.DeleteRunLogsTestDocument,
    "\n  mutation DeleteRunLogsReadLogsTest($input: DeleteWorkflowRunLogsInput!) {\n    deleteWorkflowRunLogs(input: $input) { workflowRun { fullDatabaseId logs { url } } }\n  }\n": types.DeleteRunLogsReadLogsTestDocument,
    "\n  mutation ApproveDeploymentsTest($input: ApproveDeploymentsInput!) {\n    approveDeployments(input: $input) {\n      clientMutationId\n      deployments {\n        id databaseId fullDatabaseId nodeId commitOid createdAt environment originalEnvironment latestEnvironment task payload\n        creator { login }\n        repository { nameWithOwner }\n      }\n    }\n  }\n": types.ApproveDeploymentsTestDocument,
    "\n  mutation RejectDeploymentsTest($input: RejectDeploymentsInput!) {\n    rejectDeployments(input: $input) { clientMutationId deployments { fullDatabaseId } }\n  }\n": types.RejectDeploymentsTestDocument,
    "\n  query PendingEnvironmentsTest($id: ID!) {\n    node(id: $id) { ... on WorkflowRun { pendingDeploymentRequests(first: 5) { nodes { environment { id name } } } } }\n  }\n": types.PendingEnvironmentsTestDocument,
    "\n  mutation ReviewProtectionRuleTest($input: ReviewDeploymentProtectionRuleInput!) {\n    reviewDeploymentProtectionRule(input: $input) { clientMutationId workflowRun { fullDatabaseId status } }\n  }\n": types.ReviewProtectionRuleTestDocument,
    "mutation ErrCancel($input: CancelWorkflowRunInput!) { cancelWorkflowRun(input: $input) { clientMutationId } }": types.ErrCancelDocument,
    "mutation ErrForceCancel($input: ForceCancelWorkflowRunInput!) { forceCancelWorkflowRun(input: $input) { clientMutationId } }": types.ErrForceCancelDocument,
    "mutation ErrRerun($input: RerunWorkflowRunInput!) { rerunWorkflowRun(input: $input) { clientMutationId } }": types.ErrRerunDocument,
    "mutation ErrRerunFailed($input: RerunFailedJobsInput!) { rerunFailedJobs(input: $input) { clientMutationId } }": types.ErrRerunFailedDocument,
    "mutation ErrRerunJob($input: RerunJobInput!) { rerunJob(input: $input) { clientMutationId } }": types.ErrRerunJobDocument,
    "mutation ErrApprove($input: ApproveDeploymentsInput!) { approveDeployments(input: $input) { clientMutationId } }": types.ErrApproveDocument,
    "mutation ErrReject($input: RejectDeploymentsInput!) { rejectDeployments(input: $input) { clientMutationId } }": types.ErrRejectDocument,
    "mutation ErrReviewRule($input: ReviewDeploymentProtectionRuleInput!) { reviewDeploymentProtectionRule(input: $input) { clientMutationId } }": types.ErrReviewRuleDocument,
    "mutation ErrDeleteRun($input: DeleteWorkflowRunInput!) { deleteWorkflowRun(input: $input) { clientMutationId } }": types.ErrDeleteRunDocument,
    "mutation ErrDeleteLogs($input: DeleteWorkflowRunLogsInput!) { deleteWorkflowRunLogs(input: $input) { clientMutationId } }": types.ErrDeleteLogsDocument,
    "\n  mutation SeveralMutationsTest($completed: ID!, $queued: ID!, $bad: ID!) {\n    first: cancelWorkflowRun(input: { workflowRunId: $completed, clientMutationId: \"1\" }) { clientMutationId }\n    second: cancelWorkflowRun(input: { workflowRunId: $queued, clientMutationId: \"2\" }) { clientMutationId workflowRun { status conclusion } }\n    third: deleteWorkflowRun(input: { workflowRunId: $bad, clientMutationId: \"3\" }) { clientMutationId }\n    fourth: rerunWorkflowRun(input: { workflowRunId: $completed, clientMutationId: \"4\" }) { clientMutationId workflowRun { runAttempt } }\n  }\n": types.SeveralMutationsTestDocument,
    "\n  mutation CancelRunTest($input: CancelWorkflowRunInput!) {\n    cancelWorkflowRun(input: $input) { clientMutationId workflowRun { id fullDatabaseId status conclusion } }\n  }\n": types.CancelRunTestDocument,
    "\n  mutation ForceCancelRunTest($input: ForceCancelWorkflowRunInput!) {\n    forceCancelWorkflowRun(input: $input) { clientMutationId workflowRun { fullDatabaseId status conclusion } }\n  }\n": types.ForceCancelRunTestDocument,
    "\n  mutation CancelRunBareTest($input: CancelWorkflowRunInput!) {\n    cancelWorkflowRun(input: $input) { clientMutationId }\n  }\n": types.CancelRunBareTestDocument,
    "\n  mutation RerunRunTest($input: RerunWorkflowRunInput!) {\n    rerunWorkflowRun(input: $input) {\n      clientMutationId\n      workflowRun { fullDatabaseId status conclusion runAttempt attempts(first: 10) { totalCount } previousAttempt { runAttempt: number conclusion } }\n    }\n  }\n": types.RerunRunTestDocument,
    "\n  mutation RerunFailedJobsTest($input: RerunFailedJobsInput!) {\n    rerunFailedJobs(input: $input) { clientMutationId workflowRun { fullDatabaseId status runAttempt } }\n  }\n": types.RerunFailedJobsTestDocument,
    "\n  mutation RerunJobTest($input: RerunJobInput!) {\n    rerunJob(input: $input) {\n      clientMutationId\n      job { fullDatabaseId name runAttempt }\n      workflowRun { fullDatabaseId status runAttempt jobs(first: 10) { nodes { fullDatabaseId name status runAttempt } } }\n    }\n  }\n": types.RerunJobTestDocument,
    "\n  mutation RerunThenCancelTest($run: ID!) {\n    rerun: rerunWorkflowRun(input: { workflowRunId: $run }) { workflowRun { status runAttempt } }\n    cancel: cancelWorkflowRun(input: { workflowRunId: $run }) { workflowRun { status conclusion runAttempt } }\n  }\n": types.RerunThenCancelTestDocument,
    "\n  mutation ListThenCancelTest($first: ID!, $second: ID!) {\n    a: cancelWorkflowRun(input: { workflowRunId: $first }) {\n      workflowRun { repository { workflowRuns(first: 10) { nodes { fullDatabaseId status } } } }\n    }\n    b: cancelWorkflowRun(input: { workflowRunId: $second }) { workflowRun { fullDatabaseId status conclusion } }\n  }\n": types.ListThenCancelTestDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadInputRuns($owner: String!, $name: String!, $first: Int, $filter: WorkflowRunFilter) {\n    repository(owner: $owner, name: $name) { workflowRuns(first: $first, filterBy: $filter) { totalCount } }\n  }\n"): typeof import('./graphql.js').BadInputRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadInputRun($databaseId: BigInt!) {\n    repository(owner: \"octo-org\", name: \"octo-repo\") { workflowRun(databaseId: $databaseId) { id } }\n  }\n"): typeof import('./graphql.js').BadInputRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadInputWorkflow($workflow: String!) {\n    repository(owner: \"octo-org\", name: \"octo-repo\") { workflow(idOrFileName: $workflow) { id } }\n  }\n"): typeof import('./graphql.js').BadInputWorkflowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query HundredRunsScalars {\n        repository(owner: \"octo-org\", name: \"octo-repo\") {\n          nameWithOwner\n          workflowRuns(first: 100) {\n            totalCount\n            nodes { id databaseId runNumber runAttempt status conclusion event headBranch headSha createdAt url displayTitle actor { login } }\n          }\n        }\n      }\n    "): typeof import('./graphql.js').HundredRunsScalarsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query HundredRunsRich {\n        repository(owner: \"octo-org\", name: \"octo-repo\") {\n          workflowRuns(first: 100) {\n            nodes {\n              runAttempt\n              status\n              attempts { totalCount nodes { number } }\n              latest: attempt(number: 1) { number }\n              deploymentReviews { totalCount }\n              pendingDeploymentRequests { totalCount nodes { environment { name } } }\n            }\n          }\n        }\n      }\n    "): typeof import('./graphql.js').HundredRunsRichDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AttemptsData {\n        repository(owner: \"octo-org\", name: \"octo-repo\") {\n          workflowRuns(first: 30, filterBy: { status: COMPLETED }) {\n            nodes { runAttempt attempts { nodes { number status conclusion } } previousAttempt { number conclusion } }\n          }\n        }\n      }\n    "): typeof import('./graphql.js').AttemptsDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OneRunId { repository(owner: \"octo-org\", name: \"octo-repo\") { workflowRuns(first: 1) { nodes { id fullDatabaseId } } } }"): typeof import('./graphql.js').OneRunIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SameRunThreeWays($id: ID!, $databaseId: BigInt!) {\n        repository(owner: \"octo-org\", name: \"octo-repo\") {\n          workflowRuns(first: 1) { nodes { id runNumber } }\n          workflowRun(databaseId: $databaseId) { id runNumber }\n        }\n        node(id: $id) { ... on WorkflowRun { id runNumber } }\n        nodes(ids: [$id]) { id }\n      }\n    "): typeof import('./graphql.js').SameRunThreeWaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenRunIds { repository(owner: \"octo-org\", name: \"octo-repo\") { workflowRuns(first: 10) { nodes { id } } } }"): typeof import('./graphql.js').TenRunIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RunsByIds($ids: [ID!]!) { nodes(ids: $ids) { ... on WorkflowRun { databaseId } } }"): typeof import('./graphql.js').RunsByIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RateWithRuns { repository(owner: \"octo-org\", name: \"octo-repo\") { workflowRuns(first: 1) { totalCount } } rateLimit { limit remaining used resource cost } }"): typeof import('./graphql.js').RateWithRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RateAlone { rateLimit(dryRun: false) { limit remaining used resetAt } }"): typeof import('./graphql.js').RateAloneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConditionalDashboard {\n    repository(owner: \"octo-org\", name: \"octo-repo\") {\n      workflowRuns(first: 5) { nodes { databaseId status deploymentReviews { totalCount } } }\n    }\n    rateLimit { remaining used cost }\n  }\n"): typeof import('./graphql.js').ConditionalDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConditionalCancel($id: ID!) { cancelWorkflowRun(input: { workflowRunId: $id }) { clientMutationId } }\n"): typeof import('./graphql.js').ConditionalCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConditionalFirstRun { repository(owner: \"octo-org\", name: \"octo-repo\") { workflowRuns(first: 1) { nodes { id status } } } }"): typeof import('./graphql.js').ConditionalFirstRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TwoRepos {\n    private: repository(owner: \"octo-org\", name: \"octo-repo\") { workflowRuns(first: 1) { totalCount } }\n    public: repository(owner: \"octo-org\", name: \"public-site\") { nameWithOwner }\n  }\n"): typeof import('./graphql.js').TwoReposDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OverBudget { repository(owner: \"octo-org\", name: \"octo-repo\") { workflowRuns(first: 10) { nodes { databaseId deploymentReviews { totalCount } } } } }"): typeof import('./graphql.js').OverBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExamplePayloads($id: BigInt!, $waiting: BigInt!) {\n    repository(owner: \"octocat\", name: \"Hello-World\") {\n      workflows(first: 5) { totalCount nodes { id databaseId nodeId name path state createdAt updatedAt url resourcePath badgeUrl } }\n      workflowRuns(first: 5) { totalCount nodes { id databaseId } }\n      run: workflowRun(databaseId: $id) { ...EveryRunField }\n      waiting: workflowRun(databaseId: $waiting) {\n        pendingDeploymentRequests {\n          totalCount\n          nodes {\n            currentUserCanApprove waitTimer waitTimerStartedAt\n            environment { id databaseId nodeId name url }\n            reviewers { totalCount nodes { __typename ... on User { id login name email isSiteAdmin databaseId } ... on Team { id teamName: name slug description url resourcePath databaseId } } }\n          }\n        }\n      }\n    }\n  }\n\n  fragment EveryRunField on WorkflowRun {\n    id databaseId nodeId name displayTitle runNumber runAttempt event status conclusion headBranch headSha path\n    checkSuiteId checkSuiteNodeId createdAt updatedAt runStartedAt url resourcePath\n    repository { id name nameWithOwner url resourcePath isPrivate databaseId owner { __typename login url } }\n    headRepository { nameWithOwner }\n    workflow { id databaseId name state }\n    actor { __typename login avatarUrl url resourcePath ... on User { id databaseId nodeId } }\n    triggeringActor { login }\n    headCommit { oid treeOid message messageHeadline messageBody committedDate author { name email date } committer { name email date } }\n    pullRequests { number databaseId headRefName headRefOid baseRefName baseRefOid }\n    referencedWorkflows { path sha ref }\n    attempts { totalCount nodes { id number status conclusion headSha createdAt updatedAt runStartedAt url triggeringActor { login } } }\n    attempt(number: 1) { number }\n    previousAttempt { number }\n    jobs(first: 10) {\n      totalCount\n      nodes {\n        id databaseId nodeId name status conclusion runAttempt headSha headBranch workflowName createdAt startedAt completedAt\n        labels runnerId runnerName runnerGroupId runnerGroupName url\n        steps { number name status conclusion startedAt completedAt }\n        workflowRun { databaseId }\n      }\n    }\n    logs { url expiresAt }\n    deploymentReviews { totalCount nodes { id comment state user { login } environments { totalCount nodes { id name } } } }\n    pendingDeploymentRequests { totalCount }\n  }\n"): typeof import('./graphql.js').ExamplePayloadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeysetRuns(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $orderBy: WorkflowRunOrder\n    $filterBy: WorkflowRunFilter\n  ) {\n    repository(owner: \"octo-org\", name: \"octo-repo\") {\n      workflowRuns(\n        first: $first\n        after: $after\n        last: $last\n        before: $before\n        orderBy: $orderBy\n        filterBy: $filterBy\n      ) {\n        edges { cursor node { fullDatabaseId } }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n"): typeof import('./graphql.js').KeysetRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergedFeed(\n    $repositories: [String!]!\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $orderBy: WorkflowRunOrder\n  ) {\n    workflowRuns(\n      repositories: $repositories\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      orderBy: $orderBy\n    ) {\n      edges { cursor node { fullDatabaseId repository { nameWithOwner } } }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): typeof import('./graphql.js').MergedFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergedFeedCount($repositories: [String!]!) {\n    workflowRuns(repositories: $repositories, first: 1) { totalCount reachableCount }\n  }\n"): typeof import('./graphql.js').MergedFeedCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EveryNodeId {\n    repository(owner: \"octo-org\", name: \"octo-repo\") {\n      id\n      workflow(idOrFileName: \"ci.yml\") { id }\n      rerun: workflowRuns(first: 1, filterBy: { status: COMPLETED, event: \"push\" }) { nodes { id } }\n      waiting: workflowRuns(first: 10, filterBy: { status: WAITING }) {\n        nodes { id attempts(first: 1) { nodes { id } } jobs(first: 1) { nodes { id } } deploymentReviews(first: 1) { nodes { id } } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').EveryNodeIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeRoundTrip($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Repository { nameWithOwner }\n      ... on Workflow { path }\n      ... on WorkflowRun { databaseId }\n      ... on WorkflowRunAttempt { number status }\n      ... on WorkflowJob { name }\n      ... on DeploymentReview { state }\n    }\n  }\n"): typeof import('./graphql.js').NodeRoundTripDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ManyNodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }"): typeof import('./graphql.js').ManyNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ReviewerIds {\n        repository(owner: \"octo-org\", name: \"octo-repo\") {\n          workflowRuns(first: 1, filterBy: { status: WAITING }) {\n            nodes { actor { ... on User { id } } pendingDeploymentRequests(first: 1) { nodes { environment { id } } } }\n          }\n        }\n      }\n    "): typeof import('./graphql.js').ReviewerIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MissingRun($id: ID!) { node(id: $id) { id } repository(owner: \"octo-org\", name: \"octo-repo\") { nameWithOwner } }"): typeof import('./graphql.js').MissingRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunsPage($first: Int, $after: String, $last: Int, $before: String, $orderBy: WorkflowRunOrder) {\n    repository(owner: \"octo-org\", name: \"octo-repo\") {\n      workflowRuns(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n        totalCount\n        reachableCount\n        edges { cursor node { fullDatabaseId } }\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n"): typeof import('./graphql.js').RunsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query FilteredRuns($filter: WorkflowRunFilter!, $first: Int) {\n      repository(owner: \"octo-org\", name: \"octo-repo\") {\n        workflowRuns(first: $first, filterBy: $filter) {\n          totalCount\n          reachableCount\n          nodes { fullDatabaseId pullRequests { number } }\n          pageInfo { hasNextPage }\n        }\n      }\n    }\n  "): typeof import('./graphql.js').FilteredRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query CappedRuns($after: String) {\n          repository(owner: \"octo-org\", name: \"octo-repo\") {\n            filtered: workflowRuns(first: 50, after: $after, filterBy: { status: COMPLETED }) {\n              totalCount reachableCount edges { cursor node { fullDatabaseId } } pageInfo { hasNextPage endCursor }\n            }\n            all: workflowRuns(first: 1) { totalCount reachableCount }\n          }\n        }\n      "): typeof import('./graphql.js').CappedRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunDetails($owner: String!, $name: String!, $databaseId: BigInt!) {\n    repository(owner: $owner, name: $name) {\n      workflowRun(databaseId: $databaseId) {\n        id\n        databaseId\n        fullDatabaseId\n        nodeId\n        name\n        displayTitle\n        runNumber\n        runAttempt\n        event\n        status\n        conclusion\n        headBranch\n        headSha\n        path\n        checkSuiteId\n        fullCheckSuiteId\n        checkSuiteNodeId\n        createdAt\n        updatedAt\n        runStartedAt\n        url\n        resourcePath\n        repository { nameWithOwner isPrivate databaseId owner { login __typename } }\n        headRepository { nameWithOwner }\n        workflow { databaseId fullDatabaseId name path state badgeUrl url createdAt }\n        actor { __typename login avatarUrl(size: 40) url resourcePath }\n        triggeringActor { login }\n        headCommit { oid treeOid message messageHeadline committedDate author { name email } committer { name } }\n        pullRequests { number databaseId headRefName headRefOid baseRefName baseRefOid }\n        referencedWorkflows { path sha ref }\n        attempts { totalCount nodes { number status conclusion runStartedAt triggeringActor { login } url } }\n        latest: attempt(number: 2147483647) { number }\n        previousAttempt { number status conclusion headSha createdAt }\n        jobs(first: 100) {\n          totalCount\n          nodes {\n            databaseId fullDatabaseId nodeId name status conclusion runAttempt headSha headBranch workflowName\n            createdAt startedAt completedAt labels runnerId runnerName runnerGroupId runnerGroupName url\n            steps { number name status conclusion startedAt completedAt }\n          }\n        }\n        deploymentReviews { totalCount nodes { id state comment user { login } environments { totalCount nodes { name databaseId } } } }\n        pendingDeploymentRequests {\n          totalCount\n          nodes {\n            currentUserCanApprove waitTimer waitTimerStartedAt\n            environment { id databaseId name nodeId url }\n            reviewers { totalCount nodes { __typename ... on User { login } ... on Team { slug name } } }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').RunDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AttemptDetails($databaseId: BigInt!) {\n        repository(owner: \"octo-org\", name: \"octo-repo\") {\n          workflowRun(databaseId: $databaseId) {\n            attempt(number: 1) {\n              id\n              number\n              headSha\n              workflowRun { fullDatabaseId }\n              previousAttempt { number }\n              jobs(first: 50) { totalCount nodes { fullDatabaseId runAttempt workflowRun { fullDatabaseId } } }\n              logs { url }\n            }\n            latest: attempt(number: 2) { previousAttempt { number } }\n          }\n        }\n      }\n    "): typeof import('./graphql.js').AttemptDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RunLogs($owner: String!, $name: String!, $databaseId: BigInt!) {\n        repository(owner: $owner, name: $name) {\n          workflowRun(databaseId: $databaseId) {\n            logs { url expiresAt }\n            attempts(first: 1) { nodes { logs { url expiresAt } } }\n          }\n        }\n      }\n    "): typeof import('./graphql.js').RunLogsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query Workflows {\n        repository(owner: \"octo-org\", name: \"octo-repo\") {\n          workflows(first: 10) { totalCount nodes { id databaseId name path state } }\n          byFile: workflow(idOrFileName: \"deploy.yml\") { databaseId name runs(first: 5) { totalCount nodes { path } } }\n        }\n      }\n    "): typeof import('./graphql.js').WorkflowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query Anonymous($name: String!) {\n        repository(owner: \"octo-org\", name: $name) { nameWithOwner workflowRuns(first: 2) { totalCount nodes { runNumber } } }\n      }\n    "): typeof import('./graphql.js').AnonymousDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRunTest($input: DeleteWorkflowRunInput!) {\n    deleteWorkflowRun(input: $input) { clientMutationId deletedWorkflowRunId repository { nameWithOwner } }\n  }\n"): typeof import('./graphql.js').DeleteRunTestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRunLogsTest($input: DeleteWorkflowRunLogsInput!) {\n    deleteWorkflowRunLogs(input: $input) { clientMutationId workflowRun { fullDatabaseId status } }\n  }\n"): typeof import('./graphql.js').DeleteRunLogsTestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRunLogsReadLogsTest($input: DeleteWorkflowRunLogsInput!) {\n    deleteWorkflowRunLogs(input: $input) { workflowRun { fullDatabaseId logs { url } } }\n  }\n"): typeof import('./graphql.js').DeleteRunLogsReadLogsTestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveDeploymentsTest($input: ApproveDeploymentsInput!) {\n    approveDeployments(input: $input) {\n      clientMutationId\n      deployments {\n        id databaseId fullDatabaseId nodeId commitOid createdAt environment originalEnvironment latestEnvironment task payload\n        creator { login }\n        repository { nameWithOwner }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ApproveDeploymentsTestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectDeploymentsTest($input: RejectDeploymentsInput!) {\n    rejectDeployments(input: $input) { clientMutationId deployments { fullDatabaseId } }\n  }\n"): typeof import('./graphql.js').RejectDeploymentsTestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingEnvironmentsTest($id: ID!) {\n    node(id: $id) { ... on WorkflowRun { pendingDeploymentRequests(first: 5) { nodes { environment { id name } } } } }\n  }\n"): typeof import('./graphql.js').PendingEnvironmentsTestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewProtectionRuleTest($input: ReviewDeploymentProtectionRuleInput!) {\n    reviewDeploymentProtectionRule(input: $input) { clientMutationId workflowRun { fullDatabaseId status } }\n  }\n"): typeof import('./graphql.js').ReviewProtectionRuleTestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErrCancel($input: CancelWorkflowRunInput!) { cancelWorkflowRun(input: $input) { clientMutationId } }"): typeof import('./graphql.js').ErrCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErrForceCancel($input: ForceCancelWorkflowRunInput!) { forceCancelWorkflowRun(input: $input) { clientMutationId } }"): typeof import('./graphql.js').ErrForceCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErrRerun($input: RerunWorkflowRunInput!) { rerunWorkflowRun(input: $input) { clientMutationId } }"): typeof import('./graphql.js').ErrRerunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErrRerunFailed($input: RerunFailedJobsInput!) { rerunFailedJobs(input: $input) { clientMutationId } }"): typeof import('./graphql.js').ErrRerunFailedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErrRerunJob($input: RerunJobInput!) { rerunJob(input: $input) { clientMutationId } }"): typeof import('./graphql.js').ErrRerunJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErrApprove($input: ApproveDeploymentsInput!) { approveDeployments(input: $input) { clientMutationId } }"): typeof import('./graphql.js').ErrApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErrReject($input: RejectDeploymentsInput!) { rejectDeployments(input: $input) { clientMutationId } }"): typeof import('./graphql.js').ErrRejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErrReviewRule($input: ReviewDeploymentProtectionRuleInput!) { reviewDeploymentProtectionRule(input: $input) { clientMutationId } }"): typeof import('./graphql.js').ErrReviewRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErrDeleteRun($input: DeleteWorkflowRunInput!) { deleteWorkflowRun(input: $input) { clientMutationId } }"): typeof import('./graphql.js').ErrDeleteRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErrDeleteLogs($input: DeleteWorkflowRunLogsInput!) { deleteWorkflowRunLogs(input: $input) { clientMutationId } }"): typeof import('./graphql.js').ErrDeleteLogsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeveralMutationsTest($completed: ID!, $queued: ID!, $bad: ID!) {\n    first: cancelWorkflowRun(input: { workflowRunId: $completed, clientMutationId: \"1\" }) { clientMutationId }\n    second: cancelWorkflowRun(input: { workflowRunId: $queued, clientMutationId: \"2\" }) { clientMutationId workflowRun { status conclusion } }\n    third: deleteWorkflowRun(input: { workflowRunId: $bad, clientMutationId: \"3\" }) { clientMutationId }\n    fourth: rerunWorkflowRun(input: { workflowRunId: $completed, clientMutationId: \"4\" }) { clientMutationId workflowRun { runAttempt } }\n  }\n"): typeof import('./graphql.js').SeveralMutationsTestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRunTest($input: CancelWorkflowRunInput!) {\n    cancelWorkflowRun(input: $input) { clientMutationId workflowRun { id fullDatabaseId status conclusion } }\n  }\n"): typeof import('./graphql.js').CancelRunTestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForceCancelRunTest($input: ForceCancelWorkflowRunInput!) {\n    forceCancelWorkflowRun(input: $input) { clientMutationId workflowRun { fullDatabaseId status conclusion } }\n  }\n"): typeof import('./graphql.js').ForceCancelRunTestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRunBareTest($input: CancelWorkflowRunInput!) {\n    cancelWorkflowRun(input: $input) { clientMutationId }\n  }\n"): typeof import('./graphql.js').CancelRunBareTestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RerunRunTest($input: RerunWorkflowRunInput!) {\n    rerunWorkflowRun(input: $input) {\n      clientMutationId\n      workflowRun { fullDatabaseId status conclusion runAttempt attempts(first: 10) { totalCount } previousAttempt { runAttempt: number conclusion } }\n    }\n  }\n"): typeof import('./graphql.js').RerunRunTestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RerunFailedJobsTest($input: RerunFailedJobsInput!) {\n    rerunFailedJobs(input: $input) { clientMutationId workflowRun { fullDatabaseId status runAttempt } }\n  }\n"): typeof import('./graphql.js').RerunFailedJobsTestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RerunJobTest($input: RerunJobInput!) {\n    rerunJob(input: $input) {\n      clientMutationId\n      job { fullDatabaseId name runAttempt }\n      workflowRun { fullDatabaseId status runAttempt jobs(first: 10) { nodes { fullDatabaseId name status runAttempt } } }\n    }\n  }\n"): typeof import('./graphql.js').RerunJobTestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RerunThenCancelTest($run: ID!) {\n    rerun: rerunWorkflowRun(input: { workflowRunId: $run }) { workflowRun { status runAttempt } }\n    cancel: cancelWorkflowRun(input: { workflowRunId: $run }) { workflowRun { status conclusion runAttempt } }\n  }\n"): typeof import('./graphql.js').RerunThenCancelTestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ListThenCancelTest($first: ID!, $second: ID!) {\n    a: cancelWorkflowRun(input: { workflowRunId: $first }) {\n      workflowRun { repository { workflowRuns(first: 10) { nodes { fullDatabaseId status } } } }\n    }\n    b: cancelWorkflowRun(input: { workflowRunId: $second }) { workflowRun { fullDatabaseId status conclusion } }\n  }\n"): typeof import('./graphql.js').ListThenCancelTestDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
