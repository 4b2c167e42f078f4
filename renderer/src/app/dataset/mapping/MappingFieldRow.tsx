import type { FieldSource } from './mappingModel';

interface Props {
  field: string;
  hint: string;
  fields: readonly string[];
  source: FieldSource;
  onChange(source: FieldSource): void;
}

const CONST = '\u0000const';
const NONE = '\u0000none';
const PATH = '\u0000path';

/** One canonical field: unmapped, one of the file's fields, a nested path, or a constant. */
export function MappingFieldRow({ field, hint, fields, source, onChange }: Props) {
  const listed = source.mode === 'field' && fields.includes(source.path);
  const value = source.mode === 'none' ? NONE : source.mode === 'const' ? CONST : listed ? source.path : PATH;
  const id = `map-${field}`;
  return (
    <tr>
      <th scope="row">
        <label htmlFor={id} className="mono">
          {field}
        </label>
        <div className="muted mapping-hint">{hint}</div>
      </th>
      <td>
        <select
          id={id}
          data-testid={`mapping-${field}`}
          value={value}
          onChange={(e) => {
            const v = e.target.value;
            if (v === NONE) onChange({ mode: 'none' });
            else if (v === CONST) onChange({ mode: 'const', text: '' });
            else if (v === PATH) onChange({ mode: 'field', path: source.mode === 'field' ? source.path : '' });
            else onChange({ mode: 'field', path: v });
          }}
        >
          <option value={NONE}>— not in this file —</option>
          {fields.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
          <option value={PATH}>nested path…</option>
          <option value={CONST}>constant…</option>
        </select>
        {value === PATH && source.mode === 'field' && (
          <input
            aria-label={`${field}: source path`}
            className="mono"
            placeholder="output.explanation"
            value={source.path}
            onChange={(e) => onChange({ mode: 'field', path: e.target.value })}
          />
        )}
        {source.mode === 'const' && (
          <input
            aria-label={`${field}: constant value`}
            data-testid={`mapping-${field}-const`}
            placeholder='dev, 0, true, "text"'
            value={source.text}
            onChange={(e) => onChange({ mode: 'const', text: e.target.value })}
          />
        )}
      </td>
    </tr>
  );
}
