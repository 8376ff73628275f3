import { escapeLittleText } from './little-text';

/** What a post shows under its text: the tracked link as an article, or an image uploaded beforehand. */
export type PostContent =
  | { kind: 'article'; source: string; title: string; description: string }
  | { kind: 'image'; imageUrn: string; altText: string };

/** LinkedIn's limits on an article's title and an image's alternative text. */
const ARTICLE_TITLE_MAX = 400;
const ALT_TEXT_MAX = 4_086;

export function memberUrn(memberSub: string): string {
  return `urn:li:person:${memberSub}`;
}

/**
 * The body of `POST /rest/posts` for a member's public post in their feed: the checked text as commentary, and the
 * content under it. Published at once: the person clicked "Post".
 */
export function linkedInPostBody(post: { memberSub: string; text: string; content: PostContent }) {
  return {
    author: memberUrn(post.memberSub),
    commentary: escapeLittleText(post.text),
    visibility: 'PUBLIC',
    distribution: { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] },
    content:
      post.content.kind === 'article'
        ? {
            article: {
              source: post.content.source,
              title: post.content.title.slice(0, ARTICLE_TITLE_MAX),
              description: post.content.description,
            },
          }
        : { media: { id: post.content.imageUrn, altText: post.content.altText.slice(0, ALT_TEXT_MAX) } },
    lifecycleState: 'PUBLISHED',
    isReshareDisabledByAuthor: false,
  };
}
