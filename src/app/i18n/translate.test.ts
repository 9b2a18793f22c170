import { createTranslator, flatten, interpolate, localeChain, type Messages } from './translate';
import es from '../../../translations/es.json';

const bundles = {
  en: { greeting: 'Hello {{name}}', only: { en: 'English only' }, shared: 'Shared' },
  es: { greeting: 'Hola {{name}}', shared: 'Compartido' },
};

describe('translate', () => {
  it('falls back es-MX -> es -> en', () => {
    expect(localeChain('es-MX', ['en', 'es'])).toEqual(['es', 'en']);
    expect(localeChain('pt_BR', ['en', 'pt-br'])).toEqual(['pt-br', 'en']);
    expect(localeChain('fr', ['en', 'es'])).toEqual(['en']);
    const t = createTranslator('es-MX', bundles);
    expect(t('greeting', { name: 'Ana' })).toBe('Hola Ana');
    expect(t('only.en')).toBe('English only');
  });

  it('treats a key missing in every locale as an error', () => {
    const t = createTranslator('es', bundles);
    expect(() => t('nope')).toThrow('Missing translation "nope"');
  });

  it('requires every placeholder value', () => {
    expect(interpolate('{{a}} and {{ b }}', { a: 1, b: 'two' })).toBe('1 and two');
    expect(() => interpolate('Hi {{name}}')).toThrow('Missing value for {{name}}');
  });

  it('flattens nested messages to dotted keys', () => {
    expect(flatten({ a: { b: 'x', c: { d: 'y' } }, e: 'z' })).toEqual({ 'a.b': 'x', 'a.c.d': 'y', e: 'z' });
  });
});

describe('the Spanish text', () => {
  // The app speaks to agents and requesters as "usted": no "tú" pronouns, possessives or verb forms.
  const TU = /\b(tú|tu|tus|te|ti|contigo|puedes|tienes|quieres|necesitas|debes|has|estás|eres|elige|revisa|abre|vuelve|pega|escribe|añade|confirma|indica|mira|pulsa|haz|pon|di|sal|ven)\b/i;
  it('says "usted" throughout', () => {
    const texts = Object.entries(flatten(es as Messages)).filter(([, text]) => TU.test(String(text)));
    expect(texts).toEqual([]);
  });

  it('keeps the requester addressed as usted in the reply', () => {
    const t = createTranslator('es', { es: flatten(es as Messages) });
    expect(t('ask.reply.intro')).toMatch(/podría/);
  });
});
