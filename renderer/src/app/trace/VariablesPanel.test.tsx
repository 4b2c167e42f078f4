// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loopEvents, recursionEvents, testTrace } from '../../../../shared/trace/cursor/fixtures.test-data';
import type { TraceEvent } from '../../../../shared/trace/types';
import { VariablesPanel } from './VariablesPanel';

afterEach(cleanup);

const valueOf = (name: string) => screen.getByText(name, { selector: 'dt' }).nextElementSibling?.querySelector('code')?.textContent;

describe('VariablesPanel', () => {
  it('lists the variables at the step and marks the ones it changed', () => {
    render(<VariablesPanel trace={testTrace(loopEvents)} step={5} />);
    expect(valueOf('n')).toBe('3');
    expect(valueOf('s')).toBe('1');
    expect(valueOf('i')).toBe('1');
    expect(screen.getByText('s', { selector: 'dt' }).getAttribute('data-changed')).toBe('true');
    expect(screen.getByText('i', { selector: 'dt' }).getAttribute('data-changed')).toBeNull();
  });

  it('shows the return value at a return step', () => {
    render(<VariablesPanel trace={testTrace(loopEvents)} step={9} />);
    expect(screen.getByTestId('variables-panel').textContent).toContain('returns 3');
  });

  it('shows the executing frame first and its caller after it', () => {
    render(<VariablesPanel trace={testTrace(recursionEvents)} step={4} />);
    const frames = screen.getAllByRole('region');
    expect(frames).toHaveLength(2);
    expect(within(frames[0]).getByText('(executing)')).toBeTruthy();
    expect(within(frames[0]).getByText('1')).toBeTruthy();
    expect(within(frames[1]).getByText('2')).toBeTruthy();
  });

  it('cuts long values and expands them on request', () => {
    const big = `'${'x'.repeat(500)}'`;
    const events: TraceEvent[] = [{ step: 0, line: 1, kind: 'line', changed: { big }, truncated: ['big'] }];
    render(<VariablesPanel trace={testTrace(events)} step={0} maxValueLength={40} />);
    expect(valueOf('big')?.length).toBe(41);
    expect(screen.getByText('(cut by tracer)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /more \(502 chars\)/ }));
    expect(valueOf('big')).toBe(big);
  });

  it('shows at most 20,000 characters of a huge value even when expanded', () => {
    const huge = 'y'.repeat(1_000_000);
    render(<VariablesPanel trace={testTrace([{ step: 0, line: 1, kind: 'line', changed: { huge } }])} step={0} />);
    fireEvent.click(screen.getByRole('button', { name: /more/ }));
    expect(valueOf('huge')?.length).toBe(20_000);
    expect(screen.getByText(/980000 more characters not shown/)).toBeTruthy();
  });

  it('asks for a step when none is chosen', () => {
    render(<VariablesPanel trace={testTrace(loopEvents)} step={null} />);
    expect(screen.getByTestId('variables-panel').textContent).toContain('Pick a step');
  });
});
