import { summaryModal, readSubmission } from './summaryModal';
import type { ViewStateValues } from './summaryModal';
import { parseReplyPost, summaryNote, summaryPost } from './messages';
import { NINTH_FIELD, withNinthField } from '../../core/fixtures/summaryNinthField';
import type { EngineeringSummary } from '../../core/summaryFields';

const complete: ViewStateValues = {
  summary: { value: { type: 'plain_text_input', value: 'Gradebook 500s for 40 min' } },
  root_cause: { value: { type: 'plain_text_input', value: 'Bad index <migration>' } },
  immediate_fix: { value: { type: 'plain_text_input', value: 'Rolled back' } },
  potential_enhancements: { value: { type: 'plain_text_input', value: 'Migration canary' } },
  customer_type: { value: { type: 'static_select', selected_option: { value: 'managed' } } },
  product: { value: { type: 'plain_text_input', value: 'Gradebook' } },
  source: { value: { type: 'static_select', selected_option: { value: 'regression' } } },
  third_party: { value: { type: 'plain_text_input', value: null } },
};

describe('summary modal', () => {
  it('has one input per field, 3rd Party optional, and carries the escalation id', () => {
    const view = summaryModal('esc-1', 'outage-1001-gradebook');
    const blocks = (view.blocks as Array<{ type: string; block_id?: string; optional?: boolean }>).filter((b) => b.type === 'input');
    expect(blocks.map((b) => b.block_id)).toEqual(['summary', 'root_cause', 'immediate_fix', 'potential_enhancements', 'customer_type', 'product', 'source', 'third_party']);
    expect(blocks.filter((b) => b.optional).map((b) => b.block_id)).toEqual(['third_party']);
    expect(view.private_metadata).toBe('esc-1');
  });

  it('prefills text and selects from a stored summary', () => {
    const view = JSON.stringify(summaryModal('esc-1', 'c', { summary: 'It broke', customerType: 'integrated' }));
    expect(view).toContain('"initial_value":"It broke"');
    expect(view).toContain('"initial_option":{"text":{"type":"plain_text","text":"Integrated","emoji":false},"value":"integrated"}');
  });
});

describe('readSubmission', () => {
  it('reads a complete submission, trimming and leaving out an empty 3rd Party', () => {
    expect(readSubmission(complete)).toEqual({
      ok: true,
      summary: { summary: 'Gradebook 500s for 40 min', rootCause: 'Bad index <migration>', immediateFix: 'Rolled back', potentialEnhancements: 'Migration canary', customerType: 'managed', product: 'Gradebook', source: 'regression' },
    });
  });

  it('reports every missing or bad field by block_id', () => {
    const r = readSubmission({ ...complete, summary: { value: { value: '  ' } }, source: { value: { selected_option: { value: 'aliens' } } }, customer_type: undefined });
    expect(r).toEqual({ ok: false, errors: { summary: 'Summary is required.', customer_type: 'Choose a customer type.', source: 'Choose one of the listed source values.' } });
    expect(readSubmission({ ...complete, product: { value: { value: 'x'.repeat(200) } } })).toEqual({ ok: false, errors: { product: 'Keep it under 150 characters.' } });
  });
});

describe('summary messages', () => {
  const r = readSubmission(complete);
  if (!r.ok) throw new Error('fixture');
  it('escapes what people wrote in Slack posts and keeps it plain in the Zendesk note', () => {
    const post = summaryPost('s1', 'channel', { ...r.summary, summary: '<!channel> & all' }, { author: 'U0ENG00001' });
    expect(post.text).toContain('&lt;!channel&gt; &amp; all');
    expect(post.text).not.toContain('<!channel>');
    expect(post.text).toContain('*Customer Type:* Managed');
    expect(summaryNote('e1', 's1', r.summary, 'outage-1')).toContain('Root Cause: Bad index <migration>');
  });

  it('says what was read and what is missing', () => {
    const p = parseReplyPost('e1', '1.2', { summary: 'x', rootCause: 'y' }, ['immediateFix', 'source'], false);
    expect(p.text).toContain('Read: Summary, Root Cause.');
    expect(p.text).toContain('Missing: Immediate fix, Source.');
  });
});

describe('a ninth field in the summary table', () => {
  const load = () =>
    withNinthField(async () => ({ modal: await import('./summaryModal'), messages: await import('./messages') }));

  it('gets its own select in the modal, is read back from the submission and written in the Zendesk note', async () => {
    const { modal, messages } = await load();
    const view = modal.summaryModal('esc-1', 'c', { severity: 'sev2' } as Partial<EngineeringSummary>);
    const block = (view.blocks as Array<{ block_id?: string; optional?: boolean; label?: { text: string }; element?: { type: string; options?: Array<{ value: string }>; initial_option?: { value: string } } }>).at(-1);
    expect(block).toMatchObject({ block_id: 'severity', optional: false, label: { text: 'Severity' }, element: { type: 'static_select', initial_option: { value: 'sev2' } } });
    expect(block?.element?.options?.map((o) => o.value)).toEqual(NINTH_FIELD.choices.map((c) => c.id));

    expect(modal.readSubmission(complete)).toEqual({ ok: false, errors: { severity: 'Choose a severity.' } });
    const read = modal.readSubmission({ ...complete, severity: { value: { type: 'static_select', selected_option: { value: 'sev1' } } } });
    expect(read).toMatchObject({ ok: true, summary: { severity: 'sev1', product: 'Gradebook' } });
    if (!read.ok) throw new Error('expected a summary');
    expect(messages.summaryNote('e1', 's1', read.summary, 'outage-1')).toContain('\nSeverity: Sev 1\n');
    expect(messages.summaryPost('s1', 'channel', read.summary, {}).text).toContain('*Severity:* Sev 1');
  });
});
