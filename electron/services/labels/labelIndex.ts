import type { JournalEntry } from '../../../shared/annotation/journal';
import type { LabelFacets } from '../../../shared/contract/dataset';
import type { SampleKey } from '../../../shared/dataset/types';
import type { FacetFilter } from '../../../shared/query/parseQuery';
import type { Columns } from '../dataset/columns';
import type { LabelFilterHook, RowPredicate } from '../dataset/query/facetFilter';

type LabelFilter = Extract<FacetFilter, { field: 'label' }>;

interface Held {
  key: SampleKey;
  annotator: string;
}

interface DatasetLabels {
  /** Label id → what the filter needs: the sample key and who labelled it. */
  labels: Map<string, Held>;
  /** Bumped on every change, so cached label queries are recomputed. */
  version: number;
  /** Replay of the journal, then every applied batch in order. */
  chain: Promise<void>;
}


const ANY = new Set(['labelled', 'labeled']);
const NONE = new Set(['unlabelled', 'unlabeled']);

/**
 * Which samples carry labels, per dataset, for `label:` filters. Labels live
 * in the renderer's IndexedDB, but every change also reaches the backend's
 * label journal: the index is replayed from it once (on open or first
 * query) and then follows each append, so it needs no second copy on disk.
 */
export class LabelIndex implements LabelFilterHook {
  private sets = new Map<string, DatasetLabels>();

  constructor(private readonly readJournal: (datasetId: string) => Promise<{ entries: JournalEntry[] }>) {}

  /** Replays the dataset's journal unless already done; resolves when the index is current. */
  prepare(datasetId: string): Promise<void> {
    return this.load(datasetId).chain;
  }

  private load(datasetId: string): DatasetLabels {
    let set = this.sets.get(datasetId);
    if (!set) {
      const fresh: DatasetLabels = { labels: new Map(), version: 0, chain: Promise.resolve() };
      fresh.chain = this.readJournal(datasetId)
        .then(({ entries }) => fold(fresh, entries))
        .catch(() => undefined); // an unreadable journal filters as "no labels" rather than failing every query
      this.sets.set(datasetId, (set = fresh));
    }
    return set;
  }

  /**
   * Applies entries just appended to the journal. Before the first replay
   * they are ignored (the replay reads them from the file); during it they
   * wait for it, and re-applying entries it already saw changes nothing.
   */
  apply(datasetId: string, entries: readonly JournalEntry[]): Promise<void> {
    const set = this.sets.get(datasetId);
    if (!set) return Promise.resolve();
    set.chain = set.chain.then(() => fold(set, entries));
    return set.chain;
  }

  version(datasetId: string): number {
    return this.sets.get(datasetId)?.version ?? 0;
  }

  /** Labelled-sample and per-annotator counts (after the journal is replayed). */
  async facets(datasetId: string): Promise<LabelFacets> {
    const set = this.load(datasetId);
    await set.chain;
    const samples = new Set<string>();
    const perAnnotator = new Map<string, number>();
    for (const h of set.labels.values()) {
      samples.add(keyText(h.key));
      perAnnotator.set(h.annotator, (perAnnotator.get(h.annotator) ?? 0) + 1);
    }
    const annotators = [...perAnnotator].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
    return { datasetId, version: set.version, labelled: samples.size, annotators };
  }

  compile(filter: LabelFilter, columns: Columns, datasetId: string): RowPredicate {
    const labels = this.sets.get(datasetId)?.labels ?? new Map<string, Held>();
    const wantNone = filter.values.some((v) => NONE.has(v.toLowerCase()));
    const wantAny = filter.values.some((v) => ANY.has(v.toLowerCase()));
    const who = new Set(filter.values.filter((v) => !NONE.has(v.toLowerCase()) && !ANY.has(v.toLowerCase())));
    // Indexed from the labels' side (a few thousand) so that a row costs one Map lookup,
    // not a key string: most problems have no label at all.
    const byProblem = new Map<number, Map<string, Set<string>>>();
    for (const { key, annotator } of labels.values()) {
      const p = columns.problems.lookup(key.problem_id);
      const s = columns.splits.lookup(key.split);
      if (p === undefined || s === undefined) continue; // a label for a sample this file does not have
      let samples = byProblem.get(p);
      if (!samples) byProblem.set(p, (samples = new Map()));
      const k = `${s}:${key.iteration}:${key.sample_index}`;
      let names = samples.get(k);
      if (!names) samples.set(k, (names = new Set()));
      names.add(annotator);
    }
    const c = columns.cols;
    return (r) => {
      const samples = byProblem.get(c.problem[r]);
      const names = samples?.get(`${c.split[r]}:${c.iteration[r]}:${c.sampleIndex[r]}`);
      if (!names) return wantNone;
      if (wantAny) return true;
      for (const n of names) if (who.has(n)) return true;
      return false;
    };
  }
}

function fold(set: DatasetLabels, entries: readonly JournalEntry[]): void {
  for (const e of entries) {
    if (e.op === 'put') set.labels.set(e.label.id, { key: e.label.key, annotator: e.label.annotator });
    else if (e.op === 'delete') set.labels.delete(e.id);
  }
  set.version++;
}

function keyText(k: SampleKey): string {
  return JSON.stringify([k.problem_id, k.split, k.iteration, k.sample_index]);
}
