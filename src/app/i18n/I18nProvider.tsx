import { createContext, useContext, useMemo, type ReactNode } from 'react';
import en from '../../../translations/en.json';
import es from '../../../translations/es.json';
import type { TranslationKey } from './keys';
import { createTranslator, type Messages, type Translate } from './translate';

// File names follow Zendesk's locale names (en.json, es.json, pt-br.json); keys here are those names.
export const BUNDLES: Readonly<Record<string, Messages>> = { en, es };

export type T = Translate<TranslationKey>;

const I18nContext = createContext<{ t: T; locale: string } | null>(null);

export function I18nProvider({ locale, children }: { locale: string; children: ReactNode }) {
  const value = useMemo(() => ({ t: createTranslator<TranslationKey>(locale, BUNDLES), locale }), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n() {
  const value = useContext(I18nContext);
  if (value === null) throw new Error('useT() must be used inside <I18nProvider>');
  return value;
}

export function useT(): T {
  return useI18n().t;
}

/** The agent's locale as a BCP 47 tag ("es-MX"), for dates and times formatted the agent's way. */
export function useLocaleTag(): string {
  const { locale } = useI18n();
  return useMemo(() => languageTag(locale), [locale]);
}

/** Zendesk's locale names ("es-MX", "pt_BR", "en-us") as BCP 47 language tags. */
export function languageTag(locale: string): string {
  const [language = 'en', ...rest] = locale.trim().replace(/_/g, '-').split('-');
  const tag = [language.toLowerCase(), ...rest.map((part) => (part.length === 2 ? part.toUpperCase() : part))].join('-');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
