/** Counts API requests by method, route key and status, so tests can assert exact upstream calls. */
import type { TokenKind } from './auth.js';

export interface RequestRecord {
  method: string;
  /** The route table key, e.g. `/repos/{owner}/{repo}/actions/runs/{run_id}`; `(unmatched)` otherwise. */
  route: string;
  path: string;
  /** 0 when the connection was reset instead of answered. */
  status: number;
  token: TokenKind;
  /** The latency injected before the answer, so a benchmark can compute the floor a client could reach. */
  latencyMs: number;
  /**
   * From the request's arrival to its answer's last byte handed to the socket: the injected
   * latency and the simulator's own work (building the answer, waiting its turn on the event
   * loop behind the requests that came with it). Absent for a reset connection.
   */
  answeredMs?: number | undefined;
}

export interface RequestFilter {
  method?: string;
  route?: string;
  status?: number;
}

export class RequestLog {
  private records: RequestRecord[] = [];

  add(record: RequestRecord): void {
    this.records.push(record);
  }

  list(): RequestRecord[] {
    return this.records.map((r) => ({ ...r }));
  }

  total(filter: RequestFilter = {}): number {
    return this.records.filter(
      (r) =>
        (filter.method === undefined || r.method === filter.method.toUpperCase()) &&
        (filter.route === undefined || r.route === filter.route) &&
        (filter.status === undefined || r.status === filter.status),
    ).length;
  }

  /** `{ "GET /repos/{owner}/{repo}/actions/runs 200": 3, ... }` */
  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const r of this.records) {
      const key = `${r.method} ${r.route} ${r.status}`;
      out[key] = (out[key] ?? 0) + 1;
    }
    return out;
  }

  reset(): void {
    this.records = [];
  }
}
