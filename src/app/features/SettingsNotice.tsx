import { Alert } from '@zendeskgarden/react-notifications';
import { useT } from '../i18n/I18nProvider';
import type { SettingsProblem } from '../zaf/settings';

/** Says which settings were ignored; the app keeps working on the defaults. */
export function SettingsNotice({ problems }: { problems: readonly SettingsProblem[] }) {
  const t = useT();
  if (problems.length === 0) return null;
  return (
    <Alert type="warning" data-testid="settings-error">
      <Alert.Title>{t('settings.errorTitle')}</Alert.Title>
      {problems.map((p) => (
        <Alert.Paragraph key={p.setting}>{t('settings.problem', { setting: p.setting, detail: p.detail })}</Alert.Paragraph>
      ))}
    </Alert>
  );
}
