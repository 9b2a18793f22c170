import { useEffect, useState } from 'react';
import { useClient } from './ClientProvider';
import type { ZafGetResult } from './types';

// The titles of the ticket's custom fields, so evidence read from a mapped field says where it came
// from ("Jefferson Middle School (School field)") rather than a field id.

const CUSTOM_FIELD_NAME = /^custom_field_(\d+)$/;

/** Field id -> title from ZAF's `ticketFields` (objects with `name: "custom_field_<id>"` and `label`). */
export function fieldTitlesFrom(result: ZafGetResult): Record<string, string> {
  const fields = result.ticketFields;
  const titles: Record<string, string> = {};
  if (!Array.isArray(fields)) return titles;
  for (const field of fields as unknown[]) {
    if (typeof field !== 'object' || field === null) continue;
    const { name, label } = field as { name?: unknown; label?: unknown };
    const id = typeof name === 'string' ? CUSTOM_FIELD_NAME.exec(name)?.[1] : undefined;
    if (id !== undefined && typeof label === 'string' && label.trim() !== '') titles[id] = label.trim();
  }
  return titles;
}

const NONE: Record<string, string> = {};

/**
 * The custom fields' titles, read once from the host; empty until they arrive, and when the host does
 * not give them (the evidence then names the field by id). `enabled` false skips the read.
 */
export function useFieldTitles(enabled: boolean): Record<string, string> {
  const client = useClient();
  const [titles, setTitles] = useState<Record<string, string>>(NONE);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    client.get('ticketFields').then(
      (result) => live && setTitles(fieldTitlesFrom(result)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [client, enabled]);
  return titles;
}
