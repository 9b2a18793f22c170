import { mappedFieldIds, parseSettings } from './settings';

describe('parseSettings', () => {
  it('gives defaults for empty settings', () => {
    expect(parseSettings(undefined)).toEqual({
      proxyUrl: null,
      issueTypeFieldId: null,
      itemFields: {},
      requiredItems: {},
      problems: [],
    });
  });

  it('reads field ids (strings or numbers) and the required-items override', () => {
    const settings = parseSettings({
      proxy_url: ' https://escalations.example.com ',
      issue_type_field_id: 360005,
      school_field_id: '360001',
      scope_field_id: '360002',
      steps_field_id: '',
      required_items_json: '{"outage":["school","scope"]}',
    });
    expect(settings).toEqual({
      proxyUrl: 'https://escalations.example.com',
      issueTypeFieldId: '360005',
      itemFields: { school: '360001', scope: '360002' },
      requiredItems: { outage: ['school', 'scope'] },
      problems: [],
    });
    expect(mappedFieldIds(settings).sort()).toEqual(['360001', '360002', '360005']);
  });

  it('reports malformed JSON and falls back to the default required items', () => {
    const settings = parseSettings({ required_items_json: '{"outage": [school' });
    expect(settings.requiredItems).toEqual({});
    expect(settings.problems).toEqual([{ setting: 'required_items_json', detail: expect.stringContaining('not valid JSON') }]);
  });

  it('reports unknown items and non-numeric field ids, keeping the rest', () => {
    const settings = parseSettings({
      required_items_json: '{"outage":["school","shoe_size"]}',
      school_field_id: 'School',
      scope_field_id: '360002',
    });
    expect(settings.itemFields).toEqual({ scope: '360002' });
    expect(settings.problems.map((p) => p.setting).sort()).toEqual(['required_items_json', 'school_field_id']);
  });
});
