/**
 * `per_page`/`page` handling and GitHub's `Link` header. Links repeat the request's own
 * query with only `page` replaced, and use the simulator's base URL, as GitHub's do.
 */
export interface Page<T> {
  items: T[];
  link?: string;
}

const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;

function positiveInt(raw: string | null, fallback: number): number {
  if (raw === null || !/^\d+$/.test(raw)) return fallback;
  const n = Number(raw);
  return n >= 1 ? n : fallback;
}

/**
 * @param reachable at most this many items can be paged to (GitHub's 1,000-result cap for
 * filtered run searches); `total_count` still reports the real total.
 */
export function paginate<T>(all: readonly T[], requestUrl: URL, reachable = Infinity): Page<T> {
  const perPage = Math.min(
    positiveInt(requestUrl.searchParams.get('per_page'), DEFAULT_PER_PAGE),
    MAX_PER_PAGE,
  );
  const page = positiveInt(requestUrl.searchParams.get('page'), 1);
  const visible = Math.min(all.length, reachable);
  const start = (page - 1) * perPage;
  const items = start < visible ? all.slice(start, Math.min(start + perPage, visible)) : [];
  const lastPage = Math.max(1, Math.ceil(visible / perPage));
  const link = (p: number, rel: string): string => {
    const url = new URL(requestUrl.href);
    url.searchParams.set('page', String(p));
    return `<${url.href}>; rel="${rel}"`;
  };
  const parts: string[] = [];
  if (page > 1) parts.push(link(Math.min(page - 1, lastPage), 'prev'));
  if (page < lastPage) parts.push(link(page + 1, 'next'), link(lastPage, 'last'));
  if (page > 1) parts.push(link(1, 'first'));
  return parts.length > 0 ? { items, link: parts.join(', ') } : { items };
}
