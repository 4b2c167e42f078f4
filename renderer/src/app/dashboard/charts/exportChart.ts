// Presentation properties copied inline so the exported file looks like the
// screen without the app's stylesheet or its CSS variables.
const STYLE_PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'shape-rendering', 'display', 'visibility'];

export interface ExportMeta {
  title: string;
  subtitle?: string;
  legend?: ReadonlyArray<{ label: string; color: string }>;
}

const NS = 'http://www.w3.org/2000/svg';
const TITLE = 26;
const SUBTITLE_LINE = 13;
const LEGEND = 26;

/** Splits a subtitle into lines that fit the chart's width (about 5.6 px per character at 10 px). */
export function wrapText(text: string, width: number): string[] {
  const max = Math.max(20, Math.floor((width - 16) / 5.6));
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    if (current && current.length + 1 + word.length > max) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines;
}

function headerHeight(meta: ExportMeta, width: number): number {
  return TITLE + (meta.subtitle ? wrapText(meta.subtitle, width).length * SUBTITLE_LINE : 0) + 8;
}

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * A standalone SVG document of a chart, fit for a paper: the title, units
 * and legend drawn inside it (on screen they are HTML around the chart),
 * styles inlined, and the page's background behind it.
 */
export function serializeSvg(svg: SVGSVGElement, meta: ExportMeta): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((node, i) => {
    const cs = getComputedStyle(node);
    const style = STYLE_PROPS.map((p) => [p, cs.getPropertyValue(p)] as const)
      .filter(([, v]) => v !== '')
      .map(([p, v]) => `${p}:${v}`)
      .join(';');
    if (style) to[i]!.setAttribute('style', style);
  });
  const { width, height } = svgSize(svg);
  const legend = meta.legend ?? [];
  const header = headerHeight(meta, width);
  const total = header + height + (legend.length ? LEGEND : 0);
  const body = getComputedStyle(document.body);
  const font = `font-family:${body.fontFamily || 'sans-serif'}`;
  const ink = body.color || '#1f2328';
  const doc = el('svg', { width, height: total, viewBox: `0 0 ${width} ${total}` }) as SVGSVGElement;
  doc.appendChild(el('title', {}, meta.subtitle ? `${meta.title} — ${meta.subtitle}` : meta.title));
  doc.appendChild(el('rect', { width: '100%', height: '100%', fill: body.backgroundColor || '#ffffff' }));
  doc.appendChild(el('text', { x: 8, y: 18, style: `${font};font-size:14px;font-weight:600;fill:${ink}` }, meta.title));
  wrapText(meta.subtitle ?? '', width).forEach((line, i) =>
    doc.appendChild(el('text', { x: 8, y: TITLE + 8 + i * SUBTITLE_LINE, style: `${font};font-size:10px;fill:${ink};fill-opacity:0.7` }, line)),
  );
  const plot = el('g', { transform: `translate(0,${header})` });
  while (clone.firstChild) plot.appendChild(clone.firstChild);
  doc.appendChild(plot);
  let x = 8;
  for (const item of legend) {
    const y = header + height + 8;
    doc.appendChild(el('rect', { x, y, width: 10, height: 10, rx: 2, fill: item.color }));
    doc.appendChild(el('text', { x: x + 14, y: y + 9, style: `${font};font-size:11px;fill:${ink}` }, item.label));
    x += 14 + item.label.length * 7 + 18;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
}

/** Size of the exported document for a chart (PNG rasterisation needs it). */
export function exportSize(svg: SVGSVGElement, meta: ExportMeta): { width: number; height: number } {
  const { width, height } = svgSize(svg);
  return { width, height: headerHeight(meta, width) + height + (meta.legend?.length ? LEGEND : 0) };
}

export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  return { width: Number(svg.getAttribute('width')) || svg.clientWidth || 640, height: Number(svg.getAttribute('height')) || svg.clientHeight || 320 };
}

/** Rasterises an SVG document at `scale`× (2 by default: sharp in a paper or on a HiDPI screen). */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('Canvas 2D is not available');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** "Fix rate by iteration" → "fix-rate-by-iteration". */
export function fileStem(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'chart';
}
