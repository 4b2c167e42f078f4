// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SampleRow } from '../../../../shared/contract';
import { makeRow } from '../dataset/testing/summaries';
import { SampleListRow } from './SampleListRow';

afterEach(cleanup);

function badge(grounding: SampleRow['grounding'], rationaleChars = 120) {
  const row = { ...makeRow(1), grounding, rationaleChars };
  const { container } = render(<SampleListRow row={row} position={0} selected={false} top={0} height={30} onSelect={() => {}} />);
  const el = container.querySelector('[data-testid="grounding-badge"]');
  return el && { text: el.textContent, title: el.getAttribute('title'), className: el.className };
}

describe('the grounding badge of a sample row', () => {
  it('shows contradicted claims first, then consistent ones', () => {
    expect(badge({ consistent: 3, contradicted: 1, unverifiable: 2 })).toMatchObject({ text: '✗1', className: 'badge badge-fail' });
    expect(badge({ consistent: 3, contradicted: 0, unverifiable: 2 })).toMatchObject({ text: '✓3', className: 'badge badge-grounded' });
  });

  it('never shows a green ✓0 when nothing was confirmed', () => {
    expect(badge({ consistent: 0, contradicted: 0, unverifiable: 4 })).toMatchObject({ text: '~4', className: 'badge badge-unknown' });
    expect(badge({ consistent: 0, contradicted: 0, unverifiable: 0 })).toMatchObject({ text: '–', title: 'No claims about the execution found in the rationale' });
  });

  it('shows no badge before the rationale was checked, nor for a sample without a rationale', () => {
    expect(badge(null)).toBeNull();
    expect(badge({ consistent: 0, contradicted: 0, unverifiable: 0 }, 0)).toBeNull();
  });
});
