import { useEffect, useState } from 'react';
import { useClient } from './ClientProvider';
import { firstReadLocale, localeOf } from './firstRead';

/** The agent's locale from currentUser.locale; null until known, "en" when the host does not say. */
export function useLocale(): string | null {
  const client = useClient();
  const [locale, setLocale] = useState<string | null>(() => firstReadLocale(client));
  const known = locale !== null;
  useEffect(() => {
    if (known) return;
    let live = true;
    client.get('currentUser').then(
      (result) => live && setLocale(localeOf(result)),
      () => live && setLocale('en'),
    );
    return () => {
      live = false;
    };
  }, [client, known]);
  return locale;
}
