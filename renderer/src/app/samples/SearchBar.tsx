import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { applyCompletion, completionsAt, type Completion } from '../dataset/query/completions';
import { isTypingTarget } from '../../components/isTypingTarget';
import { useDatasetStore } from '../dataset/datasetStore';
import { useViewStore } from '../state/viewStore';
import { SearchBarHelp } from './SearchBarHelp';
import { SearchBarSuggestions } from './SearchBarSuggestions';

interface SearchBarProps {
  /** The engine's complaint about the current query (`page.queryError`). */
  queryError: string | null;
}

/**
 * The query field (`iter:2 passed:false "off by one"`): edits a draft, runs
 * it on Enter, suggests keys and facet values while typing. The query
 * itself lives in the view store so chips, deep links and the list share it.
 */
export function SearchBar({ queryError }: SearchBarProps) {
  const query = useViewStore((s) => s.query);
  const setView = useViewStore((s) => s.set);
  const facets = useDatasetStore((s) => s.summary?.facets ?? null);
  const labels = useDatasetStore((s) => (s.summary ? (s.labels[s.summary.id] ?? null) : null));
  const [draft, setDraft] = useState(query);
  const [caret, setCaret] = useState(query.length);
  const [suggesting, setSuggesting] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const pendingCaret = useRef<number | null>(null);
  const listId = useId();
  const errorId = useId();

  // The query changed elsewhere (a chip, a deep link): show it.
  useEffect(() => setDraft(query), [query]);

  // `/` jumps to the search field from anywhere, as on GitHub.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== '/' || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useLayoutEffect(() => {
    if (pendingCaret.current !== null && input.current) {
      input.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
      pendingCaret.current = null;
    }
  });

  const completion = useMemo(() => (suggesting ? completionsAt(draft, caret, facets, labels) : null), [suggesting, draft, caret, facets, labels]);
  const open = completion !== null;

  const commit = (text: string) => {
    setSuggesting(false);
    setView({ query: text.trim() });
  };

  const pick = (item: Completion) => {
    if (!completion) return;
    const next = applyCompletion(draft, completion, item);
    setDraft(next.text);
    setCaret(next.caret);
    pendingCaret.current = next.caret;
    setActive(-1);
    // A completed value is a whole filter: run it, as a chip would.
    if (item.insert.endsWith(' ')) commit(next.text);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (open && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      const n = completion.items.length;
      setActive((a) => (e.key === 'ArrowDown' ? (a + 1) % n : (a - 1 + n) % n));
    } else if (open && active >= 0 && (e.key === 'Enter' || e.key === 'Tab')) {
      e.preventDefault();
      pick(completion.items[Math.min(active, completion.items.length - 1)]!);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      commit(draft);
    } else if (e.key === 'Escape') {
      if (open) setSuggesting(false);
      else if (draft !== query) setDraft(query);
      // Nothing left to undo: leave the field so j/k drive the list again.
      else input.current?.blur();
    }
  };

  const activeId = open && active >= 0 ? `${listId}-${active}` : undefined;
  return (
    <div className="search-bar">
      <div className="search-combo">
        <div className="search-field">
          <input
            ref={input}
            type="text"
            role="combobox"
            aria-label="Search samples"
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={listId}
            aria-activedescendant={activeId}
            aria-invalid={queryError ? true : undefined}
            aria-describedby={queryError ? errorId : undefined}
            data-testid="search-input"
            placeholder='Search (/)  iter:2 passed:false "off by one"'
            spellCheck={false}
            value={draft}
            onChange={(e) => {
              setDraft(e.target.value);
              setCaret(e.target.selectionStart ?? e.target.value.length);
              setSuggesting(true);
              setActive(-1);
            }}
            onSelect={(e) => setCaret(e.currentTarget.selectionStart ?? 0)}
            onBlur={() => setSuggesting(false)}
            onKeyDown={onKeyDown}
          />
          {draft !== query && <span className="search-pending" title="Press Enter to search">↵</span>}
          {query && (
            <button className="icon-button" aria-label="Clear search" data-testid="search-clear" onClick={() => commit('')}>
              ×
            </button>
          )}
          <SearchBarHelp />
        </div>
        {open && <SearchBarSuggestions id={listId} items={completion.items} active={active} onPick={pick} />}
      </div>
      {queryError && (
        <div className="search-error" role="alert" id={errorId} data-testid="search-error">
          {queryError}
        </div>
      )}
    </div>
  );
}
