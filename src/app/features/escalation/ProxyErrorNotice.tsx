import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { useT } from '../../i18n/I18nProvider';
import type { ProxyError } from '../../zaf/proxyClient';
import { ERROR_TEXT } from './escalationText';

type Props = {
  error: ProxyError;
  onRetry: () => void;
  busy?: boolean;
  /** What failed, e.g. "Could not refresh; this is what the proxy said last." */
  title: string;
  /** warning: the last data is still on screen beside it. */
  tone?: 'error' | 'warning';
};

/** What went wrong with the proxy, in plain words, and a Retry. */
export function ProxyErrorNotice({ error, onRetry, busy = false, title, tone = 'error' }: Props) {
  const t = useT();
  return (
    <Alert type={tone} role="alert" data-testid="escalation-error" data-code={error.code}>
      <Alert.Title>{title}</Alert.Title>
      <Alert.Paragraph>{t(ERROR_TEXT[error.code], { detail: error.message })}</Alert.Paragraph>
      <Button data-testid="escalation-retry" size="small" disabled={busy} onClick={onRetry}>
        {t('escalation.retry')}
      </Button>
    </Alert>
  );
}
