import { hashtagSchema } from '@contract/content';
import type { ContentInput, StudioItem } from '@contract/content';
import type { GuardrailRule } from '@contract/content-policy';
import { checkShareText, defaultGuardrails, linkLengthOn } from '@contract/guardrails';
import type { CheckedText, Guardrails } from '@contract/guardrails';
import type { Locale } from '@contract/locale';
import type { Media } from '@contract/media';
import type { Network } from '@contract/network';
import { isWebAddress } from '@contract/web-address';
import { fromDateTimeInput, toDateTimeInput } from '../../../ui/dateTimeInput';

export interface TextDraft {
  /** Stable across edits, for React lists and focus. */
  key: string;
  network: Network;
  language: Locale;
  text: string;
}

/** The content editor as the manager fills it in. */
export interface ContentFormValues {
  campaignId: string;
  titleFr: string;
  titleEn: string;
  url: string;
  previewTitleFr: string;
  previewTitleEn: string;
  previewDescriptionFr: string;
  previewDescriptionEn: string;
  previewImageUrl: string;
  media: Media[];
  texts: TextDraft[];
  hashtags: string;
  publishAt: string;
  expiresAt: string;
}

export type ContentField =
  'campaignId' | 'titleFr' | 'titleEn' | 'url' | 'texts' | 'hashtags' | 'publishAt' | 'expiresAt';

/** Each translated under `contentStudio.editor.errors`. */
export type ContentProblem = 'required' | 'url' | 'noText' | 'hashtags' | 'date' | 'expiry' | 'guardrails';

let nextKey = 0;
export function textKey(): string {
  nextKey += 1;
  return `text-${nextKey}`;
}

export function newContentForm(campaignId: string, language: Locale): ContentFormValues {
  return {
    campaignId,
    titleFr: '',
    titleEn: '',
    url: '',
    previewTitleFr: '',
    previewTitleEn: '',
    previewDescriptionFr: '',
    previewDescriptionEn: '',
    previewImageUrl: '',
    media: [],
    texts: [{ key: textKey(), network: 'linkedin', language, text: '' }],
    hashtags: '',
    publishAt: '',
    expiresAt: '',
  };
}

export function contentFormFrom(item: StudioItem, timeZone: string): ContentFormValues {
  return {
    campaignId: item.campaign.id,
    titleFr: item.title.fr,
    titleEn: item.title.en,
    url: item.url,
    previewTitleFr: item.preview.title.fr,
    previewTitleEn: item.preview.title.en,
    previewDescriptionFr: item.preview.description.fr,
    previewDescriptionEn: item.preview.description.en,
    previewImageUrl: item.preview.imageUrl ?? '',
    media: item.media,
    texts: item.texts.map((text) => ({ key: textKey(), ...text })),
    hashtags: item.hashtags.map((tag) => `#${tag}`).join(' '),
    publishAt: toDateTimeInput(item.publishAt, timeZone),
    expiresAt: toDateTimeInput(item.expiresAt, timeZone),
  };
}

/** The rules for a network and language: the administrator's, or the defaults while none are loaded. */
export function rulesFor(rules: readonly GuardrailRule[], network: Network, language: Locale): Guardrails {
  return (
    rules.find((rule) => rule.network === network && rule.language === language) ??
    defaultGuardrails(network, language)
  );
}

/** The article a text recommends, as the network's card will show it in that text's language. */
export function articleOf(
  values: ContentFormValues,
  language: Locale,
): { title: string; url: string; imageUrl?: string } {
  const [previewTitle, title] =
    language === 'fr' ? [values.previewTitleFr, values.titleFr] : [values.previewTitleEn, values.titleEn];
  const imageUrl = values.media.find((medium) => medium.kind === 'image')?.url ?? values.previewImageUrl;
  return {
    title: previewTitle.trim() || title.trim(),
    url: values.url.trim(),
    ...(imageUrl ? { imageUrl } : {}),
  };
}

/** Each text checked as the API will check it at submission, tracked link included. */
export function checkDraftText(text: TextDraft, rules: readonly GuardrailRule[]): CheckedText {
  return checkShareText(text.text, rulesFor(rules, text.network, text.language), linkLengthOn(text.network));
}

/** The hashtags typed, as the API will store them; undefined when one of them is not a hashtag. */
export function parseHashtags(text: string): string[] | undefined {
  const tags = text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((tag) => hashtagSchema.safeParse(tag));
  return tags.every((tag) => tag.success) ? tags.map((tag) => tag.data) : undefined;
}

export type ContentValidation =
  { ok: true; input: ContentInput } | { ok: false; problems: Partial<Record<ContentField, ContentProblem>> };

/**
 * The API's input from the form. Saving a draft needs only what the API requires; submitting also needs
 * every text to pass the guardrails.
 */
export function validateContentForm(
  values: ContentFormValues,
  options: { forSubmission: boolean; rules: readonly GuardrailRule[] },
  timeZone: string,
): ContentValidation {
  const problems: Partial<Record<ContentField, ContentProblem>> = {};
  if (!values.campaignId) problems.campaignId = 'required';
  if (!values.titleFr.trim()) problems.titleFr = 'required';
  if (!values.titleEn.trim()) problems.titleEn = 'required';
  if (!isWebAddress(values.url.trim())) problems.url = 'url';
  const texts = values.texts.filter((text) => text.text.trim());
  if (texts.length === 0) problems.texts = 'noText';
  else if (
    options.forSubmission &&
    texts.some((text) => checkDraftText(text, options.rules).issues.length > 0)
  )
    problems.texts = 'guardrails';
  const hashtags = parseHashtags(values.hashtags);
  if (!hashtags) problems.hashtags = 'hashtags';
  const publishAt = values.publishAt ? fromDateTimeInput(values.publishAt, timeZone) : undefined;
  const expiresAt = values.expiresAt ? fromDateTimeInput(values.expiresAt, timeZone) : undefined;
  if (values.publishAt && !publishAt) problems.publishAt = 'date';
  if (values.expiresAt && !expiresAt) problems.expiresAt = 'date';
  else if (publishAt && expiresAt && expiresAt <= publishAt) problems.expiresAt = 'expiry';
  if (Object.keys(problems).length > 0 || !hashtags) return { ok: false, problems };
  const imageUrl = values.previewImageUrl.trim();
  return {
    ok: true,
    input: {
      campaignId: values.campaignId,
      title: { fr: values.titleFr.trim(), en: values.titleEn.trim() },
      url: values.url.trim(),
      preview: {
        title: { fr: values.previewTitleFr.trim(), en: values.previewTitleEn.trim() },
        description: { fr: values.previewDescriptionFr.trim(), en: values.previewDescriptionEn.trim() },
        ...(imageUrl ? { imageUrl } : {}),
      },
      media: values.media.map((medium) => medium.id),
      texts: texts.map(({ network, language, text }) => ({ network, language, text: text.trim() })),
      hashtags,
      ...(publishAt ? { publishAt } : {}),
      ...(expiresAt ? { expiresAt } : {}),
    },
  };
}
