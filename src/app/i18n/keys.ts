import type en from '../../../translations/en.json';

// Every key of en.json as a string literal type, so t('checklist.tittle') fails to compile.
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type TranslationKey = Leaves<typeof en>;
