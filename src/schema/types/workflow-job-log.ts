import { stripVTControlCharacters } from 'node:util';
import { InvalidInputError } from '../../github/errors.js';
import { downloadLogTail } from '../../github/log-tail.js';
import { builder } from '../builder.js';
import { WorkflowJob } from './workflow-job.js';

/** At most this much of a log is read into memory and returned. */
export const MAX_LOG_LINES = 1_000;
export const MAX_LOG_BYTES = 1024 * 1024;

interface JobLogShape {
  text: string;
  truncated: boolean;
  url: string;
  expiresAt: string;
}

export const WorkflowJobLog = builder.objectRef<JobLogShape>('WorkflowJobLog').implement({
  description: "The last lines of a job's log, as plain text.",
  fields: (t) => ({
    text: t.exposeString('text', {
      description: `The last lines of the log (at most ${MAX_LOG_LINES} lines and 1 MiB).`,
    }),
    truncated: t.exposeBoolean('truncated', {
      description: 'Whether earlier lines of the log were left out.',
    }),
    url: t.field({
      type: 'URI',
      description: 'The signed link to the whole log, valid for about a minute. It needs no token.',
      resolve: (l) => l.url,
    }),
    expiresAt: t.field({
      type: 'DateTime',
      description: 'When the link stops working.',
      resolve: (l) => l.expiresAt,
    }),
  }),
});

builder.objectFields(WorkflowJob, (t) => ({
  log: t.field({
    type: WorkflowJobLog,
    nullable: true,
    description:
      "The tail of this job's log. Costs one request for the link (`GET .../actions/jobs/{job_id}/logs`) and one download from the signed link, which never sees the token; the gateway streams the log and keeps only the tail.",
    args: {
      tailLines: t.arg.int({
        defaultValue: 100,
        description: `How many of the last lines to return, 1 to ${MAX_LOG_LINES}.`,
      }),
      keepAnsi: t.arg.boolean({
        defaultValue: false,
        description: 'Keep ANSI escape sequences (colours) instead of stripping them.',
      }),
    },
    resolve: async (j, { tailLines, keepAnsi }, ctx) => {
      const lines = tailLines ?? 100;
      if (!Number.isInteger(lines) || lines < 1 || lines > MAX_LOG_LINES) {
        throw new InvalidInputError(
          `tailLines must be between 1 and ${MAX_LOG_LINES}; got ${lines}.`,
          { argument: 'tailLines' },
        );
      }
      const link = await ctx.loaders.jobLogLink.load({
        owner: j.owner,
        repo: j.repo,
        jobId: Number(j.data.id),
      });
      const tail = await downloadLogTail(link.url, {
        dispatcher: ctx.upstream.dispatcher,
        timeoutMs: ctx.upstream.timeoutMs,
        maxLines: lines,
        maxBytes: MAX_LOG_BYTES,
      });
      return {
        ...link,
        truncated: tail.truncated,
        text: keepAnsi ? tail.text : stripVTControlCharacters(tail.text),
      };
    },
  }),
}));
