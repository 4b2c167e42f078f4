// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CodeView } from './CodeView';

describe('CodeView', () => {
  afterEach(cleanup);

  it('highlights Python with shiki as React elements, never as HTML', async () => {
    const code = 'def f(s):\n    return "<script>alert(1)</script>" + s  # <b>not bold</b>';
    const { container } = render(<CodeView code={code} />);
    // Plain text first, then tokens with colours.
    expect(screen.getByTestId('code-line-2').textContent).toContain('<script>alert(1)</script>');
    await waitFor(() => expect(container.querySelectorAll('.code-src span[style*="color"]').length).toBeGreaterThan(3), { timeout: 10_000 });
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByTestId('code-line-2').textContent).toContain('# <b>not bold</b>');
  });

  it('marks the current and highlighted lines and reports clicks and hovers by line', () => {
    const onLineClick = vi.fn();
    const onLineHover = vi.fn();
    render(<CodeView code={'a = 1\nb = 2\nc = 3'} currentLine={2} highlightedLines={new Set([3])} onLineClick={onLineClick} onLineHover={onLineHover} />);
    expect(screen.getByTestId('code-line-2').getAttribute('aria-current')).toBe('step');
    expect(screen.getByTestId('code-line-3').className).toContain('is-highlighted');
    fireEvent.click(screen.getByTestId('code-line-3'));
    expect(onLineClick).toHaveBeenCalledWith(3);
    fireEvent.mouseEnter(screen.getByTestId('code-line-1'));
    expect(onLineHover).toHaveBeenCalledWith(1);
  });

  it('shows code that is not valid Python, CRLF line endings included', () => {
    render(<CodeView code={'def f(:\r\n  return )'} />);
    expect(screen.getByTestId('code-line-1').textContent).toContain('def f(:');
    expect(screen.getByTestId('code-line-2').textContent).toContain('return )');
  });
});
