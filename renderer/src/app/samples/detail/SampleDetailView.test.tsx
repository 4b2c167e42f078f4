// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { stubLayoutApis } from '../../../testing/jsdomLayout';
import type { SampleDetail } from '../../../../../shared/contract';
import type { Sample } from '../../../../../shared/dataset/types';
import { sumInline } from '../../../../../shared/grounding/fixtures.test-data';
import { useBlindModeStore } from '../../annotation/blindMode';
import { initialViewState, useViewStore } from '../../state/viewStore';
import { SampleDetailView } from './SampleDetailView';

const request = vi.fn();
vi.mock('../../../api', () => ({ api: { request: (...a: unknown[]) => request(...a), on: vi.fn(() => () => undefined) } }));

beforeAll(stubLayoutApis);

function detailOf(sample: Partial<Sample>): SampleDetail {
  const full: Sample = { problem_id: 'mbpp/1', split: 'train', iteration: 2, sample_index: 3, ...sample };
  return { index: 7, key: { problem_id: full.problem_id, split: full.split, iteration: full.iteration, sample_index: full.sample_index }, contentHash: `h${Math.random()}`, sample: full, source: { file: '/d/run.jsonl', line: 8 }, warnings: [] };
}

const timeoutResult = {
  format: 'tracelens.trace/v1',
  code: 'def f(n):\n    while True: pass',
  tests: [{ test: 'assert f(1) == 1', outcome: 'timeout', passed: false, events: [{ step: 0, line: 1, kind: 'call', func: 'f', changed: { n: '1' } }], truncated: true, stdout: '', message: 'timed out after 5 s' }],
  durationMs: 5000,
  cached: false,
  python: 'python3',
};

const buggy = 'def sum_to(n):\n    total = 0\n    for i in range(n):\n        total += i\n    return total';

