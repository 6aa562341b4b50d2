import type { StepItem } from '../../lib/stress-check/steps';

interface Props {
  item: StepItem;
  options: readonly string[];
  value: number | undefined;
  invalid: boolean;
  onChange: (id: string, value: number) => void;
}

/** One questionnaire item: a radio group named by the item text, each radio named by its option label. */
export function ItemRadioGroup({ item, options, value, invalid, onChange }: Props) {
  const labelId = `item-${item.id}-label`;
  const errorId = `item-${item.id}-error`;
  return (
    <div
      class={`item${invalid ? ' item--invalid' : ''}`}
      id={`item-${item.id}`}
      role="radiogroup"
      aria-labelledby={labelId}
      aria-describedby={invalid ? errorId : undefined}
      aria-invalid={invalid ? 'true' : undefined}
    >
      <p class="item__text">
        <span class="item__no" aria-hidden="true">{item.globalNo}.</span> <span id={labelId}>{item.text}</span>
      </p>
      {invalid && (
        <p class="item__error" id={errorId}>
          この項目に回答してください。
        </p>
      )}
      <div class="item__options">
        {options.map((label, index) => (
          <label class="item__option" key={label}>
            <input
              type="radio"
              name={item.id}
              value={index + 1}
              checked={value === index + 1}
              onChange={() => onChange(item.id, index + 1)}
            />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
