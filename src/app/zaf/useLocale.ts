import { useEffect, useState } from 'react';
import { useClient } from './ClientProvider';

/** The agent's locale from currentUser.locale; null until known, "en" when the host does not say. */
export function useLocale(): string | null {
  const client = useClient();
  const [locale, setLocale] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    client.get('currentUser').then(
      (result) => {
        const user = result.currentUser;
        const value = typeof user === 'object' && user !== null && 'locale' in user ? user.locale : undefined;
        if (live) setLocale(typeof value === 'string' && value !== '' ? value : 'en');
      },
      () => live && setLocale('en'),
    );
    return () => {
      live = false;
    };
  }, [client]);
  return locale;
}
