interface Props {
  id: string;
  text: string;
  help?: string;
  /** A short line under the question, e.g. where its wording comes from. */
  note?: string;
  value: boolean | undefined;
  invalid: boolean;
  onChange: (id: string, value: boolean) => void;
}

/**
 * One criterion answered ○ or × (shown as 「満たしている」「満たしていない」: a ○ glyph beside a radio
 * circle reads as a second radio): a radio group named by the criterion, with its help text on demand.
 */
export function YesNoItem({ id, text, help, note, value, invalid, onChange }: Props) {
  const labelId = `item-${id}-label`;
  const errorId = `item-${id}-error`;
  return (
    <div
      class={`item${invalid ? ' item--invalid' : ''}`}
      id={`item-${id}`}
      role="radiogroup"
      aria-labelledby={labelId}
      aria-describedby={invalid ? errorId : undefined}
      aria-invalid={invalid ? 'true' : undefined}
    >
      <p class="item__text">
        <span class="item__no" aria-hidden="true">
          {id}
        </span>{' '}
        <span id={labelId}>{text}</span>
      </p>
      {note && <p class="item__note">{note}</p>}
      {invalid && (
        <p class="item__error" id={errorId}>
          この項目に回答してください。
        </p>
      )}
      <div class="item__options item__options--yesno">
        <label class="item__option">
          <input type="radio" name={id} checked={value === true} onChange={() => onChange(id, true)} />
          <span>満たしている</span>
        </label>
        <label class="item__option">
          <input type="radio" name={id} checked={value === false} onChange={() => onChange(id, false)} />
          <span>満たしていない</span>
        </label>
      </div>
      {help && (
        <details class="item__help">
          <summary>判断の目安を見る</summary>
          <p>{help}</p>
        </details>
      )}
    </div>
  );
}
