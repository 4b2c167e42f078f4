// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { exportSize, fileStem, serializeSvg, wrapText } from './exportChart';

describe('chart export', () => {
  it('writes a standalone SVG with the title, units and legend inside it', () => {
    document.body.innerHTML = '<svg width="300" height="200"><g><rect x="1" y="2" width="10" height="20" style="fill: rgb(9, 105, 218)"></rect><text>iter 0</text></g></svg>';
    const svg = document.querySelector('svg')!;
    const meta = { title: 'Fix rate by iteration', subtitle: '% of samples · 95% Wilson CI', legend: [{ label: 'dev', color: '#4e79a7' }] };
    const text = serializeSvg(svg, meta);
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(text).toMatch(/^<\?xml [^>]+>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(root.getAttribute('height')).toBe(String(exportSize(svg, meta).height));
    expect(exportSize(svg, meta).height).toBeGreaterThan(200);
    const texts = [...root.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(['Fix rate by iteration', '% of samples · 95% Wilson CI', 'iter 0', 'dev']);
    expect(root.querySelector('g rect')!.getAttribute('style')).toMatch(/fill:\s*rgb\(9, 105, 218\)/);
    // The page's original chart is untouched.
    expect(svg.querySelectorAll('text')).toHaveLength(1);
  });
  it('wraps a long subtitle to the chart width', () => {
    const lines = wrapText('Unbiased pass@k (Chen et al. 2021), mean over problems with at least k samples with a test outcome', 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => l.length <= 33)).toBe(true);
    expect(lines.join(' ')).toBe('Unbiased pass@k (Chen et al. 2021), mean over problems with at least k samples with a test outcome');
  });
  it('names files after the chart title', () => {
    expect(fileStem('pass@5 by iteration')).toBe('pass-5-by-iteration');
  });
});
