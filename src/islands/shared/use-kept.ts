import { useEffect, useRef } from 'preact/hooks';

/**
 * Writes what the person has answered to the browser's storage after each change, and once more when
 * the page is left (reload, a link, closing the tab): effects run a moment after a click, and a
 * reload in that moment must not lose the last answer.
 */
export function useKept(write: () => void, deps: unknown[]) {
  const latest = useRef(write);
  latest.current = write;
  useEffect(() => {
    const onLeave = () => latest.current();
    addEventListener('pagehide', onLeave);
    return () => removeEventListener('pagehide', onLeave);
  }, []);
  useEffect(() => latest.current(), deps);
}
