import { useEffect, useRef, useState } from 'react';
import { useClient } from './ClientProvider';

export type Agent = { name: string; email: string };
export type HostInfo = {
  /** The Zendesk account's subdomain, for ticket links; null when the host does not say. */
  subdomain: string | null;
  /** The signed-in agent; null when the host does not say. */
  agent: Agent | null;
};

/** Who is escalating and on which account: currentUser and context().account; null until known. */
export function useHostInfo(): HostInfo | null {
  const client = useClient();
  const [info, setInfo] = useState<HostInfo | null>(null);
  useEffect(() => {
    let live = true;
    const subdomain = client.context().then(
      (c) => (typeof c.account?.subdomain === 'string' && c.account.subdomain !== '' ? c.account.subdomain : null),
      () => null,
    );
    const agent = client.get('currentUser').then(
      (r) => {
        const u = r.currentUser as { name?: unknown; email?: unknown } | undefined;
        return typeof u?.name === 'string' && typeof u.email === 'string' ? { name: u.name, email: u.email } : null;
      },
      () => null,
    );
    void Promise.all([subdomain, agent]).then(([s, a]) => live && setInfo({ subdomain: s, agent: a }));
    return () => {
      live = false;
    };
  }, [client]);
  return info;
}

/**
 * Whether the app is on screen: the host's app.activated / app.deactivated (the agent switched tickets
 * or apps) and the page's visibility. `onShown` runs whenever it comes back.
 */
export function useAppVisible(onShown: () => void): boolean {
  const client = useClient();
  const [activated, setActivated] = useState(true);
  const [pageVisible, setPageVisible] = useState(() => typeof document === 'undefined' || document.visibilityState !== 'hidden');
  const shown = useRef(onShown);
  shown.current = onShown;

  useEffect(() => {
    const onActivated = () => {
      setActivated(true);
      shown.current();
    };
    const onDeactivated = () => setActivated(false);
    const onVisibility = () => {
      const visible = document.visibilityState !== 'hidden';
      setPageVisible(visible);
      if (visible) shown.current();
    };
    client.on('app.activated', onActivated);
    client.on('app.deactivated', onDeactivated);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      client.off('app.activated', onActivated);
      client.off('app.deactivated', onDeactivated);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [client]);

  return activated && pageVisible;
}
