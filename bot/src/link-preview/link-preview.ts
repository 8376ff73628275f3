import type { LinkPreview } from '@contract/link-preview';
import { extractOpenGraph } from '../domain/open-graph';
import { fetchPage } from './fetch-page';

/** A preview is worth waiting for only briefly: the person can always fill it in by hand. */
const TIMEOUT_MS = 3_000;
const MAX_BYTES = 1024 * 1024;
const MAX_REDIRECTS = 3;

/** The page's own preview (Open Graph), read within 3 seconds and 1 MB from an allowed address. */
export async function readLinkPreview(
  url: string,
  isAllowedAddress: (address: string) => boolean,
): Promise<LinkPreview> {
  const page = await fetchPage(url, {
    isAllowedAddress,
    timeoutMs: TIMEOUT_MS,
    maxBytes: MAX_BYTES,
    maxRedirects: MAX_REDIRECTS,
  });
  return { url: page.url, ...extractOpenGraph(page.html, page.url) };
}
