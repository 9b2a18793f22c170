import { useEffect, useRef } from 'react';
import styled from 'styled-components';
import { I18nProvider, languageTag } from '../i18n/I18nProvider';
import { ErrorBoundary } from '../features/ErrorBoundary';
import { Sidebar } from '../features/sidebar/Sidebar';
import { useAutoResize, useLocale } from '../zaf';

const Root = styled.div`
  padding: ${(p) => p.theme.space.xs} ${(p) => p.theme.space.xxs};
`;

export { prepareChecklist } from '../../core/checklist';
export { default as OutsideZendesk } from './OutsideZendesk';

/** The ticket_sidebar location: the agent's language, and an iframe as tall as the content. */
export default function TicketSideBar() {
  const locale = useLocale();
  const root = useRef<HTMLDivElement>(null);
  useAutoResize(root);
  // The document speaks the agent's language, so screen readers, hyphenation and spelling follow it.
  useEffect(() => {
    if (locale !== null) document.documentElement.lang = languageTag(locale);
  }, [locale]);
  return (
    <Root ref={root}>
      {locale !== null && (
        <I18nProvider locale={locale}>
          <ErrorBoundary>
            <Sidebar />
          </ErrorBoundary>
        </I18nProvider>
      )}
    </Root>
  );
}
