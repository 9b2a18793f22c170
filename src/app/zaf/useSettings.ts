import { useEffect, useState } from 'react';
import { useClient } from './ClientProvider';
import { firstReadSettings } from './firstRead';
import { parseSettings, type AppSettings } from './settings';

/** The installation's settings, typed; null until the metadata arrived. */
export function useSettings(): AppSettings | null {
  const client = useClient();
  const [settings, setSettings] = useState<AppSettings | null>(() => firstReadSettings(client));
  const known = settings !== null;
  useEffect(() => {
    if (known) return;
    let live = true;
    client.metadata().then(
      (metadata) => live && setSettings(parseSettings(metadata.settings)),
      // Without metadata the app still works on its defaults; say so like any other bad setting.
      (e: unknown) =>
        live && setSettings({ ...parseSettings({}), problems: [{ setting: 'metadata', detail: errorText(e) }] }),
    );
    return () => {
      live = false;
    };
  }, [client, known]);
  return settings;
}

export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'object' && e !== null && 'message' in e && typeof e.message === 'string') return e.message;
  return String(e);
}
