import { afterEach, describe, expect, it, vi } from 'vitest';
import { initialViewState, useViewStore } from '../state/viewStore';
import { openDeepLink } from './openLink';

vi.mock('../../api', () => ({ api: { request: vi.fn(), on: vi.fn(() => () => undefined) } }));

describe('openDeepLink', () => {
  afterEach(() => useViewStore.setState(initialViewState));

  it('restores the sample, test, step and the program on the timeline', async () => {
    expect(await openDeepLink('tracelens://open?sample=4&test=1&step=9&prog=reference')).toBe(true);
    expect(useViewStore.getState()).toMatchObject({ sampleIndex: 4, testIndex: 1, step: 9, program: 'reference' });
    // A link to another sample without a program shows that sample's default, not the previous choice.
    await openDeepLink('tracelens://open?sample=5');
    expect(useViewStore.getState()).toMatchObject({ sampleIndex: 5, program: null });
    // An unknown program is ignored like any malformed field.
    await openDeepLink('tracelens://open?sample=6&prog=rm%20-rf');
    expect(useViewStore.getState()).toMatchObject({ sampleIndex: 6, program: null });
  });
});
