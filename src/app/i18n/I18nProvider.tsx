import { createContext, useContext, useMemo, type ReactNode } from 'react';
import en from '../../../translations/en.json';
import es from '../../../translations/es.json';
import type { TranslationKey } from './keys';
import { createTranslator, type Messages, type Translate } from './translate';

// File names follow Zendesk's locale names (en.json, es.json, pt-br.json); keys here are those names.
export const BUNDLES: Readonly<Record<string, Messages>> = { en, es };

export type T = Translate<TranslationKey>;

const I18nContext = createContext<T | null>(null);

export function I18nProvider({ locale, children }: { locale: string; children: ReactNode }) {
  const t = useMemo(() => createTranslator<TranslationKey>(locale, BUNDLES), [locale]);
  return <I18nContext.Provider value={t}>{children}</I18nContext.Provider>;
}

export function useT(): T {
  const t = useContext(I18nContext);
  if (t === null) throw new Error('useT() must be used inside <I18nProvider>');
  return t;
}
