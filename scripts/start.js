/**
 * `npm start`: the compiled gateway (`dist/`, from `npm run build`) when it is there and no
 * older than the sources, otherwise the TypeScript sources through tsx (a development tool:
 * production runs `node dist/main.js`).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const compiled = new URL('dist/main.js', root);

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const fresh =
  existsSync(compiled) &&
  statSync(compiled).mtimeMs >= newestSource(fileURLToPath(new URL('src', root)));
if (fresh) {
  await import(compiled.href);
} else {
  if (existsSync(compiled))
    console.warn('dist/ is older than src/: running the sources (npm run build refreshes it).');
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('src/main.ts', root).href);
}
