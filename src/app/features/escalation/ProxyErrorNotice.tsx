import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { useT } from '../../i18n/I18nProvider';
import type { ProxyError } from '../../zaf/proxyClient';
import { ERROR_TEXT } from './escalationText';

type Props = {
  error: ProxyError;
  onRetry: () => void;
  busy?: boolean;
  /** Shown above the error, e.g. "Could not refresh; this is what the proxy said last." */
  title?: string;
};

/** What went wrong with the proxy, in plain words, and a Retry. */
export function ProxyErrorNotice({ error, onRetry, busy = false, title }: Props) {
  const t = useT();
  return (
    <Alert type={title === undefined ? 'error' : 'warning'} role="alert" data-testid="escalation-error" data-code={error.code}>
      {title !== undefined && <Alert.Title>{title}</Alert.Title>}
      <Alert.Paragraph>{t(ERROR_TEXT[error.code], { detail: error.message })}</Alert.Paragraph>
      <Button data-testid="escalation-retry" size="small" disabled={busy} onClick={onRetry}>
        {t('escalation.retry')}
      </Button>
    </Alert>
  );
}
