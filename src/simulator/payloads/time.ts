/** GitHub writes REST times as ISO-8601 UTC to the second: `2026-06-01T12:00:00Z`. */
export function githubTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
