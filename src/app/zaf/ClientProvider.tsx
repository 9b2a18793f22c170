import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { firstReadDone, whenFirstReadDone } from './firstRead';
import { initZafClient } from './init';
import type { ZafClient } from './types';

/** How long the app waits for the first read after registration before rendering without it. */
export const FIRST_READ_WAIT_MS = 500;

// Null by default so that a component used outside the provider fails loudly instead of quietly.
const ClientContext = createContext<ZafClient | null>(null);

type Props = {
  /** A client to use instead of starting the SDK (tests, the sandbox); false means "not in Zendesk". */
  client?: ZafClient | false;
  /** Shown when the page was opened outside Zendesk. */
  outside: ReactNode;
  children: ReactNode;
};

/**
 * Provides the ZAF client to the app; renders nothing until the host registered the app and the
 * first read (when one was sent, see firstRead.ts) is in.
 */
export function ClientProvider({ client: given, outside, children }: Props) {
  const [client] = useState<ZafClient | false>(() => (given === undefined ? initZafClient() : given));
  const [registered, setRegistered] = useState(() => client !== false && client.ready === true);
  // Rendering before the first read is in would only make every hook ask the host again.
  const [firstReadIn, setFirstReadIn] = useState(() => client !== false && firstReadDone(client));

  useEffect(() => {
    if (client === false || registered) return;
    const onRegistered = () => setRegistered(true);
    client.on('app.registered', onRegistered);
    // The host may have answered between the first render and this effect.
    if (client.ready === true) setRegistered(true);
    return () => client.off('app.registered', onRegistered);
  }, [client, registered]);

  useEffect(() => {
    if (client === false || !registered || firstReadIn) return;
    let live = true;
    const open = () => live && setFirstReadIn(true);
    // A slow first read (a ticket with many comments) must not leave the sidebar blank: after a
    // moment the app renders anyway, and the hooks ask for what is not in yet.
    const timer = setTimeout(open, FIRST_READ_WAIT_MS);
    void whenFirstReadDone(client).then(open);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, registered, firstReadIn]);

  if (client === false) return <>{outside}</>;
  if (!registered || !firstReadIn) return null;
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function useClient(): ZafClient {
  const client = useContext(ClientContext);
  if (client === null) throw new Error('useClient() must be used inside <ClientProvider>');
  return client;
}
