import type { SamplePage, SampleRow, sortFields } from '../../../../shared/contract/dataset';
import { parseQuery } from '../../../../shared/query/parseQuery';
import type { OpenDataset } from '../openDataset';
import type { WorkerPool } from '../workerPool';
import { compileFilters, type LabelFilterHook } from './facetFilter';
import { Flights } from './flights';
import { sortRows } from './sortRows';
import { searchText } from './textSearch';

export type SortField = (typeof sortFields)[number];

export interface QuerySpec {
  query: string;
  sort?: { field: SortField; dir: 'asc' | 'desc' };
}

interface Cached {
  key: string;
  generation: number;
  rows: Uint32Array;
  error?: string;
}

/**
 * Filtered, sorted row lists per query, cached so that paging through a
 * result (the virtualized list asks page after page) costs a slice. Text
 * hits are cached per term once indexing is over (they cannot change then).
 */
export class QueryRunner {
  private last: Cached[] = [];
  private textCache = new Map<string, { generation: number; bitmap: Uint8Array }>();
  private flights = new Flights<{ rows: Uint32Array; error?: string }>();

  constructor(
    private readonly ds: OpenDataset,
    private readonly pool: () => WorkerPool,
    private readonly labels: () => LabelFilterHook | null,
  ) {}

  /**
   * Row ids matching the query, in the requested order; `error` when the
   * query was not understood. A `channel` (one list on screen) that asks for
   * another query cancels the text search of its previous one: that request
   * then rejects with `QuerySuperseded`.
   */
  async rows(spec: QuerySpec, channel?: string): Promise<{ rows: Uint32Array; error?: string }> {
    const group = `${spec.query}\u0000${spec.sort?.field ?? 'index'}\u0000${spec.sort?.dir ?? 'asc'}`;
    if (channel !== undefined) this.flights.supersede(channel, group);
    const hook = this.labels();
    // A label filter's answer changes with the labels: it is cached per labels version.
    const labelled = hook !== null && /(^|[\s-])label:/i.test(spec.query);
    if (labelled) await hook.prepare(this.ds.id);
    const version = labelled ? hook.version(this.ds.id) : -1;
    const key = `${group}\u0000${version}`;
    const hit = this.last.find((c) => c.key === key && c.generation === this.ds.generation);
    if (hit) return hit;
    const generation = this.ds.generation;
    return this.flights.run(`${key}\u0000${generation}`, group, channel, async (signal) => {
      const result = await this.compute(spec, signal);
      const entry: Cached = { key, generation, ...result };
      this.last = [entry, ...this.last.filter((c) => c.key !== key)].slice(0, 8);
      return result;
    });
  }

  private async compute(spec: QuerySpec, signal: AbortSignal): Promise<{ rows: Uint32Array; error?: string }> {
    const ds = this.ds;
    const order = ds.fileOrder();
    const parsed = parseQuery(spec.query);
    if ('error' in parsed) return { rows: sortRows(ds, order, spec.sort?.field ?? 'index', spec.sort?.dir ?? 'asc'), error: parsed.error };
    let pred;
    try {
      pred = compileFilters(parsed.filters, ds.columns, { hook: this.labels(), datasetId: ds.id });
    } catch (err) {
      return { rows: sortRows(ds, order, spec.sort?.field ?? 'index', spec.sort?.dir ?? 'asc'), error: (err as Error).message };
    }
    // Facets first: they are cheap, and the rows they keep narrow down the bytes the text search reads.
    let out: Uint32Array = order;
    if (pred) {
      const kept = new Uint32Array(order.length);
      let n = 0;
      for (let i = 0; i < order.length; i++) if (pred(order[i])) kept[n++] = order[i];
      out = kept.subarray(0, n);
    }
    if (parsed.text.length) {
      // A negated word must be looked for everywhere the kept rows are; so must a plain one.
      const candidates = pred ? out : null;
      const bitmaps = await Promise.all(parsed.text.map(async (t) => ({ negate: t.negate, bitmap: await this.text(t.text, candidates, signal) })));
      const count = Math.min(...bitmaps.map((b) => b.bitmap.length));
      const kept = new Uint32Array(out.length);
      let n = 0;
      for (let i = 0; i < out.length; i++) {
        const r = out[i];
        if (r >= count) continue; // rows added after the text search ran
        let ok = true;
        for (const b of bitmaps) if ((b.bitmap[r] === 1) === b.negate) ok = false;
        if (ok) kept[n++] = r;
      }
      out = kept.subarray(0, n);
    }
    return { rows: sortRows(ds, out, spec.sort?.field ?? 'index', spec.sort?.dir ?? 'asc') };
  }

  private async text(term: string, candidates: Uint32Array | null, signal: AbortSignal): Promise<Uint8Array> {
    // Searches restricted to the rows facets kept are not cached: the whole result is (see `rows`).
    // While indexing, only the bytes indexed so far are searched (the rest has no rows yet).
    if (candidates || this.ds.state === 'indexing') return searchText(this.ds, this.pool(), term, candidates ?? this.ds.fileOrder(), signal);
    // Once indexing is over the rows no longer change, so a whole-file result stays valid.
    const cached = this.textCache.get(term);
    if (cached && cached.bitmap.length === this.ds.columns.count) return cached.bitmap;
    const generation = this.ds.generation;
    const bitmap = await searchText(this.ds, this.pool(), term, null, signal);
    this.textCache.set(term, { generation, bitmap });
    if (this.textCache.size > 32) this.textCache.delete(this.textCache.keys().next().value!);
    return bitmap;
  }

  async page(spec: QuerySpec, offset: number, limit: number, channel?: string): Promise<SamplePage> {
    const { rows, error } = await this.rows(spec, channel);
    const slice = rows.subarray(offset, offset + limit);
    return {
      total: rows.length,
      offset,
      rows: Array.from(slice, (r) => this.row(r)),
      indexing: this.ds.state === 'indexing',
      ...(error ? { queryError: error } : {}),
    };
  }

  row(r: number): SampleRow {
    const { cols, problems, splits, models } = this.ds.columns;
    const checked = cols.gContradicted[r] >= 0;
    return {
      index: r,
      problem_id: problems.values[cols.problem[r]],
      split: splits.values[cols.split[r]],
      iteration: cols.iteration[r],
      sample_index: cols.sampleIndex[r],
      model: cols.model[r] >= 0 ? models.values[cols.model[r]] : null,
      passed: cols.passed[r] < 0 ? null : cols.passed[r] === 1,
      rationaleChars: cols.rationaleChars[r],
      grounding: checked ? { consistent: cols.gConsistent[r], contradicted: cols.gContradicted[r], unverifiable: cols.gUnverifiable[r] } : null,
    };
  }
}
