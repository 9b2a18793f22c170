import { Well } from '@zendeskgarden/react-notifications';
import { I18nProvider, useT } from '../i18n/I18nProvider';

function Message() {
  const t = useT();
  return (
    <Well data-testid="outside-zendesk" role="status">
      <Well.Title>{t('outside.title')}</Well.Title>
      <Well.Paragraph>{t('outside.body')}</Well.Paragraph>
    </Well>
  );
}

/** Shown when the page is opened directly instead of by a Zendesk host; the browser's language. */
export default function OutsideZendesk({ locale = navigator.language }: { locale?: string }) {
  return (
    <I18nProvider locale={locale}>
      <Message />
    </I18nProvider>
  );
}
