import type { LogsLink } from '../../loaders/loaders.js';
import { builder } from '../builder.js';

export const WorkflowRunLogs = builder.objectRef<LogsLink>('WorkflowRunLogs').implement({
  description:
    'A short-lived link to the logs of a run or an attempt, as a zip with one text file per job. The gateway reads the link GitHub redirects to and never downloads the zip itself.',
  fields: (t) => ({
    url: t.field({ type: 'URI', description: 'The signed download URL. It needs no token.', resolve: (logs) => logs.url }),
    expiresAt: t.field({ type: 'DateTime', description: 'When the link stops working.', resolve: (logs) => logs.expiresAt }),
  }),
});
