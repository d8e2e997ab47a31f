/** A run attempt's logs as GitHub ships them: a zip with one plain-text file per job. */
import { strToU8, zipSync } from 'fflate';
import type { AttemptRecord, JobRecord, RunRecord } from '../world/model.js';

/** A failed job's test output before its error: long enough (about 4 MiB) to test a bounded tail. */
export const FAILED_JOB_OUTPUT_LINES = 50_000;

export function jobLog(run: RunRecord, job: JobRecord): string {
  const lines = [
    `${job.startedAt.toISOString()} Job ${job.name} (${job.id}) of run ${run.id}, attempt ${job.runAttempt}`,
  ];
  for (const step of job.steps) {
    const at = (step.startedAt ?? job.startedAt).toISOString();
    lines.push(
      `${at} ##[group]${step.name}`,
      `${at} ${step.status}${step.conclusion ? ` (${step.conclusion})` : ''}`,
      `${at} ##[endgroup]`,
    );
    if (step.conclusion === 'failure') {
      for (let i = 1; i <= FAILED_JOB_OUTPUT_LINES; i++)
        lines.push(`${at} \u001b[32m✓\u001b[0m test ${i} of ${step.name} passed`);
      lines.push(
        `${at} \u001b[31m✗ test ${FAILED_JOB_OUTPUT_LINES + 1} of ${step.name} failed\u001b[0m`,
        `${at} ##[error]Process completed with exit code 1.`,
      );
    }
  }
  lines.push(
    `${(job.completedAt ?? job.startedAt).toISOString()} Job status: ${job.status}${job.conclusion ? `, conclusion: ${job.conclusion}` : ''}`,
  );
  return `${lines.join('\n')}\n`;
}

/** File names follow GitHub's `<n>_<job name>.txt`, with characters zip tools dislike replaced. */
export function logFileName(index: number, job: JobRecord): string {
  return `${index + 1}_${job.name.replace(/[^A-Za-z0-9 ._()-]/g, '_')}.txt`;
}

export function buildLogsZip(run: RunRecord, attempt: AttemptRecord): Buffer {
  const files: Record<string, Uint8Array> = {};
  attempt.jobs.forEach((job, i) => {
    files[logFileName(i, job)] = strToU8(jobLog(run, job));
  });
  // A fixed mtime keeps the bytes (and so the ETag) stable between downloads.
  return Buffer.from(zipSync(files, { mtime: new Date('2026-01-01T00:00:00Z') }));
}
