import { lazy, Suspense, useEffect, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming';
import { ClientProvider, useClient, type ZafClient } from './zaf';

// One lazily loaded component per ZAF location (manifest.json "location"): the first paint only
// needs React, the theme and the SDK handshake.
const loadTicketSideBar = () => import('./locations/TicketSideBar');

/**
 * Starts fetching the sidebar's chunk before React renders, while the SDK handshake is under way,
 * and readies the checklist then (its first call compiles the lexicons) so the first ticket finds it warm.
 */
export const preloadTicketSideBar = (): void =>
  void loadTicketSideBar()
    .then((sidebar) => sidebar.prepareChecklist())
    .catch(() => undefined);
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
