import { checklistItem as item } from '../fixtures/build';
import { evaluateChecklist } from '../checklist';
import type { ChecklistResult } from '../types';
import { CHECKLIST_ITEM_KEYS } from '../types';
import { applyConfirmations, confirmationsFromTags, confirmationTag, confirmationTags } from './confirmations';


const result: ChecklistResult = {
  issueType: 'problem',
  items: [
    item('school', 'present', true, ['Lincoln High (School field)']),
    item('userIds', 'missing'),
    item('stepsToReproduce', 'weak', true, ['description: "click it"']),
    item('visuals', 'missing'),
    item('courseName', 'missing', false),
  ],
  scopeLevel: null,
  complete: false,
  missingRequired: ['userIds', 'stepsToReproduce', 'visuals'],
};

describe('confirmation tags', () => {
  it('names each item in snake case under checklist_ok_ and checklist_na_', () => {
    expect(confirmationTag('stepsToReproduce', 'present')).toBe('checklist_ok_steps_to_reproduce');
    expect(confirmationTag('userIds', 'not_needed')).toBe('checklist_na_user_ids');
    expect(confirmationTag('courseRevisionId', 'present')).toBe('checklist_ok_course_revision_id');
    expect(confirmationTags('school')).toEqual(['checklist_ok_school', 'checklist_na_school']);
  });

  it('gives every item two distinct tags that Zendesk would keep as they are (lower case, no spaces)', () => {
    const tags = CHECKLIST_ITEM_KEYS.flatMap(confirmationTags);
    expect(new Set(tags).size).toBe(CHECKLIST_ITEM_KEYS.length * 2);
    for (const tag of tags) expect(tag).toMatch(/^[a-z_]+$/);
  });

  it('reads confirmations back from tags, in any case, ignoring other tags', () => {
    expect(confirmationsFromTags(['gradebook', 'CHECKLIST_OK_Steps_To_Reproduce', 'checklist_na_user_ids', 'checklist_ok_nothing', 'issue_type_problem'])).toEqual({
      stepsToReproduce: 'present',
      userIds: 'not_needed',
    });
    expect(confirmationsFromTags([])).toEqual({});
  });

  it("lets \"it's there\" win when an item carries both tags", () => {
    expect(confirmationsFromTags(['checklist_ok_visuals', 'checklist_na_visuals'])).toEqual({ visuals: 'present' });
    expect(confirmationsFromTags(['checklist_na_visuals', 'checklist_ok_visuals'])).toEqual({ visuals: 'present' });
  });
});

describe('applyConfirmations', () => {
  it('returns the result unchanged without confirmations', () => {
    expect(applyConfirmations(result, ['gradebook'])).toBe(result);
  });

  it('makes a confirmed item present and keeps what was detected', () => {
    const out = applyConfirmations(result, ['checklist_ok_steps_to_reproduce']);
    expect(out.items.find((i) => i.key === 'stepsToReproduce')).toEqual({
      key: 'stepsToReproduce',
      status: 'present',
      required: true,
      evidence: ['description: "click it"'],
      confirmation: 'present',
    });
    expect(out.missingRequired).toEqual(['userIds', 'visuals']);
    expect(out.complete).toBe(false);
    expect(result.items.find((i) => i.key === 'stepsToReproduce')?.status).toBe('weak');
  });

  it('makes a not-needed item optional, keeping its status', () => {
    const out = applyConfirmations(result, ['checklist_na_user_ids']);
    expect(out.items.find((i) => i.key === 'userIds')).toEqual({ key: 'userIds', status: 'missing', required: false, evidence: [], confirmation: 'not_needed' });
    expect(out.missingRequired).toEqual(['stepsToReproduce', 'visuals']);
  });

  it('completes the checklist once every missing item has the agent’s word', () => {
    const out = applyConfirmations(result, ['checklist_na_user_ids', 'checklist_ok_steps_to_reproduce', 'checklist_ok_visuals', 'checklist_ok_course_name']);
    expect(out.missingRequired).toEqual([]);
    expect(out.complete).toBe(true);
    expect(out.items.find((i) => i.key === 'courseName')).toMatchObject({ status: 'present', required: false, confirmation: 'present' });
    expect(out.items.find((i) => i.key === 'school')).not.toHaveProperty('confirmation');
  });
});

describe('evaluateChecklist with confirmation tags', () => {
  const ticket = (tags: string[]) => ({ id: 1, subject: 'Broken', description: 'It is broken.', status: 'open', tags, customFields: {}, comments: [] });

  it('applies the tags of the ticket it reads', () => {
    const before = evaluateChecklist(ticket([]), 'problem');
    expect(before.missingRequired).toContain('visuals');
    const after = evaluateChecklist(ticket(['checklist_ok_visuals', 'checklist_na_user_ids']), 'problem');
    expect(after.items.find((i) => i.key === 'visuals')).toMatchObject({ status: 'present', confirmation: 'present' });
    expect(after.items.find((i) => i.key === 'userIds')).toMatchObject({ required: false, confirmation: 'not_needed' });
    expect(after.missingRequired).not.toContain('visuals');
    expect(after.missingRequired).not.toContain('userIds');
  });
});
