import { h } from './dom';
import type { SandboxTicket } from './model';

// The ticket list (a Zendesk "view"), the settings panel, toasts and the protocol log.

export function renderTicketList(list: HTMLElement, tickets: readonly SandboxTicket[], currentId: number): void {
  list.replaceChildren(
    ...tickets.map((t) =>
      h(
        'a',
        { href: `#ticket-${t.id}`, class: t.id === currentId ? 'ticket-link current' : 'ticket-link', 'data-testid': `ticket-link-${t.id}` },
        h('span', { class: `status status-${t.status}` }, t.status[0]!.toUpperCase()),
        h('span', { class: 'ticket-link-text' }, h('span', { class: 'ticket-link-subject' }, t.subject), h('span', { class: 'muted' }, `#${t.id} · ${t.requester.name}`)),
      ),
    ),
  );
}

export type SettingsModel = {
  names: readonly string[];
  values: Record<string, string>;
  /** Secure setting name -> whether it has a value (the value itself never reaches the page). */
  secure: Record<string, boolean>;
};

export function renderSettings(container: HTMLElement, model: SettingsModel, save: (values: Record<string, string>) => Promise<string | null>): void {
  const inputs = model.names.map((name) => {
    const isSecure = name in model.secure;
    const multiline = name.endsWith('_json');
    const attrs = {
      'data-testid': `settings-${name}`,
      id: `settings-${name}`,
      name,
      value: isSecure ? '' : (model.values[name] ?? ''),
      placeholder: isSecure ? (model.secure[name] ? 'secure: set (leave empty to keep)' : 'secure: not set') : '',
    };
    const input = multiline ? h('textarea', { ...attrs, rows: 3 }) : h('input', { ...attrs, type: isSecure ? 'password' : 'text', autocomplete: 'off' });
    return { name, input, row: h('div', { class: 'setting' }, h('label', { for: `settings-${name}` }, name), input) };
  });
  const status = h('div', { class: 'muted', role: 'status', 'data-testid': 'settings-status' });
  const form = h(
    'form',
    {
      onSubmit: async (e) => {
        e.preventDefault();
        const values = Object.fromEntries(inputs.map((i) => [i.name, i.input.value]));
        const error = await save(values);
        status.textContent = error ?? 'Saved; the app reloaded.';
      },
    },
    ...inputs.map((i) => i.row),
    h('button', { type: 'submit', class: 'primary', 'data-testid': 'settings-save' }, 'Save and reload app'),
    status,
  );
  container.replaceChildren(form);
}

export function showToast(container: HTMLElement, message: string, kind: string): void {
  const toast = h('div', { class: `toast toast-${kind}`, role: 'status', 'data-testid': 'toast', 'data-kind': kind }, message);
  container.append(toast);
  setTimeout(() => toast.remove(), 6_000);
}

export function logLine(container: HTMLElement, direction: '→' | '←' | '•', text: string): void {
  container.prepend(h('li', {}, h('span', { class: 'muted' }, `${direction} `), text.length > 300 ? `${text.slice(0, 300)}…` : text));
  while (container.childElementCount > 80) container.lastElementChild?.remove();
}
