import { engineeringSummarySchema } from './api';
import { NINTH_FIELD, withNinthField } from './fixtures/summaryNinthField';
import { normalizeChoice, parseSummary } from './summary';
import { SUMMARY_FIELD_SPECS, SUMMARY_FIELDS, summaryLines, summaryPlainText, type EngineeringSummary } from './summaryFields';

// The contract in DESIGN.md: the type derived from the table must stay exactly this.
type Contract = {
  summary: string; rootCause: string; immediateFix: string; potentialEnhancements: string;
  customerType: 'managed' | 'integrated' | 'courseware' | 'cartridge';
  product: string;
  source: 'misconfiguration' | 'bad_data' | 'regression' | 'third_party' | 'infrastructure' | 'other';
  thirdParty?: string;
};
type Equal<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;
const derivedTypeIsTheContract: Equal<EngineeringSummary, Contract> = true;

const FULL: EngineeringSummary = {
  summary: 'Gradebook 500s for 40 min', rootCause: 'Bad index', immediateFix: 'Rolled back', potentialEnhancements: 'Migration canary',
  customerType: 'managed', product: 'Gradebook', source: 'third_party', thirdParty: 'Clever',
};
const ANY_VALUE: Record<string, string> = { ...FULL };

describe('the summary table', () => {
  it('lists the template fields in order, and derives the contract type', () => {
    expect(derivedTypeIsTheContract).toBe(true);
    expect(SUMMARY_FIELDS).toEqual(['summary', 'rootCause', 'immediateFix', 'potentialEnhancements', 'customerType', 'product', 'source', 'thirdParty']);
    expect(SUMMARY_FIELD_SPECS.filter((s) => !s.required).map((s) => s.key)).toEqual(['thirdParty']);
  });

  it('gives each label word to one field only, and the parser reads every one as its field', () => {
    const owners = new Map<string, string>();
    for (const spec of SUMMARY_FIELD_SPECS) {
      for (const word of spec.labelWords) {
        const key = word.toLowerCase().replace(/[\s-]+/g, '');
        expect([word, owners.get(key) ?? spec.key]).toEqual([word, spec.key]);
        owners.set(key, spec.key);
        const expected = spec.kind === 'choice' ? spec.choices[0]?.id : 'some value';
        const value = spec.kind === 'choice' ? (spec.choices[0]?.label ?? '') : 'some value';
        expect([word, parseSummary(`${word}: ${value}`).summary]).toEqual([word, { [spec.key]: expected }]);
      }
    }
  });

  it('places each choice by its id, its label and each of its words', () => {
    for (const spec of SUMMARY_FIELD_SPECS) {
      if (spec.kind !== 'choice') continue;
      for (const choice of spec.choices) {
        const stated = [choice.id, choice.label, ...choice.words.map((w) => w.replace(/\*$/, ''))];
        for (const text of stated) expect([spec.key, text, normalizeChoice(spec.key, text)]).toEqual([spec.key, text, choice.id]);
      }
    }
  });

  it('the wire schema holds each field: required ones present, choices only from the table', () => {
    expect(engineeringSummarySchema.parse({ ...FULL, extra: 'dropped' })).toEqual(FULL);
    for (const spec of SUMMARY_FIELD_SPECS) {
      const without: Record<string, string> = { ...ANY_VALUE };
      delete without[spec.key];
      expect([spec.key, engineeringSummarySchema.safeParse(without).success]).toEqual([spec.key, !spec.required]);
      expect([spec.key, engineeringSummarySchema.safeParse({ ...FULL, [spec.key]: 42 }).success]).toEqual([spec.key, false]);
      if (spec.kind === 'choice') expect(engineeringSummarySchema.safeParse({ ...FULL, [spec.key]: 'not a choice' }).success).toBe(false);
    }
  });

  it('writes plain label and value lines in template order, choices by their label, empty fields left out', () => {
    expect(summaryLines({ source: 'third_party', summary: 'It broke', thirdParty: '' })).toEqual([
      { key: 'summary', label: 'Summary', value: 'It broke' },
      { key: 'source', label: 'Source', value: '3rd party' },
    ]);
    expect(summaryPlainText(FULL).split('\n')).toEqual([
      'Summary: Gradebook 500s for 40 min', 'Root Cause: Bad index', 'Immediate fix: Rolled back', 'Potential Enhancements: Migration canary',
      'Customer Type: Managed', 'Product: Gradebook', 'Source: 3rd party', '3rd Party: Clever',
    ]);
  });
});

describe('adding a ninth field to the table', () => {
  const core = () =>
    withNinthField(async () => ({ api: await import('./api'), summary: await import('./summary'), fields: await import('./summaryFields') }));

  it('puts it in the field order, the wire schema and the plain lines', async () => {
    const { api, fields } = await core();
    expect(fields.SUMMARY_FIELDS.at(-1)).toBe('severity');
    expect(api.engineeringSummarySchema.safeParse(FULL).success).toBe(false);
    expect(api.engineeringSummarySchema.safeParse({ ...FULL, severity: 'sev2' }).success).toBe(true);
    expect(api.engineeringSummarySchema.safeParse({ ...FULL, severity: 'sev9' }).success).toBe(false);
    expect(fields.summaryPlainText({ ...FULL, severity: 'sev2' } as EngineeringSummary)).toMatch(/\n3rd Party: Clever\nSeverity: Sev 2$/);
  });

  it('lets the parser read it by its label words and place free text on its choices', async () => {
    const { summary } = await core();
    expect(summary.parseSummary('Summary: it broke\nImpact level: *Critical*').summary).toEqual({ summary: 'it broke', severity: 'sev1' });
    expect(summary.parseSummary('Summary: it broke').missing).toContain(NINTH_FIELD.key);
    // The table as it is has no such field: the line belongs to the summary.
    expect(parseSummary('Summary: it broke\nImpact level: critical').summary).toEqual({ summary: 'it broke\nImpact level: critical' });
  });
});
