import { linkPreviewFailureMessage, linkPreviewRequestSchema } from '@contract/link-preview';
import type { LinkPreview } from '@contract/link-preview';
import { PageFetchError } from '../../link-preview/fetch-page';
import { readLinkPreview } from '../../link-preview/link-preview';
import { ApiError } from '../api-error';
import { handler } from '../api-route';

/** Fills the preview fields from the page's Open Graph tags; the manager can still edit them. */
export const previewLink = handler({
  body: linkPreviewRequestSchema,
  async handle({ services, body, locale }): Promise<LinkPreview> {
    try {
      return await readLinkPreview(body.url, services.isAllowedOutboundAddress);
    } catch (error) {
      if (!(error instanceof PageFetchError)) throw error;
      const detail = linkPreviewFailureMessage(error.failure, locale);
      switch (error.failure) {
        case 'private-address':
          throw new ApiError(400, detail, [
            { field: 'body.url', message: 'leads to an address that is not allowed' },
          ]);
        case 'timeout':
          throw new ApiError(504, detail);
        default:
          throw new ApiError(502, detail);
      }
    }
  },
});
