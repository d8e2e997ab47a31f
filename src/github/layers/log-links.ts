/**
 * The logs and artifact download routes answer `302` with a short-lived link. The link is
 * read and handed on, never followed: following it would send the caller's token to
 * another host.
 */
import type { RouteName } from '../routes.js';
import { header, type Layer } from './layer.js';

const LINKING: ReadonlySet<RouteName> = new Set([
  'downloadWorkflowRunLogs',
  'downloadWorkflowRunAttemptLogs',
  'downloadJobLogsForWorkflowRun',
  'downloadArtifact',
]);

export const readLogLinks: Layer = (next) => async (req) => {
  const answer = await next(req);
  if (answer.status !== 302 || !LINKING.has(req.route)) return answer;
  return { ...answer, link: header(answer.headers, 'location') };
};
