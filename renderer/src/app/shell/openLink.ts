import { decodeDeepLink, decodeViewQuery, type ViewLinkState } from '../../../../shared/view/viewLink';
import { useDatasetStore } from '../dataset/datasetStore';
import { useViewStore } from '../state/viewStore';

/**
 * Restores a view from a link (a `tracelens://open?...` deep link, or the
 * query of a serve-mode URL): opens its dataset when it names another one,
 * then applies the rest of the view.
 */
export async function applyViewLink(state: ViewLinkState): Promise<void> {
  const view = useViewStore.getState();
  if (state.dataset && state.dataset !== view.datasetPath) await useDatasetStore.getState().open(state.dataset);
  useViewStore.getState().set({
    ...(state.tab ? { tab: state.tab } : {}),
    ...(state.query !== undefined ? { query: state.query } : {}),
    ...(state.problem ? { problemId: state.problem } : {}),
    ...(state.sample !== undefined ? { sampleIndex: state.sample, testIndex: state.test ?? 0, step: state.step ?? null, program: state.program ?? null } : {}),
  });
}

export async function openDeepLink(link: string): Promise<boolean> {
  const state = decodeDeepLink(link);
  if (!state) return false;
  await applyViewLink(state);
  return true;
}

export const viewLinkFromLocation = (): ViewLinkState => decodeViewQuery(window.location.search);
