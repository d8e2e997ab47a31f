/**
 * A completed run's artifacts, derived from the run (nothing stored): `build-output` for
 * every completed run, `test-results` for CI runs. They expire 30 days after the run, so
 * older seeded runs show expired ones. Node ids take the legacy form of GitHub's documented example. Ids are the run id times 10 plus the artifact's index.
 */
import { strToU8, zipSync } from 'fflate';
import { ApiError, notFound } from '../http/api-error.js';
import type { HandlerContext, Reply } from '../http/handler.js';
import { paginate } from '../http/pagination.js';
import { repoApiUrl } from '../payloads/repository.js';
import { githubTime } from '../payloads/time.js';
import { createPrng } from '../prng.js';
import { isRunGoing } from '../world/lifecycle.js';
import { latestAttempt, type RunRecord } from '../world/model.js';
import { findRun } from './lookups.js';

export const SIGNED_ARTIFACT_TEMPLATE = '/signed-artifacts/{artifact_id}';
const RETENTION_MS = 30 * 24 * 3600 * 1000;

function artifactsOf(run: RunRecord) {
  if (run.deleted || isRunGoing(run)) return [];
  const names = run.workflow.name === 'CI' ? ['build-output', 'test-results'] : ['build-output'];
  const prng = createPrng(run.id * 13);
  const createdAt = latestAttempt(run).updatedAt;
  return names.map((name, index) => ({
    id: run.id * 10 + index,
    name,
    size: prng.int(1_000, 50_000_000),
    digest: `sha256:${prng.hex(64)}`,
    createdAt,
  }));
}

function render(ctx: HandlerContext, run: RunRecord, a: ReturnType<typeof artifactsOf>[number]) {
  const url = `${repoApiUrl(ctx.base, run.repo)}/actions/artifacts/${a.id}`;
  const expiresAt = new Date(a.createdAt.getTime() + RETENTION_MS);
  return {
    id: a.id,
    node_id: Buffer.from(`08:Artifact${a.id}`).toString('base64'),
    name: a.name,
    size_in_bytes: a.size,
    url,
    archive_download_url: `${url}/zip`,
    expired: ctx.now >= expiresAt,
    created_at: githubTime(a.createdAt),
    expires_at: githubTime(expiresAt),
    updated_at: githubTime(a.createdAt),
    digest: a.digest,
    workflow_run: {
      id: run.id,
      repository_id: run.repo.id,
      head_repository_id: run.repo.id,
      head_branch: run.headBranch,
      head_sha: run.headSha,
    },
  };
}

export function listRunArtifacts(ctx: HandlerContext): Reply {
  const run = findRun(ctx);
  const all = artifactsOf(run);
  const page = paginate(all, ctx.url);
  return {
    status: 200,
    body: { total_count: all.length, artifacts: page.items.map((a) => render(ctx, run, a)) },
    ...(page.link ? { headers: { link: page.link } } : {}),
  };
}

function findArtifact(ctx: HandlerContext, id: number) {
  const run = ctx.world.runs.get(Math.floor(id / 10));
  const artifact = run && artifactsOf(run).find((a) => a.id === id);
  if (!run || !artifact || (ctx.repo && run.repo !== ctx.repo)) throw notFound();
  return { run, artifact };
}

/** `GET .../actions/artifacts/{artifact_id}/zip`: a 302 to a signed link; an expired artifact is 410. */
export function downloadArtifact(ctx: HandlerContext): Reply {
  if (ctx.params['archive_format'] !== 'zip') throw notFound();
  const { run, artifact } = findArtifact(ctx, Number(ctx.params['artifact_id']));
  if (render(ctx, run, artifact).expired) throw new ApiError(410, 'Artifact has expired');
  return {
    status: 302,
    headers: { location: ctx.signer.create(ctx.base, `/signed-artifacts/${artifact.id}`, ctx.now) },
  };
}

export function downloadSignedArtifact(ctx: HandlerContext): Reply {
  const verdict = ctx.signer.verify(ctx.url.pathname, ctx.url.searchParams, ctx.now);
  if (verdict !== 'ok')
    throw new ApiError(
      403,
      verdict === 'expired' ? 'Signed URL has expired.' : 'Signature is not valid.',
    );
  const { artifact } = findArtifact(ctx, Number(ctx.params['artifact_id']));
  const zip = zipSync(
    { [`${artifact.name}.txt`]: strToU8(`${artifact.name}\n`) },
    { mtime: new Date('2026-01-01T00:00:00Z') },
  );
  return { status: 200, body: Buffer.from(zip), headers: { 'content-type': 'application/zip' } };
}
