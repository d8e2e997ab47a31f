import type { Artifact } from '../../github/types.js';
import type { RepoKey } from '../../loaders/keys.js';
import { fetchWindow } from '../../loaders/paginate.js';
import { builder } from '../builder.js';
import { countedConnection } from '../counted-connection.js';
import { WorkflowRun, runKey } from './workflow-run.js';
import { WorkflowRunLogs } from './workflow-run-logs.js';
import { databaseIdFields } from '../database-id.js';

interface ArtifactShape extends RepoKey {
  data: Artifact;
}

export const WorkflowRunArtifact = builder
  .objectRef<ArtifactShape>('WorkflowRunArtifact')
  .implement({
    description:
      "A file a workflow run uploaded (`actions/upload-artifact`), kept for the repository's retention period.",
    fields: (t) => ({
      // Artifact ids, like run ids, outgrow 32 bits.
      ...databaseIdFields(t, (a) => a.data.id),
      name: t.string({ resolve: (a) => a.data.name }),
      sizeInBytes: t.float({
        description: 'The size of the zip in bytes (a Float, as artifacts may pass 2 GiB).',
        resolve: (a) => a.data.size_in_bytes,
      }),
      expired: t.boolean({ resolve: (a) => a.data.expired }),
      createdAt: t.field({ type: 'DateTime', nullable: true, resolve: (a) => a.data.created_at }),
      expiresAt: t.field({ type: 'DateTime', nullable: true, resolve: (a) => a.data.expires_at }),
      digest: t.string({
        nullable: true,
        description: 'The SHA-256 digest of the zip, as `sha256:<hex>`, where GitHub reports one.',
        resolve: (a) => a.data.digest ?? null,
      }),
      download: t.field({
        type: WorkflowRunLogs,
        nullable: true,
        description:
          'A link to download the artifact as a zip, valid for about a minute (one request, `GET .../actions/artifacts/{artifact_id}/zip`). Null, with an error, once it expired.',
        resolve: (a, _x, ctx) =>
          ctx.loaders.artifactLink.load({ owner: a.owner, repo: a.repo, artifactId: a.data.id }),
      }),
    }),
  });

const WorkflowRunArtifactConnection = countedConnection(WorkflowRunArtifact, 'WorkflowRunArtifact');

builder.objectFields(WorkflowRun, (t) => ({
  artifacts: t.connection(
    {
      type: WorkflowRunArtifact,
      description: 'The artifacts this run uploaded (`GET .../actions/runs/{run_id}/artifacts`).',
      resolve: async (run, args, ctx) => {
        const key = runKey(run);
        const window = await fetchWindow(args, (perPage, page) =>
          ctx.loaders.artifactList.load({ ...key, perPage, page }),
        );
        return {
          ...window,
          edges: window.edges.map((e) => ({
            ...e,
            node: { owner: key.owner, repo: key.repo, data: e.node },
          })),
        };
      },
    },
    WorkflowRunArtifactConnection,
  ),
}));
