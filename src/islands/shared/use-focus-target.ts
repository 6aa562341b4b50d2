import { useEffect, useRef } from 'preact/hooks';

/**
 * After a screen change, moves focus to the element whose id was asked for (the new heading, an error
 * summary, the result), so keyboard and screen-reader users start at the top of what changed.
 * The target is kept until it is on the page: an effect flushed late from an earlier render must not
 * use it up before the element exists.
 */
export function useFocusTarget(deps: unknown[]) {
  const root = useRef<HTMLDivElement>(null);
  const target = useRef<string | null>(null);
  useEffect(() => {
    const id = target.current;
    const el = id ? root.current?.querySelector<HTMLElement>(`#${id}`) : null;
    if (!el) return;
    target.current = null;
    el.focus();
    el.scrollIntoView({ block: 'start' });
  }, deps);
  return { root, focusNext: (id: string) => (target.current = id) };
}
