import { z } from 'zod';
import { codedRule } from './problem-codes';

/** True for an absolute http or https address: the only kinds the programme links to or fetches. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export const webAddressSchema = z
  .string()
  .trim()
  .max(2000)
  .refine(isWebAddress, codedRule('field.notAWebAddress', 'must be an http:// or https:// address'));

/** A moment as ISO 8601 with its offset, e.g. `2026-11-22T09:00:00.000Z`. */
export const instantSchema = z.iso.datetime({ offset: true, message: 'must be a date and time' });

export const idSchema = z.string().trim().min(1).max(100);
