import { Popover } from '../../components/Popover';
import { queryKeys } from '../dataset/query/keys';

const syntax: [string, string][] = [
  ['off by one', 'words: all must appear in the rationale or code'],
  ['"off by one"', 'an exact phrase'],
  ['-passed:true', 'a minus negates a filter'],
  ['iter:1,3', 'commas: any of these values'],
  ['iter:>=2  iter:1..3', 'comparisons and ranges on numbers (iter, sample, rationale)'],
  ['problem:mbpp/*', 'a trailing * matches a prefix'],
  ['iter:2 split:dev', 'terms separated by spaces must all match'],
];

/** The "?" next to the search field: the query syntax at a glance. */
export function SearchBarHelp() {
  return (
    <Popover label="?" ariaLabel="Search syntax help" testId="search-help" align="end" className="search-help">
      <div className="search-help-body">
        <h3>Filters</h3>
        <table>
          <tbody>
            {queryKeys.map((k) => (
              <tr key={k.key}>
                <td>
                  <code>{k.example}</code>
                </td>
                <td>
                  {k.description}
                  {k.aliases.length > 0 && <span className="muted"> (also {k.aliases.map((a) => `${a}:`).join(', ')})</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>Text and combinations</h3>
        <table>
          <tbody>
            {syntax.map(([example, meaning]) => (
              <tr key={example}>
                <td>
                  <code>{example}</code>
                </td>
                <td>{meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">/ jumps here; Enter searches; Esc undoes edits, then leaves the field (j/k move through the list); ↑/↓ pick a suggestion, Tab or Enter takes it.</p>
      </div>
    </Popover>
  );
}
