// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { stubLayoutApis } from '../../../testing/jsdomLayout';
import { sumInline } from '../../../../../shared/grounding/fixtures.test-data';

vi.mock('../../../api', () => ({ api: { request: vi.fn(), on: vi.fn(() => () => undefined) } }));

const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
beforeAll(() => {
  stubLayoutApis();
  // As in a browser that blocks site data: merely reading `localStorage` throws.
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
});
afterAll(() => {
  cleanup();
  if (original) Object.defineProperty(globalThis, 'localStorage', original);
});

describe('sample view where the browser blocks storage', () => {
  it('loads, lays out its panes and toggles the model view for the session', async () => {
    vi.resetModules();
    const { SampleDetailView } = await import('./SampleDetailView');
    const sample = { problem_id: 'p', split: 'train', iteration: 1, sample_index: 0, trace: sumInline, rationale: 'On line 4 `total` grows.' };
    render(<SampleDetailView detail={{ index: 0, key: sample, contentHash: 'blocked', sample, source: { file: '/d/run.jsonl', line: 1 }, warnings: [] }} />);
    expect(screen.getByTestId('program-pane').textContent).toContain('total += i');
    expect(screen.getByTestId('trace-panel')).toBeTruthy();
    fireEvent.click(screen.getByTestId('model-view-toggle'));
    expect(screen.getByTestId('code-line-4').textContent).toContain('# (5) total=1');
  });
});
