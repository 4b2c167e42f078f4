import { z } from 'zod';
import type { RowFacets } from '../dataset/adapters/types';
import type { InputIssue, Sample, SampleKey } from '../dataset/types';
import { event, request } from './define';

export interface IndexProgress {
  bytesDone: number;
  bytesTotal: number;
  records: number;
  /** MB per second so far. */
  rateMBs: number;
  /** Estimated seconds left, null until there is a rate. */
  etaSeconds: number | null;
  elapsedMs: number;
  /**
   * What the bytes count: a `.jsonl.gz` being decompressed or a JSON array
   * being rewritten as JSONL (bytes of the source file, `file` names it),
   * then indexing (bytes of JSONL). Absent means indexing.
   */
  phase?: IndexPhase;
  /** The file being decompressed or converted (relative path, for display). */
  file?: string;
}

export type IndexPhase = 'decompressing' | 'converting' | 'indexing';

export interface FacetCount<V = string> {
  value: V;
  count: number;
}

export interface DatasetFileInfo {
  path: string;
  /** Path relative to the dataset root, for display. */
  relPath: string;
  bytes: number;
  records: number;
  skipped: number;
  /** Which adapter reads it: 'canonical', 'mbpp', 'humaneval', 'debugbench', 'mapping:<name>'; 'none' when skipped (empty, unrecognised: see `unrecognised`). */
  adapter: string;
}

export interface DatasetSummary {
  /** Stable id of the opened dataset (derived from its resolved path). */
  id: string;
  path: string;
  name: string;
  state: 'indexing' | 'ready' | 'error';
  error?: string;
  progress: IndexProgress | null;
  /** Records indexed so far (all of them once ready). */
  records: number;
  /** Lines that could not be read; details through `dataset:issues`. */
  skipped: number;
  /** Total lines seen, for "3 of 100,000 lines skipped". */
  lines: number;
  files: DatasetFileInfo[];
  facets: {
    splits: FacetCount[];
    iterations: FacetCount<number>[];
    models: FacetCount[];
    passed: { passed: number; failed: number; unknown: number };
    problems: number;
  };
  /**
   * Bumped whenever rows are added or a background pass (the grounding check)
   * fills a derived column: lists and charts re-query when it changes.
   */
  revision?: number;
  /** True when the index came from the on-disk cache. */
  fromCache: boolean;
  /** Set when a file's fields were not recognised: the UI offers the mapping form. */
  unrecognised?: { file: string; fields: string[] }[];
}

export interface GroundingCounts {
  consistent: number;
  contradicted: number;
  unverifiable: number;
}

/** One row of the sample list: only index columns (the facets the indexer keeps), never the long strings. */
export interface SampleRow extends RowFacets {
  /** Position in the dataset index: the handle for `dataset:sample`. */
  index: number;
  grounding: GroundingCounts | null;
}

export interface SamplePage {
  total: number;
  offset: number;
  rows: SampleRow[];
  /** True while indexing continues: `total` may still grow. */
  indexing: boolean;
  /** A query that could not be understood; the rows are then unfiltered. */
  queryError?: string;
}

export interface SampleDetail {
  index: number;
  key: SampleKey;
  /** Stable hash of the sample's content (labels use it to detect stale samples). */
  contentHash: string;
  sample: Sample;
  source: { file: string; line: number };
  /** Problems found while normalising this record (e.g. a field of the wrong type). */
  warnings: string[];
}

/** What `label:` filters see of a dataset's labels (from the backend's label journal). */
export interface LabelFacets {
  datasetId: string;
  /** Bumped on every change. */
  version: number;
  /** Samples with at least one label. */
  labelled: number;
  /** Labels per annotator, most first. */
  annotators: FacetCount[];
}

export interface StatsRow {
  split: string;
  iteration: number;
  samples: number;
  problems: number;
  fix_rate: number | null;
  pass_at_k: { '1': number | null; '5': number | null; '10': number | null };
  mean_rationale_chars: number | null;
  grounding?: GroundingCounts & { samplesChecked: number };
}

export const datasetId = z.string().min(1).max(200);
export const sortFields = ['index', 'problem_id', 'split', 'iteration', 'sample_index', 'passed', 'rationaleChars', 'contradicted'] as const;

export const datasetRequests = {
  /** Open a file or folder; returns at once while indexing continues (progress events follow). */
  'dataset:open': request<DatasetSummary>()(
    z.object({ path: z.string().min(1).max(4096), mapping: z.string().max(4096).optional() }).strict(),
  ),
  /** The summary of an open dataset (state, facets, files). */
  'dataset:summary': request<DatasetSummary>()(z.object({ datasetId }).strict()),
  /** A page of the sample list for a search query such as `iter:2 passed:false "off by one"`. */
  'dataset:query': request<SamplePage>()(
    z
      .object({
        datasetId,
        query: z.string().max(10_000).default(''),
        sort: z.object({ field: z.enum(sortFields), dir: z.enum(['asc', 'desc']) }).optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(100),
        /**
         * One list on screen (any stable id): when it asks for another query,
         * the full-text search of its previous one stops, and requests still
         * waiting for that one fail with `unavailable` (superseded).
         */
        channel: z.string().min(1).max(200).optional(),
      })
      .strict(),
  ),
  /**
   * Where the sample at dataset `index` sits in a query's result (0-based list
   * position), or null when the query does not match it: lets the list scroll
   * a deep-linked sample into view when its page is not loaded.
   */
  'dataset:position': request<number | null>()(
    z
      .object({
        datasetId,
        query: z.string().max(10_000).default(''),
        sort: z.object({ field: z.enum(sortFields), dir: z.enum(['asc', 'desc']) }).optional(),
        index: z.number().int().min(0),
      })
      .strict(),
  ),
  /** The full record at an index, normalised to the canonical format. */
  'dataset:sample': request<SampleDetail>()(z.object({ datasetId, index: z.number().int().min(0) }).strict()),
  /** Skipped lines with file, line and reason. */
  'dataset:issues': request<{ total: number; issues: InputIssue[] }>()(
    z.object({ datasetId, offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(200) }).strict(),
  ),
  /** Per split × iteration statistics (the table of `tracelens stats`). */
  'dataset:stats': request<StatsRow[]>()(z.object({ datasetId, query: z.string().max(10_000).optional() }).strict()),
};

export const datasetEvents = {
  'dataset:progress': event<{ datasetId: string; progress: IndexProgress }>(),
  /** The summary changed: indexing advanced or finished, a file changed on disk. */
  'dataset:changed': event<{ summary: DatasetSummary }>(),
  /** The dataset's labels changed (or were first read from the label journal): `label:` results may differ. */
  'dataset:labels-changed': event<LabelFacets>(),
};
