// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loopEvents, testTrace } from '../../../../shared/trace/cursor/fixtures.test-data';
import { TestSelector } from './TestSelector';

afterEach(cleanup);

const tests = [
  testTrace(loopEvents, true, 'assert f(3) == 3'),
  { ...testTrace([], false, 'assert f(10**9) == 0'), outcome: 'timeout' as const, message: 'killed after 5 s' },
];

describe('TestSelector', () => {
  it('shows each test with its outcome and which one is chosen', () => {
    render(<TestSelector tests={tests} selected={1} onSelect={() => {}} />);
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['✓assert f(3) == 3passed', '✗assert f(10**9) == 0timed out']);
    expect(options[1].getAttribute('aria-selected')).toBe('true');
    expect(options[0].getAttribute('aria-selected')).toBe('false');
  });

  it('selects a test on click and with the arrow keys', () => {
    const onSelect = vi.fn();
    render(<TestSelector tests={tests} selected={0} onSelect={onSelect} allOption />);
    fireEvent.click(screen.getByText('assert f(10**9) == 0'));
    expect(onSelect).toHaveBeenLastCalledWith(1);
    fireEvent.keyDown(screen.getByTestId('test-selector'), { key: 'ArrowUp' });
    expect(onSelect).toHaveBeenLastCalledWith(-1);
    expect(screen.getByText('1/2 passed')).toBeTruthy();
  });
});
