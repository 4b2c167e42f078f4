import type { Element, ElementContent, Root, RootContent, Text } from 'hast';

/**
 * A rehype plugin that wraps ranges of the rationale source (claims,
 * mentions) in `<mark data-mark="i">` elements, using the source positions
 * the markdown parser keeps on text nodes. A text node whose value differs
 * from its source slice (escapes, entities) is left alone rather than marked
 * at the wrong place; inline code is marked as a whole.
 */
export interface MarkRange {
  start: number;
  end: number;
}

type Parent = Root | Element;

// Ranges split over several nodes (`x` + " is 3") are marked in pieces; only the first carries the id for tests and focus.
let emitted = new Set<number>();

function markElement(id: number, children: ElementContent[]): Element {
  const first = !emitted.has(id);
  emitted.add(id);
  return { type: 'element', tagName: 'mark', properties: { dataMark: String(id), dataFirst: first ? 'true' : 'false' }, children };
}

/** Indices of the ranges overlapping [start, end); `ranges` are sorted and disjoint, so a binary search finds the first. */
function overlapping(ranges: readonly MarkRange[], start: number, end: number): number[] {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < ranges.length && ranges[i]!.start < end; i++) out.push(i);
  return out;
}

function splitText(node: Text, source: string, ranges: readonly MarkRange[]): ElementContent[] | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || source.slice(start, end) !== node.value) return null;
  const hits = overlapping(ranges, start, end);
  if (hits.length === 0) return null;
  const out: ElementContent[] = [];
  let at = start;
  for (const i of hits) {
    const from = Math.max(ranges[i]!.start, at);
    const to = Math.min(ranges[i]!.end, end);
    if (from > at) out.push({ type: 'text', value: source.slice(at, from) });
    if (to > from) out.push(markElement(i, [{ type: 'text', value: source.slice(from, to) }]));
    at = Math.max(at, to);
  }
  if (at < end) out.push({ type: 'text', value: source.slice(at, end) });
  return out;
}

function walk(parent: Parent, source: string, ranges: readonly MarkRange[], inPre: boolean): void {
  const next: RootContent[] = [];
  for (const child of parent.children) {
    if (child.type === 'text' && !inPre) {
      const parts = splitText(child, source, ranges);
      if (parts) {
        next.push(...parts);
        continue;
      }
    } else if (child.type === 'element') {
      if (child.tagName === 'code' && !inPre && child.position?.start.offset !== undefined && child.position.end.offset !== undefined) {
        const hit = overlapping(ranges, child.position.start.offset, child.position.end.offset)[0];
        if (hit !== undefined) {
          next.push(markElement(hit, [child]));
          continue;
        }
      } else if (child.tagName !== 'mark') {
        walk(child, source, ranges, inPre || child.tagName === 'pre');
      }
    }
    next.push(child);
  }
  parent.children = next as typeof parent.children;
}

/** `rehypePlugins={[[rehypeMarkRanges, { source, ranges }]]}`. */
export function rehypeMarkRanges(options: { source: string; ranges: readonly MarkRange[] }) {
  return (tree: Root) => {
    emitted = new Set();
    if (options.ranges.length > 0) walk(tree, options.source, options.ranges, false);
  };
}