describe('SampleDetailView', () => {
  afterEach(() => {
    cleanup();
    useViewStore.setState(initialViewState);
    request.mockReset();
  });

  it('shows program, tests, rationale and fix, and links the code to the timeline', async () => {
    render(
      <SampleDetailView
        detail={detailOf({
          trace: sumInline,
          rationale: 'On line 4, `total` grows, and the function returns 10.',
          task: { buggy_code: buggy, tests: ['assert sum_to(4) == 10'] },
          fixed_code: buggy.replace('range(n)', 'range(1, n + 1)'),
          test_results: [{ test: 'assert sum_to(4) == 10', passed: true }],
          passed: true,
        })}
      />,
    );
    for (const id of ['program-pane', 'tests-pane', 'rationale-pane', 'fix-pane', 'grounding-summary']) expect(screen.getByTestId(id)).toBeTruthy();
    expect(screen.getByTestId('grounding-summary').textContent).toContain('2 claims: 1 consistent, 1 contradicted');
    // Clicking a code line jumps to its first step; the line becomes current.
    fireEvent.click(screen.getByTestId('code-line-4'));
    expect(useViewStore.getState().step).toBe(5);
    await waitFor(() => expect(screen.getByTestId('code-line-4').getAttribute('aria-current')).toBe('step'));
    // Hovering the rationale's line mention tints that code line.
    fireEvent.mouseEnter(screen.getByTestId('claim-0'));
    expect(screen.getByTestId('code-line-4').className).toContain('is-highlighted');
    // Hovering a claim with a step marks that step on the timeline without moving the cursor.
    fireEvent.mouseEnter(screen.getByTestId('claim-1'));
    expect(screen.getByTestId('timeline-preview').getAttribute('data-step')).toBe('10');
    expect(useViewStore.getState().step).toBe(5);
    fireEvent.mouseLeave(screen.getByTestId('claim-1'));
    expect(screen.queryByTestId('timeline-preview')).toBeNull();
    expect(screen.getByTestId('fix-diff-split').textContent).toContain('range(1, n + 1)');
    // The model's view shows the inline trace comments.
    fireEvent.click(screen.getByTestId('model-view-toggle'));
    expect(screen.getByTestId('code-line-3').textContent).toContain('# (2) i=0');
    fireEvent.click(screen.getByTestId('model-view-toggle'));
  });

  it('says what is missing for a bare record and still shows the rest', () => {
    render(<SampleDetailView detail={detailOf({ task: { buggy_code: 'def f(:\n  return' } })} />);
    expect(screen.getByTestId('sample-missing').textContent).toBe('missing: trace, rationale, tests, fix');
    expect(screen.getByTestId('code-line-1').textContent).toContain('def f(:');
    expect(screen.getByTestId('trace-missing').textContent).toContain('This sample has no execution trace.');
    expect(screen.getByTestId('tests-missing').textContent).toBe('This sample has no tests.');
    expect(screen.getByTestId('rationale-missing')).toBeTruthy();
    expect(screen.getByTestId('fix-missing')).toBeTruthy();
    expect((screen.getByTestId('run-trace-button') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('run-trace').textContent).toContain('Cannot trace: the sample has no tests to run the code against');
  });

  it('runs and traces a sample without a trace, showing outcomes such as a timeout', async () => {
    request.mockImplementation(async (name: string) => (name === 'trace:cached' ? null : timeoutResult));
    render(<SampleDetailView detail={detailOf({ task: { buggy_code: 'def f(n):\n    while True: pass', tests: ['assert f(1) == 1'], entry_point: 'f' } })} />);
    await act(async () => fireEvent.click(screen.getByTestId('run-trace-button')));
    expect(request).toHaveBeenCalledWith('trace:run', { code: 'def f(n):\n    while True: pass', tests: ['assert f(1) == 1'], entry_point: 'f' });
    await waitFor(() => expect(screen.getByTestId('trace-panel')).toBeTruthy());
    expect(screen.getByTestId('tests-pane').textContent).toContain('timed out');
  });

  it('traces the buggy program and the fix, lets the user choose the one the timeline shows, and keeps the diff', async () => {
    const fixed = buggy.replace('range(n)', 'range(1, n + 1)');
    const traced = (code: string, passed: boolean) => ({
      format: 'tracelens.trace/v1',
      code,
      tests: [{ test: 'assert sum_to(2) == 3', outcome: passed ? 'ok' : 'failed', passed, events: [{ step: 0, line: 1, kind: 'call', func: 'sum_to', changed: { n: '2' } }], truncated: false, stdout: '' }],
      durationMs: 10,
      cached: false,
      python: 'python3',
    });
    request.mockImplementation(async (name: string, args: { code: string }) => (name === 'trace:cached' ? null : traced(args.code, args.code === fixed)));
    render(<SampleDetailView detail={detailOf({ task: { buggy_code: buggy, tests: ['assert sum_to(2) == 3'], entry_point: 'sum_to' }, fixed_code: fixed })} />);
    expect(screen.getByTestId('run-trace').textContent).toContain('the buggy program and the model’s fix on 1 test');
    await act(async () => fireEvent.click(screen.getByTestId('run-trace-button')));
    await waitFor(() => expect(screen.getByTestId('trace-choice-fixed').textContent).toContain('1/1 test pass'));
    // The buggy program is shown first; the fix is one click away.
    expect(screen.getByTestId('trace-choice-buggy').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('trace-choice-buggy').textContent).toContain('0/1 test pass');
    expect(screen.getByTestId('code-line-3').textContent).toContain('range(n)');
    fireEvent.click(screen.getByTestId('trace-choice-fixed'));
    expect(screen.getByTestId('trace-choice-fixed').getAttribute('aria-pressed')).toBe('true');
    // The choice is view state, so a link (or a reload) keeps it.
    expect(useViewStore.getState().program).toBe('fixed');
    expect(screen.getByTestId('code-line-3').textContent).toContain('range(1, n + 1)');
    expect(screen.getByTestId('program-fixed')).toBeTruthy();
    expect(screen.getByTestId('test-row-0').textContent).toContain('passes');
    // The fix pane still compares the fix with the buggy program.
    expect(screen.getByTestId('fix-diff-split').textContent).toContain('range(n)');
  });

  it('reopened from a link that names the fix, shows the fix’s earlier trace without a click', async () => {
    const fixed = buggy.replace('range(n)', 'range(1, n + 1)');
    const traced = (code: string) => ({ ...timeoutResult, code, tests: [{ ...timeoutResult.tests[0]!, outcome: 'ok', passed: true }], cached: true });
    request.mockImplementation(async (name: string, args: { code: string }) => (name === 'trace:cached' ? traced(args.code) : null));
    useViewStore.setState({ program: 'fixed' });
    render(<SampleDetailView detail={detailOf({ task: { buggy_code: buggy, tests: ['assert sum_to(2) == 3'] }, fixed_code: fixed })} />);
    await waitFor(() => expect(screen.getByTestId('trace-choice-fixed').getAttribute('aria-pressed')).toBe('true'));
    expect(screen.getByTestId('code-line-3').textContent).toContain('range(1, n + 1)');
    expect(request.mock.calls.filter(([name]) => name === 'trace:run')).toHaveLength(0);
  });

  it('in blind mode traces only the buggy program: the fix’s trace would tell whether it passes', async () => {
    request.mockImplementation(async (name: string) => (name === 'trace:cached' ? null : timeoutResult));
    useBlindModeStore.setState({ blind: true });
    try {
      render(<SampleDetailView detail={detailOf({ task: { buggy_code: buggy, tests: ['assert sum_to(2) == 3'] }, fixed_code: buggy.replace('range(n)', 'range(1, n + 1)') })} />);
      expect(screen.getByTestId('run-trace').textContent).toMatch(/Traces the buggy program on 1 test\b/);
      await act(async () => fireEvent.click(screen.getByTestId('run-trace-button')));
      expect(request.mock.calls.filter(([name]) => name === 'trace:run')).toHaveLength(1);
      expect(screen.queryByTestId('trace-choice-fixed')).toBeNull();
    } finally {
      useBlindModeStore.setState({ blind: false });
    }
  });

  it('says once that no Python was found, for every program it could not trace, and lets the user retry', async () => {
    request.mockImplementation(async (name: string) => {
      if (name === 'trace:cached') return null;
      throw new Error('No Python 3 interpreter found: install Python 3 or set its path in Settings');
    });
    render(<SampleDetailView detail={detailOf({ task: { buggy_code: buggy, tests: ['assert sum_to(2) == 3'] }, fixed_code: buggy.replace('range(n)', 'range(1, n + 1)') })} />);
    await act(async () => fireEvent.click(screen.getByTestId('run-trace-button')));
    await waitFor(() => expect(screen.getByTestId('run-trace-error').textContent).toBe('Buggy program, Model’s fix: No Python 3 interpreter found: install Python 3 or set its path in Settings'));
    expect((screen.getByTestId('run-trace-button') as HTMLButtonElement).disabled).toBe(false);
  });

  it('lists the tests Run & trace derives for a DebugBench problem before it runs them', () => {
    request.mockImplementation(async () => null);
    const description = 'Add.\n\nExample 1:\nInput: a = 1, b = 2\nOutput: 3';
    const code = 'class Solution:\n    def add(self, a: int, b: int) -> int:\n        return a - b\n';
    render(<SampleDetailView detail={detailOf({ task: { description, buggy_code: code, reference_code: code.replace('-', '+') } })} />);
    expect(screen.getByTestId('test-row-0').textContent).toContain('assert Solution().add(1, 2) == 3');
    expect(screen.getByTestId('test-row-0').textContent).toContain('no trace');
    expect(screen.getByTestId('run-trace').textContent).toContain('the buggy program and the reference solution on 1 test');
  });

  it('shows what the backend traced before without a click', async () => {
    request.mockImplementation(async (name: string) => (name === 'trace:cached' ? { ...timeoutResult, cached: true } : null));
    render(<SampleDetailView detail={detailOf({ task: { buggy_code: 'def f(n):\n    while True: pass', tests: ['assert f(1) == 1'], entry_point: 'f' } })} />);
    await waitFor(() => expect(screen.getByTestId('trace-panel')).toBeTruthy());
    expect(screen.getByTestId('run-trace-cached')).toBeTruthy();
    expect(request).not.toHaveBeenCalledWith('trace:run', expect.anything());
  });

  it('survives a malformed structured trace and a rationale of the wrong type', () => {
    render(
      <SampleDetailView
        detail={detailOf({
          trace: { format: 'x', code: 5, tests: [{ test: 'assert f(1) == 1', events: [{ step: 0, line: 1, changed: 'bad' }, { line: 'x' }] }, 7] } as never,
          rationale: { text: 'not a string' } as never,
          task: { buggy_code: 'def f(n):\n    return n', tests: 'assert f(1) == 1' as never },
        })}
      />,
    );
    expect(screen.getByTestId('trace-warnings').textContent).toContain('problem');
    expect(screen.getByTestId('trace-panel')).toBeTruthy();
    expect(screen.getByTestId('rationale-missing')).toBeTruthy();
    expect(screen.queryByTestId('pane-error')).toBeNull();
    // A tests field that is a string, not a list, is no tests: the trace's own test is listed once.
    expect(screen.getAllByRole('option')).toHaveLength(1);
  });

  it('choosing a test switches the timeline to its trace', () => {
    render(
      <SampleDetailView
        detail={detailOf({
          trace: {
            format: 'tracelens.trace/v1',
            code: buggy,
            tests: [
              { test: 'assert sum_to(1) == 1', outcome: 'failed', passed: false, events: [{ step: 0, line: 1, kind: 'call', func: 'sum_to', changed: { n: '1' } }], truncated: false, stdout: '', exception: { type: 'AssertionError', message: '' } },
              { test: 'assert sum_to(0) == 0', outcome: 'ok', passed: true, events: [{ step: 0, line: 1, kind: 'call', func: 'sum_to', changed: { n: '0' } }, { step: 1, line: 2, kind: 'line', func: 'sum_to', changed: { total: '0' } }], truncated: false, stdout: '' },
            ],
          },
          rationale: 'n is 1.',
        })}
      />,
    );
    expect(screen.getByTestId('test-row-0').textContent).toContain('assertion fails');
    expect(screen.getByTestId('tests-pane').textContent).toContain('AssertionError');
    fireEvent.click(screen.getByTestId('test-row-1'));
    expect(useViewStore.getState().testIndex).toBe(1);
    expect(screen.getByTestId('test-row-1').getAttribute('aria-selected')).toBe('true');
    fireEvent.click(screen.getByTestId('code-line-2'));
    expect(useViewStore.getState().step).toBe(1);
    // "All tests": both traces on one timeline, the second shifted after the first.
    fireEvent.click(screen.getByTestId('test-row-all'));
    expect(useViewStore.getState().testIndex).toBe(-1);
    expect(screen.getByTestId('test-row-all').getAttribute('aria-selected')).toBe('true');
    fireEvent.click(screen.getByTestId('code-line-2'));
    expect(useViewStore.getState().step).toBe(2);
  });
});
