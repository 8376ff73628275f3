import type { Messages } from './messages';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every leaf as a dotted key, e.g. "home.organisation.members_one". */
export function flattenKeys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flattenKeys(value, `${prefix}${key}.`),
  );
}

/** The key without its plural suffix: languages need different plural forms of the same message. */
export function baseKey(key: string): string {
  return key.replace(PLURAL_SUFFIX, '');
}

export function pluralSuffix(key: string): string | undefined {
  return PLURAL_SUFFIX.exec(key)?.[1];
}

export function messageAt(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function placeholders(message: string): string[] {
  // "{{count, number}}" names the variable "count" (with a formatter).
  return [...message.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((match) => match[1] ?? '').sort();
}
