import { lazy, Suspense, useEffect, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming';
import { ClientProvider, useClient, type ZafClient } from './zaf';

// One lazily loaded component per ZAF location (manifest.json "location"): the first paint only
// needs React, the theme and the SDK handshake.
const loadTicketSideBar = () => import('./locations/TicketSideBar');
const LOCATIONS: Readonly<Record<string, LazyExoticComponent<ComponentType>>> = {
  ticket_sidebar: lazy(loadTicketSideBar),
};
const OutsideZendesk = lazy(() => import('./locations/OutsideZendesk'));

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
  // Fetch the sidebar's chunk while the SDK handshake is still under way (the browser fetches it once).
  useEffect(() => {
    if (client !== false) void loadTicketSideBar();
  }, [client]);
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
