// The Engineering Outage summary's fields, in template order: the one place they are listed. The type,
// the wire schema, the parser's labels, the Slack form, the sidebar, the Zendesk note and the Jira
// comment all derive from this table (src/core/summaryFields.ts). Adding a field is one entry here plus
// its translations (summary.fields.<key>, and summary.choices.<key>.<id> for a choice field).
//
// label: the English name shown in Slack, Zendesk and Jira.
// labelWords: what people write as the label when they paste the template (matched whole, any case,
//   accents optional, a space or hyphen between words optional; "Root cause / RCA" may use either part).
// words (choices): phrases that place free text on a choice, matched as whole words; a trailing "*"
//   matches the start of a word ("deploy*": deploys, deployment); a space matches " ", "-", "_", ".",
//   "/" or nothing.

export type TextFieldSpec = {
  key: string;
  kind: 'text';
  /** Long fields take several paragraphs (a multiline input); short ones one line. */
  length: 'long' | 'short';
  label: string;
  required: boolean;
  placeholder?: string;
  labelWords: readonly string[];
};

export type ChoiceSpec = {
  id: string;
  label: string;
  words: readonly string[];
  /** Placed before the others when several match ("3rd party data" is a third party, not bad data). */
  checkedFirst?: boolean;
};

export type ChoiceFieldSpec = {
  key: string;
  kind: 'choice';
  label: string;
  required: boolean;
  choices: readonly ChoiceSpec[];
  /** The choice for a stated value that no word places, if any ("cosmic rays" is an "other" source). */
  unplaced?: string;
  labelWords: readonly string[];
};

export type SummaryFieldSpec = TextFieldSpec | ChoiceFieldSpec;

/** Each base, alone and followed by each tail: "3rd party", "3rd party vendor", ... */
const withTails = (bases: readonly string[], tails: readonly string[]) => [...bases, ...bases.flatMap((b) => tails.map((t) => `${b} ${t}`))];

export const SUMMARY_TABLE = [
  {
    key: 'summary',
    kind: 'text',
    length: 'long',
    label: 'Summary',
    required: true,
    placeholder: 'What happened, who was affected, for how long',
    labelWords: ['summary', 'incident summary', 'outage summary', 'what happened', 'overview', 'tl; dr', 'tl dr', 'resumen'],
  },
  {
    key: 'rootCause',
    kind: 'text',
    length: 'long',
    label: 'Root Cause',
    required: true,
    labelWords: ['root cause', 'root cause analysis', 'rca', 'cause', 'causa raíz'],
  },
  {
    key: 'immediateFix',
    kind: 'text',
    length: 'long',
    label: 'Immediate fix',
    required: true,
    labelWords: [
      'immediate fix', 'immediate fixes', 'immediate resolution', 'immediate resolutions', 'immediate mitigation', 'immediate mitigations',
      'immediate action', 'immediate actions', 'fix', 'fix applied', 'hot fix', 'mitigation', 'resolution', 'workaround', 'solución inmediata',
    ],
  },
  {
    key: 'potentialEnhancements',
    kind: 'text',
    length: 'long',
    label: 'Potential Enhancements',
    required: true,
    labelWords: [
      'potential enhancement', 'potential enhancements', 'potential improvement', 'potential improvements', 'potential fixes',
      'enhancement', 'enhancements', 'improvement', 'improvements', 'follow up', 'follow ups', 'next steps', 'action items',
      'prevention', 'long term fix', 'long term fixes', 'mejoras', 'mejoras potenciales',
    ],
  },
  {
    key: 'customerType',
    kind: 'choice',
    label: 'Customer Type',
    required: true,
    choices: [
      { id: 'managed', label: 'Managed', words: ['managed', 'manage'] },
      { id: 'integrated', label: 'Integrated', words: ['integrated', 'integration', 'integrate'] },
      { id: 'courseware', label: 'Courseware', words: ['course ware'] },
      { id: 'cartridge', label: 'Cartridge', words: ['cartridge', 'cartridges'] },
    ],
    labelWords: ['customer type', 'customer types', 'type of customer', 'customer segment', 'customer', 'tipo de cliente'],
  },
  {
    key: 'product',
    kind: 'text',
    length: 'short',
    label: 'Product',
    required: true,
    labelWords: ['product', 'products', 'product area', 'affected product', 'affected products', 'producto'],
  },
  {
    key: 'source',
    kind: 'choice',
    label: 'Source',
    required: true,
    // Words are checked in order: "bad data" before a bare "data".
    choices: [
      { id: 'misconfiguration', label: 'Misconfiguration', words: ['mis config*', 'config', 'configuration', 'setting*'] },
      { id: 'bad_data', label: 'Bad data', words: ['bad data', 'data', 'corrupt*'] },
      { id: 'regression', label: 'Regression', words: ['regress*', 'bug', 'deploy*', 'release', 'code change*'] },
      { id: 'third_party', label: '3rd party', words: ['3rd party', 'third party', 'vendor', 'external'], checkedFirst: true },
      { id: 'infrastructure', label: 'Infrastructure', words: ['infra', 'infrastructure', 'hosting', 'network', 'database', 'server*', 'capacity', 'aws', 'gcp', 'azure'] },
      { id: 'other', label: 'Other', words: ['other'] },
    ],
    unplaced: 'other',
    labelWords: [
      'source', 'issue source', 'source of issue', 'source of the issue', 'source of outage', 'source of the outage', 'source of problem',
      'source of the problem', 'cause category', 'root cause category', 'category', 'origen', 'fuente',
    ],
  },
  {
    key: 'thirdParty',
    kind: 'text',
    length: 'short',
    label: '3rd Party',
    required: false,
    placeholder: 'Vendor involved, if any',
    labelWords: withTails(
      ['3rd party', '3rd parties', '3rd partys', 'third party', 'third parties', 'third partys', '3p', '3ps', 'vendor', 'vendors', 'external vendor', 'external vendors',
        'external dependency', 'external dependencies', 'external service', 'external services', 'tercero', 'terceros'],
      ['vendor', 'involved', 'name', 'service'],
    ),
  },
] as const satisfies readonly SummaryFieldSpec[];
