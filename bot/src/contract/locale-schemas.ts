import { z } from 'zod';
import { isTimeZone, locales } from './locale';
import { codedRule } from './problem-codes';

export const localeSchema = z.enum(locales);

export const timeZoneSchema = z
  .string()
  .max(64)
  .refine(isTimeZone, codedRule('field.notATimeZone', 'must be an IANA time zone such as Europe/Paris'));
