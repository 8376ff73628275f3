import { describe, expect, it } from 'vitest';
import { baseKey, flattenKeys, messageAt, placeholders, pluralSuffix } from './messageKeys';

describe('message key helpers', () => {
  const messages = { a: 'A', b: { c: '{{count}} C', d_one: 'one {{count}}', d_other: '{{ count }} many' } };

  it('flattens nested messages into dotted keys', () => {
    expect(flattenKeys(messages)).toEqual(['a', 'b.c', 'b.d_one', 'b.d_other']);
  });

  it('separates plural suffixes', () => {
    expect(baseKey('b.d_one')).toBe('b.d');
    expect(pluralSuffix('b.d_other')).toBe('other');
    expect(pluralSuffix('b.c')).toBeUndefined();
  });

  it('reads a message by key', () => {
    expect(messageAt(messages, 'b.c')).toBe('{{count}} C');
    expect(messageAt(messages, 'b')).toBeUndefined();
    expect(messageAt(messages, 'a.x')).toBeUndefined();
  });

  it('lists placeholders', () => {
    expect(placeholders('{{ count }} of {{name}}')).toEqual(['count', 'name']);
    expect(placeholders('{{count, number}} people')).toEqual(['count']);
  });
});
