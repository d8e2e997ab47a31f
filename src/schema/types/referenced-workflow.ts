import type { ReferencedWorkflow as RestReferencedWorkflow } from '../../github/types.js';
import { builder } from '../builder.js';

export const ReferencedWorkflow = builder
  .objectRef<RestReferencedWorkflow>('ReferencedWorkflow')
  .implement({
    description: 'A reusable workflow that a run called.',
    fields: (t) => ({
      path: t.exposeString('path', {
        description: 'The called workflow, as `owner/repo/.github/workflows/file.yml@ref`.',
      }),
      sha: t.exposeString('sha'),
      ref: t.exposeString('ref', { nullable: true }),
    }),
  });
