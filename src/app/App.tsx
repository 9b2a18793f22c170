import { lazy, Suspense, useEffect, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming';
import { loadTicketSideBar } from './locations/loadTicketSideBar';
import { ClientProvider, useClient, type ZafClient } from './zaf';

// One lazily loaded component per ZAF location (manifest.json "location"): the first paint only
// needs React, the theme and the SDK handshake. boot.ts starts the sidebar's fetch before React runs.
const LOCATIONS: Readonly<Record<string, LazyExoticComponent<ComponentType>>> = {
  ticket_sidebar: lazy(loadTicketSideBar),
};
// The page opened outside Zendesk shows one message. It comes with the sidebar's chunk: a chunk of
// its own would share Garden and the translations with the sidebar's, which then load as two requests.
const OutsideZendesk = lazy(() => loadTicketSideBar().then((sidebar) => ({ default: sidebar.OutsideZendesk })));

function Location() {
  const client = useClient();
  const [location, setLocation] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    client.context().then(
      (context) => live && setLocation(context.location ?? 'ticket_sidebar'),
      () => live && setLocation('ticket_sidebar'),
    );
    return () => {
      live = false;
    };
  }, [client]);
  const Component = location === null ? undefined : LOCATIONS[location];
  return Component ? <Component /> : null;
}

/** The app: Garden theme, the ZAF client (handed in by tests and main.tsx), and the location. */
export function App({ client }: { client?: ZafClient | false }) {
  return (
    <ThemeProvider theme={DEFAULT_THEME}>
      <Suspense fallback={null}>
        <ClientProvider client={client} outside={<OutsideZendesk />}>
          <Location />
        </ClientProvider>
      </Suspense>
    </ThemeProvider>
  );
}
