import type { LogsLink } from '../../loaders/loaders.js';
import { builder } from '../builder.js';

export const WorkflowRunLogs = builder.objectRef<LogsLink>('WorkflowRunLogs').implement({
  description:
    'A short-lived link to a zip: the logs of a run or an attempt (one text file per job), or an artifact (`WorkflowRunArtifact.download`). The gateway reads the link GitHub redirects to and never downloads the zip itself.',
  fields: (t) => ({
    url: t.field({
      type: 'URI',
      description: 'The signed download URL. It needs no token.',
      resolve: (logs) => logs.url,
    }),
    expiresAt: t.field({
      type: 'DateTime',
      description: 'When the link stops working.',
      resolve: (logs) => logs.expiresAt,
    }),
  }),
});
