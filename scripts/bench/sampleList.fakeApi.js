// The engine the sample-list benchmark talks to: N synthetic rows, answered after a
// small delay like a local IPC round trip. Replaces renderer/src/api at bundle time.
import { makeRow } from '../../renderer/src/app/dataset/testing/summaries';

export const bench = { total: 0, requests: 0, latencyMs: 2 };

export class ApiError extends Error {}

export const api = {
  transport: 'http',
  async request(name, args) {
    bench.requests++;
    await new Promise((r) => setTimeout(r, bench.latencyMs));
    if (name !== 'dataset:query') throw new ApiError(`${name} is not part of the benchmark`);
    const offset = args.offset ?? 0;
    const end = Math.min(bench.total, offset + (args.limit ?? 100));
    const rows = [];
    for (let p = offset; p < end; p++) rows.push(makeRow(p));
    return { total: bench.total, offset, rows, indexing: false };
  },
  on() {
    return () => undefined;
  },
};
