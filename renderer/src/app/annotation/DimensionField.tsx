import type { DimensionValue, RubricDimension } from '../../../../shared/annotation/rubric';
import { dimensionOptions } from '../../../../shared/annotation/rubric';

interface Props {
  dim: RubricDimension;
  value: DimensionValue;
  focused: boolean;
  onFocus(): void;
  onChange(value: DimensionValue): void;
}

/** One rubric dimension: numbered option buttons (keys 1–9), or a text box for free-text dimensions. */
export function DimensionField({ dim, value, focused, onFocus, onChange }: Props) {
  const options = dimensionOptions(dim);
  return (
    <fieldset className={`rubric-dim${focused ? ' focused' : ''}`} data-testid={`rubric-dim-${dim.id}`} data-focused={focused} onClick={onFocus}>
      <legend>
        {dim.label}
        {dim.required && value === null && <span className="missing" title="required"> *</span>}
      </legend>
      {dim.help && <p className="dim-help">{dim.help}</p>}
      {dim.kind === 'text' ? (
        <textarea
          data-testid={`rubric-dim-${dim.id}-text`}
          rows={2}
          value={value ?? ''}
          onFocus={onFocus}
          onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
        />
      ) : (
        <div className="dim-options" role="radiogroup" aria-label={dim.label}>
          {options.map((o, i) => (
            <button
              key={o.value}
              role="radio"
              aria-checked={value === o.value}
              className={value === o.value ? 'chosen' : undefined}
              data-value={o.value}
              tabIndex={-1}
              onClick={() => onChange(value === o.value ? null : o.value)}
            >
              {/* A scale's labels already start with their key (1 · useless … 5): no second digit. */}
              {o.label.startsWith(String(i + 1)) ? o.label : (
                <>
                  <kbd>{i + 1}</kbd> {o.label}
                </>
              )}
            </button>
          ))}
        </div>
      )}
    </fieldset>
  );
}
