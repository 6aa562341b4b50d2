interface Props {
  /** The element id, used to move focus to the summary. */
  id: string;
  /** Each unanswered question: where it is on the page and how it is named. */
  items: readonly { href: string; label: string }[];
}

/** The error summary shown when a step is left with unanswered questions; each one links to its question. */
export function UnansweredSummary({ id, items }: Props) {
  if (items.length === 0) return null;
  return (
    <div class="check-error-summary" role="alert" aria-labelledby={`${id}-heading`} tabIndex={-1} id={id}>
      <h3 id={`${id}-heading`}>未回答の項目が{items.length}件あります</h3>
      <p>次の項目に回答してから進んでください。</p>
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <a href={item.href}>{item.label}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
