import { encodeDeepLink, encodeServeUrl, encodeViewQuery, type ViewLinkState } from '../../../../shared/view/viewLink';
import { useViewStore, type ViewState } from './viewStore';

/** The link fields of the view state (what a colleague needs to see the same thing). */
export function viewLinkState(v: ViewState): ViewLinkState {
  const state: ViewLinkState = { tab: v.tab };
  if (v.datasetPath) state.dataset = v.datasetPath;
  if (v.query) state.query = v.query;
  if (v.sampleIndex !== null) state.sample = v.sampleIndex;
  if (v.testIndex) state.test = v.testIndex;
  if (v.step !== null) state.step = v.step;
  if (v.program) state.program = v.program;
  if (v.problemId) state.problem = v.problemId;
  return state;
}

/** The link to share: `tracelens://open?...` in the desktop app, the page URL in serve mode. */
export function shareableLink(v: ViewState = useViewStore.getState()): string {
  const state = viewLinkState(v);
  if (typeof window !== 'undefined' && !window.tracelens && /^https?:$/.test(window.location.protocol)) {
    return encodeServeUrl(`${window.location.origin}${window.location.pathname}`, state);
  }
  return encodeDeepLink(state);
}

/**
 * Keeps the address bar equal to the view (history.replaceState, so the Back
 * button is not flooded with steps). Nothing is written before a dataset is
 * open: start-up still has to read the link the page was opened with.
 * Returns the cleanup.
 */
let connections = 0;
let disconnect: (() => void) | null = null;

export function connectUrlSync(): () => void {
  // Idempotent: the shell and a view may both ask for it; one subscription serves them.
  connections++;
  disconnect ??= subscribeUrl();
  return () => {
    if (--connections === 0) {
      disconnect?.();
      disconnect = null;
    }
  };
}

function subscribeUrl(): () => void {
  let last = '';
  const write = (v: ViewState) => {
    if (!v.datasetPath) return;
    const query = encodeViewQuery(viewLinkState(v));
    if (query === last) return;
    last = query;
    try {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
    } catch {
      // Some embedding contexts (file://, sandboxed frames) refuse replaceState; the view still works.
    }
  };
  write(useViewStore.getState());
  return useViewStore.subscribe(write);
}
