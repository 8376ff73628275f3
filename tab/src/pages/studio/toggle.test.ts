import { describe, expect, it } from 'vitest';
import { toggle } from './toggle';

describe('toggle', () => {
  it('adds or removes a choice, once', () => {
    expect(toggle(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggle(['a'], 'a', true)).toEqual(['a']);
  });
});
