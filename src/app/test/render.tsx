import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming';
import { I18nProvider } from '../i18n/I18nProvider';
import { ClientProvider } from '../zaf/ClientProvider';
import type { ZafClient } from '../zaf/types';

/** Renders a component with the Garden theme and the given locale, as the sidebar does. */
export function renderInApp(ui: ReactElement, locale = 'en') {
  return render(
    <ThemeProvider theme={DEFAULT_THEME}>
      <I18nProvider locale={locale}>{ui}</I18nProvider>
    </ThemeProvider>,
  );
}

/** A renderHook wrapper that provides this client, as ClientProvider does in the app. */
export const clientWrapper =
  (client: ZafClient) =>
  ({ children }: { children: ReactNode }) => (
    <ClientProvider client={client} outside={null}>
      {children}
    </ClientProvider>
  );
