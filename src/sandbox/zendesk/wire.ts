import { FIELD_DEFINITIONS, type SandboxComment, type SandboxTicket } from './page/model';

// Sandbox state -> Zendesk Support API JSON (the fields a client of /api/v2 reads).

export function toApiTicket(t: SandboxTicket, baseUrl: string): Record<string, unknown> {
  const customFields = FIELD_DEFINITIONS.map((f) => ({ id: f.id, value: t.customFields[String(f.id)] ?? null }));
  return {
    id: t.id,
    url: `${baseUrl}/api/v2/tickets/${t.id}.json`,
    external_id: null,
    type: null,
    subject: t.subject,
    raw_subject: t.subject,
    description: t.description,
    priority: t.priority,
    status: t.status,
    requester_id: t.requester.id,
    submitter_id: t.requester.id,
    assignee_id: 9001,
    organization_id: t.organization?.id ?? null,
    group_id: null,
    tags: t.tags,
    custom_fields: customFields,
    fields: customFields,
    via: { channel: 'web', source: { from: {}, to: {}, rel: null } },
    is_public: t.comments.some((c) => c.public),
    created_at: t.createdAt,
    updated_at: t.updatedAt,
  };
}

export function toApiComment(c: SandboxComment): Record<string, unknown> {
  return {
    id: c.id,
    type: 'Comment',
    author_id: c.author.id,
    body: c.plainBody,
    html_body: c.htmlBody,
    plain_body: c.plainBody,
    public: c.public,
    attachments: c.attachments.map((a) => ({
      id: a.id,
      file_name: a.fileName,
      content_url: a.url,
      mapped_content_url: a.url,
      content_type: a.contentType,
      size: a.size,
      inline: false,
      deleted: false,
      thumbnails: [],
    })),
    via: { channel: 'web' },
    metadata: {},
    created_at: c.createdAt,
  };
}

/**
 * The account's people and organizations as the Users and Organizations APIs show them: the API
 * user (an agent; the sandbox agent id 9001) and an admin, then each ticket's requester (an end-user)
 * and organization.
 */
export function directory(tickets: readonly SandboxTicket[], apiEmail: string) {
  const users = new Map<number, { id: number; name: string; email: string; role: 'end-user' | 'agent' | 'admin'; active: boolean; suspended: boolean }>();
  users.set(9001, { id: 9001, name: 'Sandbox Agent', email: apiEmail, role: 'agent', active: true, suspended: false });
  users.set(9002, { id: 9002, name: 'Sandbox Admin', email: 'admin@sandbox.example.com', role: 'admin', active: true, suspended: false });
  const organizations = new Map<number, { id: number; name: string }>();
  for (const t of tickets) {
    if (!users.has(t.requester.id)) users.set(t.requester.id, { ...t.requester, role: 'end-user', active: true, suspended: false });
    if (t.organization) organizations.set(t.organization.id, { ...t.organization });
  }
  return { users: [...users.values()], organizations: [...organizations.values()] };
}
