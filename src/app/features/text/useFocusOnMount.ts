import { useEffect, useRef } from 'react';

/**
 * For a heading that replaces the control the agent just used (the escalate button, the confirm
 * step): focus it once when it appears, so the keyboard focus does not fall to the page body.
 * The element needs tabIndex={-1}.
 */
export function useFocusOnMount<E extends HTMLElement>(when = true) {
  const ref = useRef<E>(null);
  useEffect(() => {
    if (when) ref.current?.focus();
    // Only on mount: later renders must not pull the focus back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return ref;
}
