import { useEffect, useId, useRef, useState } from 'preact/hooks';

interface Props {
  /** The button that starts it, e.g. 「最初からやり直す」. */
  label: string;
  /** What will be lost, asked before anything is erased. */
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
}

/**
 * A destructive action that asks first: the button opens a question with the two choices right
 * under it, and focus moves to the question so keyboard and screen-reader users hear it.
 */
export function ConfirmAction({ label, question, confirmLabel, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const id = useId();
  useEffect(() => {
    if (asking) questionRef.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" class="button button--secondary" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div class="confirm-action" role="group" aria-labelledby={id}>
      <p id={id} class="confirm-action__question" tabIndex={-1} ref={questionRef}>
        {question}
      </p>
      <div class="confirm-action__choices">
        <button type="button" class="button button--danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" class="button button--secondary" onClick={() => setAsking(false)}>
          やめる
        </button>
      </div>
    </div>
  );
}
