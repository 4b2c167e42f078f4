// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { groundRationale } from '../../../../../shared/grounding/ground';
import { sumTrace } from '../../../../../shared/grounding/fixtures.test-data';
import { buildTraceFacts } from '../../../../../shared/grounding/traceFacts';
import { initialViewState, useViewStore } from '../../state/viewStore';
import { useFocusStore } from './focusStore';
import { RationalePane } from './RationalePane';

vi.mock('../../../api', () => ({ api: { request: vi.fn(), on: vi.fn(() => () => undefined) } }));

const facts = buildTraceFacts(sumTrace);
function show(rationale: string, withTrace = true) {
  const grounding = groundRationale(rationale, withTrace ? sumTrace : null);
  return render(<RationalePane rationale={rationale} grounding={grounding} facts={withTrace ? facts : null} />);
}

describe('RationalePane', () => {
  afterEach(() => {
    cleanup();
    useViewStore.setState(initialViewState);
    useFocusStore.setState({ focus: null });
  });

  it('marks claims inline with their verdict and a tooltip, and summarises them', () => {
    show('The loop runs on **line 4**. After the loop, `total` is 6 but then total becomes 4.');
    expect(screen.getByTestId('grounding-summary').textContent).toContain('3 claims: 2 consistent, 1 contradicted, 0 unverifiable');
    const contradicted = screen.getByTestId('claim-2');
    expect(contradicted.textContent).toBe('total becomes 4');
    expect(contradicted.getAttribute('data-verdict')).toBe('contradicted');
    expect(contradicted.getAttribute('title')).toContain('0, 1, 3, 6');
    // A claim over inline code and text is marked in pieces; the first carries the test id.
    expect(screen.getByTestId('claim-1').textContent).toBe('total');
    expect(screen.getByTestId('claim-1').getAttribute('data-verdict')).toBe('consistent');
  });

  it('links mentions: hover focuses the line, click moves the step cursor', () => {
    show('Look at line 3 where i changes.');
    const line = screen.getByTestId('claim-0');
    fireEvent.mouseEnter(line);
    expect(useFocusStore.getState().focus).toEqual({ lines: [3], step: { test: 0, step: 2 } });
    const mention = screen.getByTestId('mention');
    expect(mention.textContent).toBe('i');
    fireEvent.click(mention);
    expect(useViewStore.getState().step).toBe(2);
    fireEvent.mouseLeave(line);
    expect(useFocusStore.getState().focus).toBeNull();
  });

  it('marks claims at the right place after Markdown escapes and entities', () => {
    const { container } = show('With a \\* b &amp; c, `total` is 6; **then** total becomes 4.');
    const pieces = [...container.querySelectorAll('[data-verdict]')].map((e) => [e.textContent, e.getAttribute('data-verdict')]);
    expect(pieces).toEqual([
      ['total', 'consistent'],
      [' is 6', 'consistent'],
      ['total becomes 4', 'contradicted'],
    ]);
    expect(screen.getByTestId('rationale-pane').textContent).toContain('With a * b & c,');
  });

  it('shows HTML and script tags as text and never creates them', () => {
    const { container } = show('Before <script>window.__pwned = 1</script> and <img src=x onerror="alert(1)"> after.');
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByTestId('rationale-pane').textContent).toContain('<script>window.__pwned = 1</script>');
  });

  it('caps a 200 KB rationale with "show all"', () => {
    const para = 'The model keeps talking about the loop without saying anything checkable. ' + 'x'.repeat(60) + '\n\n';
    const big = 'The value of `total` is 6 here.\n\n' + para.repeat(Math.ceil(200_000 / para.length));
    show(big);
    const pane = screen.getByTestId('rationale-pane');
    expect(pane.textContent!.length).toBeLessThan(30_000);
    expect(screen.getByTestId('claim-0').getAttribute('data-verdict')).toBe('consistent');
    fireEvent.click(screen.getByTestId('rationale-show-all'));
    expect(pane.textContent!.length).toBeGreaterThan(190_000);
  });

  it('says plainly when there is no rationale, and when there is no trace to check against', () => {
    show('   ');
    expect(screen.getByTestId('rationale-missing').textContent).toBe('This sample has no rationale.');
    cleanup();
    show('`total` is 6.', false);
    expect(screen.getByTestId('grounding-summary').textContent).toContain('no trace to check them against');
    expect(screen.getByTestId('claim-0').getAttribute('data-verdict')).toBe('unverifiable');
  });
});
