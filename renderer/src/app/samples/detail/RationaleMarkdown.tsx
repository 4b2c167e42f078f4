import { memo, useMemo } from 'react';
import Markdown, { type Components } from 'react-markdown';
import type { Element } from 'hast';
import { HighlightedSnippet } from './HighlightedSnippet';
import { rehypeMarkRanges } from './rationaleMarks';
import type { RationaleMark } from './rationaleModel';

export interface MarkHandlers {
  onHover(mark: RationaleMark | null): void;
  onClick(mark: RationaleMark): void;
}

function textOf(node: Element | undefined): string {
  if (!node) return '';
  return node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');
}

const VERDICT_LABEL = { consistent: 'consistent with the trace', contradicted: 'contradicted by the trace', unverifiable: 'unverifiable' } as const;

/**
 * The rationale as Markdown. Raw HTML is shown as text (react-markdown's
 * default without rehype-raw), images become their alt text (no remote
 * loads), and claims/mentions are `<mark>` elements wired to the handlers.
 */
/**
 * Where a claim's evidence lies, for its tooltip when the trace has several
 * tests (each numbers its own steps): "in test 2: `assert f(0) == 0`".
 */
function whereInTests(steps: readonly { test: number }[] | undefined, testSources: readonly string[] | undefined): string {
  if (!steps?.length || !testSources || testSources.length < 2) return '';
  const tests = [...new Set(steps.map((s) => s.test))].sort((a, b) => a - b);
  if (tests.length > 2) return ` (in ${tests.length} of the ${testSources.length} tests)`;
  return ` (${tests.map((t) => `in test ${t + 1}: ${testSources[t] ?? '?'}`).join('; ')})`;
}

export const RationaleMarkdown = memo(function RationaleMarkdown({
  source,
  marks,
  handlers,
  testSources,
}: {
  source: string;
  marks: readonly RationaleMark[];
  handlers: MarkHandlers;
  /** The traced tests' sources, to say which test a claim's steps are in. */
  testSources?: readonly string[];
}) {
  const rehypePlugins = useMemo(() => [[rehypeMarkRanges, { source, ranges: marks }]] as never, [source, marks]);
  const components = useMemo<Components>(
    () => ({
      mark({ node, children }) {
        const mark = marks[Number(node?.properties?.dataMark)];
        if (!mark) return <>{children}</>;
        const first = node?.properties?.dataFirst !== 'false';
        const common = {
          onMouseEnter: () => handlers.onHover(mark),
          onMouseLeave: () => handlers.onHover(null),
          onFocus: () => handlers.onHover(mark),
          onBlur: () => handlers.onHover(null),
          onClick: () => handlers.onClick(mark),
          onKeyDown: (e: React.KeyboardEvent) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              handlers.onClick(mark);
            }
          },
        };
        if (mark.kind === 'mention') {
          return (
            <span className={`mention mention-${mark.mention.kind}`} role="link" tabIndex={-1} data-testid={first ? 'mention' : undefined} {...common}>
              {children}
            </span>
          );
        }
        const c = mark.claim;
        const tip = `${VERDICT_LABEL[c.verdict]}: ${c.reason}${whereInTests(c.steps, testSources)}`;
        return (
          <span className={`claim claim-${c.verdict}`} role="mark" tabIndex={first ? 0 : -1} title={tip} aria-label={`${c.text} (${tip})`} data-testid={first ? `claim-${mark.claimIndex}` : undefined} data-verdict={c.verdict} {...common}>
            {children}
          </span>
        );
      },
      pre({ node }) {
        const code = node?.children[0] as Element | undefined;
        const cls = String((code?.properties?.className as string[] | undefined)?.join(' ') ?? '');
        const lang = /language-(\w+)/.exec(cls)?.[1];
        const text = textOf(code).replace(/\n$/, '');
        return (
          <pre className="md-code">
            <HighlightedSnippet code={text} python={!lang || lang === 'python' || lang === 'py'} />
          </pre>
        );
      },
      code({ node }) {
        return (
          <code className="md-inline-code">
            <HighlightedSnippet code={textOf(node)} python />
          </code>
        );
      },
      img({ alt }) {
        return <span className="md-image">[image{alt ? `: ${alt}` : ''}]</span>;
      },
      a({ href, children }) {
        return (
          <a href={href} target="_blank" rel="noreferrer noopener">
            {children}
          </a>
        );
      },
    }),
    [marks, handlers, testSources],
  );
  return (
    <Markdown rehypePlugins={rehypePlugins} components={components}>
      {source}
    </Markdown>
  );
});
