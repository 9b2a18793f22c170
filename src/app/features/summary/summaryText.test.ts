import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import en from '../../../../translations/en.json';
import { NINTH_FIELD, NINTH_FIELD_EN, withNinthField } from '../../../core/fixtures/summaryNinthField';
import { SUMMARY_FIELDS, SUMMARY_FIELD_SPECS, type EngineeringSummary } from '../../../core/summaryFields';
import { BUNDLES, type T } from '../../i18n/I18nProvider';
import { createTranslator, flatten, type Messages } from '../../i18n/translate';
import { CHOICE_FIELDS, choiceLabelKey, fieldLabelKey, summaryAsText, TEXT_FIELDS } from './summaryText';

const root = join(__dirname, '../../../..');
const locales = readdirSync(join(root, 'translations')).filter((f) => f.endsWith('.json'));
const messagesOf = (file: string) => flatten(JSON.parse(readFileSync(join(root, 'translations', file), 'utf8')) as Messages);

const SUMMARY: EngineeringSummary = {
  summary: 'It broke', rootCause: 'A bad index', immediateFix: 'Rolled back', potentialEnhancements: 'A canary',
  customerType: 'integrated', product: 'Gradebook', source: 'bad_data',
};

describe('the sidebar summary', () => {
  it('shows every field of the table once, text fields then choices, each in template order', () => {
    expect([...TEXT_FIELDS, ...CHOICE_FIELDS].map((f) => f.key).sort()).toEqual([...SUMMARY_FIELDS].sort());
    expect(TEXT_FIELDS.map((f) => f.key)).toEqual(SUMMARY_FIELDS.filter((k) => TEXT_FIELDS.some((f) => f.key === k)));
    expect(CHOICE_FIELDS.map((f) => f.key)).toEqual(['customerType', 'source']);
  });

  it.each(locales)('has every field label and choice name in %s', (file) => {
    const messages = messagesOf(file);
    const keys = SUMMARY_FIELD_SPECS.flatMap((spec) => [
      fieldLabelKey(spec.key),
      ...(spec.kind === 'choice' ? spec.choices.map((c) => choiceLabelKey(spec.key, c.id)) : []),
    ]);
    expect(keys.filter((key) => !messages[key])).toEqual([]);
  });

  it('writes the reply text in the agent language, no 3rd party as None', () => {
    const t = createTranslator('es', BUNDLES) as T;
    expect(summaryAsText(t, SUMMARY).split('\n')).toEqual([
      'Resumen de ingeniería', 'Resumen: It broke', 'Causa raíz: A bad index', 'Solución inmediata: Rolled back', 'Mejoras posibles: A canary',
      'Producto: Gradebook', 'Terceros: Ninguno', 'Tipo de cliente: Integrado', 'Origen: Datos erróneos',
    ]);
  });

  it('takes a ninth field from the table alone, once its translations exist', async () => {
    const text = await withNinthField(() => import('./summaryText'));
    expect(text.CHOICE_FIELDS.map((f) => f.key)).toEqual(['customerType', 'source', NINTH_FIELD.key]);
    const withNinth = { en: { ...en, summary: { ...en.summary, fields: { ...en.summary.fields, ...NINTH_FIELD_EN.summary.fields }, choices: { ...en.summary.choices, ...NINTH_FIELD_EN.summary.choices } } } };
    const t = createTranslator('en', withNinth) as T;
    expect(text.summaryAsText(t, { ...SUMMARY, severity: 'sev3' } as EngineeringSummary)).toMatch(/\nSource: Bad data\nSeverity: Sev 3$/);
  });
});
