import { linkPreviewFailureCodes, linkPreviewRequestSchema, linkPreviewSchema } from '@contract/link-preview';
import type { LinkPreview } from '@contract/link-preview';
import { PageFetchError } from '../../link-preview/fetch-page';
import { readLinkPreview } from '../../link-preview/link-preview';
import { ApiError } from '../api-error';
import { handler } from '../api-route';

/** Fills the preview fields from the page's Open Graph tags; the manager can still edit them. */
export const previewLink = handler({
  answer: linkPreviewSchema,
  body: linkPreviewRequestSchema,
  async handle({ services, body }): Promise<LinkPreview> {
    try {
      return await readLinkPreview(body.url, services.isAllowedOutboundAddress);
    } catch (error) {
      if (!(error instanceof PageFetchError)) throw error;
      const code = linkPreviewFailureCodes[error.failure];
      if (error.failure === 'private-address') {
        throw new ApiError(400, code, error.message, {
          errors: [
            {
              field: 'body.url',
              code: 'field.privateAddress',
              message: 'leads to an address that is not allowed',
            },
          ],
        });
      }
      throw new ApiError(error.failure === 'timeout' ? 504 : 502, code, error.message);
    }
  },
});
