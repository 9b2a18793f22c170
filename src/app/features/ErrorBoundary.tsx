import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Alert } from '@zendeskgarden/react-notifications';
import { useT } from '../i18n/I18nProvider';

function CrashNotice({ error }: { error: Error }) {
  const t = useT();
  return (
    <Alert type="error" role="alert" data-testid="sidebar-crashed">
      {t('common.crashed', { error: error.message })}
    </Alert>
  );
}

/** A bug or unexpected data in one render says so in the sidebar instead of leaving it blank. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Sidebar render failed', error, info.componentStack);
  }

  override render() {
    return this.state.error === null ? this.props.children : <CrashNotice error={this.state.error} />;
  }
}
