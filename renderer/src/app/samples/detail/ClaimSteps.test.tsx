// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { stubLayoutApis } from '../../../testing/jsdomLayout';
import type { SampleDetail } from '../../../../../shared/contract';
import type { StructuredTrace } from '../../../../../shared/trace/types';
import { ALL_TESTS } from '../../../../../shared/view/viewLink';
import { initialViewState, useViewStore } from '../../state/viewStore';
import { SampleDetailView } from './SampleDetailView';

const request = vi.fn();
vi.mock('../../../api', () => ({ api: { request: (...a: unknown[]) => request(...a), on: vi.fn(() => () => undefined) } }));

beforeAll(stubLayoutApis);

// Two tests, each numbered from step 0: `total` is 0 only at step 1 of the second test.
const trace: StructuredTrace = {
  format: 'tracelens.trace/v1',
  code: 'def sum_to(n):\n    total = 0\n    for i in range(n):\n        total += i\n    return total',
  tests: [
    { test: 'assert sum_to(1) == 1', outcome: 'failed', passed: false, events: [{ step: 0, line: 1, kind: 'call', func: 'sum_to', changed: { n: '1' } }], truncated: false, stdout: '' },
    {
      test: 'assert sum_to(0) == 0',
      outcome: 'ok',
      passed: true,
      events: [
        { step: 0, line: 1, kind: 'call', func: 'sum_to', changed: { n: '0' } },
        { step: 1, line: 2, kind: 'line', func: 'sum_to', changed: { total: '0' } },
      ],
      truncated: false,
      stdout: '',
    },
  ],
};
const detail: SampleDetail = {
  index: 0,
  key: { problem_id: 'p', split: 'train', iteration: 1, sample_index: 0 },
  contentHash: 'claim-steps',
  sample: { problem_id: 'p', split: 'train', iteration: 1, sample_index: 0, trace, rationale: 'Then `total` is 0.' },
  source: { file: '/d/run.jsonl', line: 1 },
  warnings: [],
};

describe('claims about a later test', () => {
  afterEach(() => {
    cleanup();
    useViewStore.setState(initialViewState);
  });

  it('on the combined timeline, land in that test, not at the same step number of the first', () => {
    useViewStore.setState({ testIndex: ALL_TESTS });
    render(<SampleDetailView detail={detail} />);
    const claim = screen.getByTestId('claim-0');
    expect(claim.getAttribute('data-verdict')).toBe('consistent');
    // Its tooltip says in which test the trace bears it out.
    expect(claim.getAttribute('title')).toMatch(/\(in test 2: assert sum_to\(0\) == 0\)$/);
    // The first test has one step (0); the second test's step 1 is step 2 of the combined timeline.
    fireEvent.mouseEnter(claim);
    expect(screen.getByTestId('timeline-preview').getAttribute('data-step')).toBe('2');
    fireEvent.click(claim);
    expect(useViewStore.getState()).toMatchObject({ testIndex: ALL_TESTS, step: 2 });
    expect(screen.getByTestId('code-line-2').getAttribute('aria-current')).toBe('step');
  });

  it('with the first test shown, switch to the test the claim is about', () => {
    render(<SampleDetailView detail={detail} />);
    const claim = screen.getByTestId('claim-0');
    // Not previewed on a timeline it is not on.
    fireEvent.mouseEnter(claim);
    expect(screen.queryByTestId('timeline-preview')).toBeNull();
    fireEvent.click(claim);
    expect(useViewStore.getState()).toMatchObject({ testIndex: 1, step: 1 });
    expect(screen.getByTestId('test-row-1').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('code-line-2').getAttribute('aria-current')).toBe('step');
  });
});

describe('claims while the timeline shows the fix', () => {
  afterEach(() => {
    cleanup();
    useViewStore.setState(initialViewState);
    request.mockReset();
  });

  it('are about the buggy program’s trace: not previewed on the fix, and a click brings the buggy trace back at the claim’s step', async () => {
    const code = trace.code;
    const fixed = code.replace('total = 0', 'total = n');
    // Earlier "Run & trace" results, answered from the cache: the buggy program sets total to 0 at step 1, the fix never does.
    const run = (program: string) => ({ ...trace, code: program, tests: [{ ...trace.tests[1]!, events: [trace.tests[1]!.events[0]!, { ...trace.tests[1]!.events[1]!, changed: { total: program === code ? '0' : '5' } }] }], durationMs: 1, cached: true, python: 'python3' });
    request.mockImplementation(async (name: string, args: { code: string }) => (name === 'trace:cached' ? run(args.code) : null));
    useViewStore.setState({ program: 'fixed' });
    const sample = { problem_id: 'p', split: 'train', iteration: 1, sample_index: 1, rationale: 'Then `total` is 0.', task: { buggy_code: code, tests: ['assert sum_to(0) == 0'] }, fixed_code: fixed };
    render(<SampleDetailView detail={{ ...detail, contentHash: 'claims-on-fix', sample }} />);
    await waitFor(() => expect(screen.getByTestId('program-fixed')).toBeTruthy());
    const claim = screen.getByTestId('claim-0');
    expect(claim.getAttribute('data-verdict')).toBe('consistent');
    fireEvent.mouseEnter(claim);
    expect(screen.queryByTestId('timeline-preview')).toBeNull();
    expect(screen.getByTestId('code-line-2').className).not.toContain('is-highlighted');
    fireEvent.click(claim);
    expect(useViewStore.getState()).toMatchObject({ program: 'buggy', step: 1 });
    expect(screen.getByTestId('trace-choice-buggy').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('code-line-2').textContent).toContain('total = 0');
    expect(screen.getByTestId('code-line-2').getAttribute('aria-current')).toBe('step');
  });
});
