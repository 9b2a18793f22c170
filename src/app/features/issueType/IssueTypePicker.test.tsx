import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInApp } from '../../test/render';
import { IssueTypePicker } from './IssueTypePicker';

describe('IssueTypePicker', () => {
  it('offers the six types and shows the chosen one with its meaning', () => {
    renderInApp(<IssueTypePicker value="time_sensitive" onSave={async () => undefined} />);
    const select = screen.getByTestId('issue-type-picker');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Outage',
      'Problem',
      'Interrupt',
      'Time Sensitive',
      'Request',
      'Question',
    ]);
    expect(select).toHaveValue('time_sensitive');
    expect(screen.getByText('Must be fixed before a known date, such as a test or term start.')).toBeInTheDocument();
  });

  it('lists every meaning on demand, translated', async () => {
    const user = userEvent.setup();
    renderInApp(<IssueTypePicker value={null} onSave={async () => undefined} />, 'es');
    expect(screen.getByTestId('issue-type-picker')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: '¿Qué significa cada tipo?' }));
    const meanings = screen.getByTestId('issue-type-meanings');
    expect(within(meanings).getByText('Caída')).toBeInTheDocument();
    expect(within(meanings).getByText('Pregunta cómo funciona algo; la responde soporte.')).toBeInTheDocument();
    expect(within(meanings).getAllByRole('definition')).toHaveLength(6);
  });

  it('does not save when the current type is picked again', async () => {
    const user = userEvent.setup();
    const onSave = jest.fn(async () => undefined);
    renderInApp(<IssueTypePicker value="outage" onSave={onSave} />);
    await user.selectOptions(screen.getByTestId('issue-type-picker'), 'outage');
    expect(onSave).not.toHaveBeenCalled();
    await user.selectOptions(screen.getByTestId('issue-type-picker'), 'problem');
    expect(onSave).toHaveBeenCalledWith('problem');
  });

  // jsdom does not move a select with the arrow keys: the key and the change it causes in a browser
  // are fired as Chromium fires them. The browser test (e2e/keyboard.test.ts) holds the real thing.
  it('does not save while the agent browses the closed select with the arrow keys; Enter saves', async () => {
    const onSave = jest.fn(async () => undefined);
    renderInApp(<IssueTypePicker value={null} onSave={onSave} />);
    const select = screen.getByTestId('issue-type-picker');
    select.focus();
    fireEvent.keyDown(select, { key: 'ArrowDown' });
    fireEvent.change(select, { target: { value: 'outage' } });
    fireEvent.keyDown(select, { key: 'ArrowDown' });
    fireEvent.change(select, { target: { value: 'problem' } });
    expect(onSave).not.toHaveBeenCalled();
    expect(select).toHaveValue('problem');
    expect(screen.getByTestId('issue-type-browsed')).toHaveTextContent('Press Enter to save Problem.');
    await act(async () => {
      fireEvent.keyDown(select, { key: 'Enter' });
    });
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenCalledWith('problem');
    expect(select).toHaveFocus();
    expect(select).toBeEnabled();
  });

  it('forgets a browsed type when the agent leaves without choosing it', () => {
    const onSave = jest.fn(async () => undefined);
    renderInApp(<IssueTypePicker value="outage" onSave={onSave} />);
    const select = screen.getByTestId('issue-type-picker');
    fireEvent.keyDown(select, { key: 'ArrowDown' });
    fireEvent.change(select, { target: { value: 'problem' } });
    fireEvent.blur(select);
    expect(onSave).not.toHaveBeenCalled();
    expect(select).toHaveValue('outage');
    expect(screen.queryByTestId('issue-type-browsed')).not.toBeInTheDocument();
  });

  it('saves a type chosen from the opened list (Space, then Enter in the list)', async () => {
    const onSave = jest.fn(async () => undefined);
    renderInApp(<IssueTypePicker value={null} onSave={onSave} />);
    const select = screen.getByTestId('issue-type-picker');
    fireEvent.keyDown(select, { key: ' ' });
    await act(async () => {
      fireEvent.change(select, { target: { value: 'interrupt' } });
    });
    expect(onSave).toHaveBeenCalledWith('interrupt');
  });

  it('saves a type picked from a list that ArrowDown opened (macOS): the change comes later than the key', async () => {
    const onSave = jest.fn(async () => undefined);
    renderInApp(<IssueTypePicker value={null} onSave={onSave} />);
    const select = screen.getByTestId('issue-type-picker');
    const now = jest.spyOn(Date, 'now').mockReturnValue(1_000_000);
    fireEvent.keyDown(select, { key: 'ArrowDown' });
    now.mockReturnValue(1_002_000);
    await act(async () => {
      fireEvent.change(select, { target: { value: 'question' } });
    });
    now.mockRestore();
    expect(onSave).toHaveBeenCalledWith('question');
  });
});
