// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { decodeViewQuery } from '../../../../shared/view/viewLink';
import { connectUrlSync, shareableLink } from './urlSync';
import { initialViewState, useViewStore } from './viewStore';

describe('URL sync', () => {
  afterEach(() => useViewStore.setState(initialViewState));

  it('leaves the start-up URL alone until a dataset is open, then mirrors the view', () => {
    window.history.replaceState(null, '', '/?dataset=%2Fdata%2Frun.jsonl&sample=5&step=3');
    const off = connectUrlSync();
    useViewStore.getState().openTab('dashboard');
    expect(window.location.search).toBe('?dataset=%2Fdata%2Frun.jsonl&sample=5&step=3');
    useViewStore.getState().set({ tab: 'samples', datasetPath: '/data/run.jsonl', datasetId: 'x', query: 'iter:2' });
    useViewStore.getState().selectSample(12);
    useViewStore.getState().selectTest(1);
    useViewStore.getState().setStep(40);
    expect(decodeViewQuery(window.location.search)).toEqual({ dataset: '/data/run.jsonl', query: 'iter:2', sample: 12, test: 1, step: 40 });
    // The program "Run & trace" shows is part of the link; another program's trace has other steps.
    useViewStore.getState().showProgram('fixed');
    expect(decodeViewQuery(window.location.search)).toEqual({ dataset: '/data/run.jsonl', query: 'iter:2', sample: 12, test: 1, program: 'fixed' });
    useViewStore.getState().selectSample(13);
    expect(decodeViewQuery(window.location.search).program).toBeUndefined();
    useViewStore.getState().setStep(40);
    off();
    useViewStore.getState().setStep(41);
    expect(decodeViewQuery(window.location.search).step).toBe(40);
  });

  it('shares a serve-mode URL in the browser', () => {
    useViewStore.setState({ datasetPath: 'd.jsonl', sampleIndex: 2 });
    expect(shareableLink()).toBe(`${window.location.origin}/?dataset=d.jsonl&sample=2`);
  });
});
