import type { TFunction } from 'i18next';
import type { CodedReason } from '@contract/problem-codes';

/** A refusal from the server in the person's language: the text of its code, with what the text quotes. */
export function problemText(t: TFunction, { code, params }: CodedReason): string {
  return t(`problems.${code}`, params ?? {});
}
