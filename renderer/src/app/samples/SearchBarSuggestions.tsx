import type { Completion } from '../dataset/query/completions';

interface Props {
  id: string;
  items: Completion[];
  active: number;
  onPick(item: Completion): void;
}

/** The autocomplete list under the search field (an ARIA listbox driven by the input). */
export function SearchBarSuggestions({ id, items, active, onPick }: Props) {
  return (
    <ul className="search-suggestions" role="listbox" id={id} data-testid="search-suggestions">
      {items.map((item, i) => (
        <li
          key={item.label}
          id={`${id}-${i}`}
          role="option"
          aria-selected={i === active}
          // mousedown, not click: the input must not blur (and close the list) first.
          onMouseDown={(e) => {
            e.preventDefault();
            onPick(item);
          }}
        >
          <code>{item.label}</code>
          {item.detail && <span className="muted">{item.detail}</span>}
        </li>
      ))}
    </ul>
  );
}
