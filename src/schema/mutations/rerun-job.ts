import { WorkflowJob } from '../types/workflow-job.js';
import { WorkflowRun } from '../types/workflow-run.js';
import { defineMutation } from './define-mutation.js';
import { jobKeyFromId } from './input-checks.js';

defineMutation('rerunJob', {
  description:
    'Reruns one job of a completed workflow run, and the jobs that depend on it, as a new attempt of the run (`POST .../actions/jobs/{job_id}/rerun`). A run still going is `FORBIDDEN`, as GitHub answers.',
  inputFields: (t) => ({
    jobId: t.id({ required: true, description: 'The id of the job to rerun (`WorkflowJob.id`).' }),
    enableDebugLogging: t.boolean({
      defaultValue: false,
      description: 'Whether to enable debug logging for the rerun.',
    }),
    enableDebugger: t.boolean({
      defaultValue: false,
      description: 'Whether to pause the rerun for a debugger to attach (REST `enable_debugger`).',
    }),
  }),
  check: ({ jobId, enableDebugLogging, enableDebugger }) => ({
    job: jobKeyFromId(String(jobId)),
    body: {
      enable_debug_logging: enableDebugLogging ?? false,
      enable_debugger: enableDebugger ?? false,
    },
  }),
  // A job id does not name its run; the 409 report would cost a read of the job first.
  runOf: () => undefined,
  writes: 'run',
  write: (ctx, { job, body }) =>
    ctx.github.rest.reRunJobForWorkflowRun({
      path: { owner: job.owner, repo: job.repo, job_id: job.jobId },
      body,
    }),
  payload: ({ job }) => ({ job }),
  payloadFields: (t) => ({
    job: t.field({
      type: WorkflowJob,
      nullable: true,
      description:
        "The job that was rerun, read after the write. It stays in its own attempt; the rerun is a new job in the run's latest attempt.",
      resolve: async ({ job }, _args, ctx) => ({
        owner: job.owner,
        repo: job.repo,
        data: await ctx.loaders.job.load(job),
      }),
    }),
    workflowRun: t.field({
      type: WorkflowRun,
      nullable: true,
      description:
        'The run of the job, read after the write: its new attempt is the latest. Costs a read of the job, then of the run.',
      resolve: async ({ job }, _args, ctx) => {
        const data = await ctx.loaders.job.load(job);
        return ctx.loaders.run.load({
          owner: job.owner,
          repo: job.repo,
          runId: Number(data.run_id),
        });
      },
    }),
  }),
});
