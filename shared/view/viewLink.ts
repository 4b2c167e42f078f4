/**
 * The view state a link restores: `tracelens://open?dataset=...&sample=12`
 * in the desktop app, `http://host:port/?dataset=...&sample=12` in serve mode.
 * Links come from other people (chat, issues), so decoding treats them as
 * hostile: unknown keys are ignored, numbers must be plain non-negative
 * integers, strings are length-capped and stripped of control characters,
 * and a malformed link decodes to an empty state instead of throwing.
 */
export const VIEW_TABS = ['samples', 'problem', 'dashboard', 'labels'] as const;
export type ViewTab = (typeof VIEW_TABS)[number];
/** Programs "Run & trace" can put on the timeline (the labels of `TraceJob`). */
export const VIEW_PROGRAMS = ['buggy', 'fixed', 'reference'] as const;
export type ViewProgram = (typeof VIEW_PROGRAMS)[number];

export interface ViewLinkState {
  dataset?: string;
  query?: string;
  sample?: number;
  /** Row of the sample's tests; ALL_TESTS for the combined timeline of every test. */
  test?: number;
  step?: number;
  /** The program whose on-demand trace the timeline shows; absent: the first traced (buggy first). */
  program?: ViewProgram;
  tab?: ViewTab;
  problem?: string;
}

export const DEEP_LINK_PREFIX = 'tracelens://open';
/** `test=all`: every test on one timeline. */
export const ALL_TESTS = -1;
const MAX_STRING = 4096;
const MAX_INT = 1e12;

// Short, stable parameter names: links get pasted into chats.
const KEYS = { dataset: 'dataset', query: 'q', sample: 'sample', test: 'test', step: 'step', program: 'prog', tab: 'tab', problem: 'problem' } as const;

function cleanString(value: string | null): string | undefined {
  if (value === null) return undefined;
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/[\u0000-\u001f\u007f]/g, '');
  if (cleaned.length === 0 || cleaned.length > MAX_STRING) return undefined;
  return cleaned;
}

function cleanInt(value: string | null): number | undefined {
  if (value === null || !/^\d{1,13}$/.test(value)) return undefined;
  const n = Number(value);
  return n <= MAX_INT ? n : undefined;
}

/** Builds the query string (without `?`); only set fields are written, in a fixed order. */
export function encodeViewQuery(state: ViewLinkState): string {
  const params = new URLSearchParams();
  if (state.dataset) params.set(KEYS.dataset, state.dataset);
  if (state.tab && state.tab !== 'samples') params.set(KEYS.tab, state.tab);
  if (state.query) params.set(KEYS.query, state.query);
  if (state.sample !== undefined) params.set(KEYS.sample, String(state.sample));
  if (state.test === ALL_TESTS) params.set(KEYS.test, 'all');
  else if (state.test) params.set(KEYS.test, String(state.test));
  if (state.step !== undefined) params.set(KEYS.step, String(state.step));
  if (state.program) params.set(KEYS.program, state.program);
  if (state.problem) params.set(KEYS.problem, state.problem);
  return params.toString();
}

/** Reads a query string (with or without `?`), keeping only well-formed fields. */
export function decodeViewQuery(search: string): ViewLinkState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return {};
  }
  const state: ViewLinkState = {};
  const dataset = cleanString(params.get(KEYS.dataset));
  if (dataset) state.dataset = dataset;
  const query = cleanString(params.get(KEYS.query));
  if (query) state.query = query;
  const sample = cleanInt(params.get(KEYS.sample));
  if (sample !== undefined) state.sample = sample;
  const test = params.get(KEYS.test) === 'all' ? ALL_TESTS : cleanInt(params.get(KEYS.test));
  if (test !== undefined) state.test = test;
  const step = cleanInt(params.get(KEYS.step));
  if (step !== undefined) state.step = step;
  const program = params.get(KEYS.program);
  if (program && (VIEW_PROGRAMS as readonly string[]).includes(program)) state.program = program as ViewProgram;
  const tab = params.get(KEYS.tab);
  if (tab && (VIEW_TABS as readonly string[]).includes(tab)) state.tab = tab as ViewTab;
  const problem = cleanString(params.get(KEYS.problem));
  if (problem) state.problem = problem;
  return state;
}

export function encodeDeepLink(state: ViewLinkState): string {
  const query = encodeViewQuery(state);
  return query ? `${DEEP_LINK_PREFIX}?${query}` : DEEP_LINK_PREFIX;
}

/** Decodes `tracelens://open?...`; null when the string is not a Tracelens open link at all. */
export function decodeDeepLink(link: string): ViewLinkState | null {
  if (typeof link !== 'string' || link.length > 5 * MAX_STRING) return null;
  const trimmed = link.trim();
  const lower = trimmed.toLowerCase();
  if (!lower.startsWith(DEEP_LINK_PREFIX)) return null;
  const rest = trimmed.slice(DEEP_LINK_PREFIX.length).replace(/^\/+/, '');
  if (rest !== '' && !rest.startsWith('?')) return null;
  return decodeViewQuery(rest.split('#')[0]!);
}

/** A shareable serve-mode URL: the page's origin and path with the view as its query. */
export function encodeServeUrl(base: string, state: ViewLinkState): string {
  const query = encodeViewQuery(state);
  const clean = base.split(/[?#]/)[0]!;
  return query ? `${clean}?${query}` : clean;
}
