// Strict translations (STYLE.md #3): locale fallback es-MX -> es -> en, a key missing everywhere is an
// error rather than "undefined", and {{name}} placeholders must all be given.

export type Messages = { [key: string]: string | Messages };
export type Vars = Readonly<Record<string, string | number>>;
export type Translate<K extends string = string> = (key: K, vars?: Vars) => string;

/** Nested locale JSON -> { "a.b.c": "text" }. */
export function flatten(messages: Messages, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix + key;
    if (typeof value === 'string') out[path] = value;
    else Object.assign(out, flatten(value, `${path}.`));
  }
  return out;
}

/** Which bundles to try, most specific first: "es-MX" -> ["es-mx", "es", "en"] (those that exist). */
export function localeChain(locale: string, available: readonly string[], fallback = 'en'): string[] {
  const wanted = locale.trim().toLowerCase().replace(/_/g, '-');
  const candidates = [wanted, wanted.split('-')[0] ?? '', fallback];
  return [...new Set(candidates)].filter((l) => available.includes(l));
}

export function interpolate(template: string, vars: Vars = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`Missing value for {{${name}}} in "${template}"`);
    return String(value);
  });
}

export function createTranslator<K extends string = string>(
  locale: string,
  bundles: Readonly<Record<string, Messages>>,
): Translate<K> {
  const chain = localeChain(locale, Object.keys(bundles)).map((l) => flatten(bundles[l] ?? {}));
  return (key, vars) => {
    for (const messages of chain) {
      const template = messages[key];
      if (template !== undefined) return interpolate(template, vars);
    }
    throw new Error(`Missing translation "${key}" for locale "${locale}"`);
  };
}
