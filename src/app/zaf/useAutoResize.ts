import { useEffect, type RefObject } from 'react';
import { useClient } from './ClientProvider';

/** Keeps the sidebar iframe as tall as the element's content. */
export function useAutoResize(ref: RefObject<HTMLElement | null>): void {
  const client = useClient();
  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    let last = -1;
    const send = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      // A failed resize leaves the old height: nothing the agent can act on.
      client.invoke('resize', { width: '100%', height: `${height}px` }).catch(() => undefined);
    };
    send();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(send);
    observer.observe(element);
    return () => observer.disconnect();
  }, [client, ref]);
}
