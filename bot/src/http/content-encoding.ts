import type { RequestHandler } from 'express';
import { ApiError } from './api-error';

/**
 * Bodies are accepted as sent (`identity`) and nothing else: no client of ours compresses what it sends, so
 * inflating requests would only be extra work and a decompression-bomb surface. Refused before any body is read.
 */
export const identityContentEncodingOnly: RequestHandler = (req, res, next) => {
  const encoding = req.headers['content-encoding']?.trim().toLowerCase();
  if (encoding && encoding !== 'identity') {
    // RFC 7694: a 415 for a content coding says which codings are accepted.
    res.setHeader('Accept-Encoding', 'identity');
    throw new ApiError(415, 'request.compressed', 'Send the body without a Content-Encoding.', {
      errors: [
        {
          field: 'headers.content-encoding',
          code: 'request.compressed',
          message: 'only identity is accepted',
        },
      ],
    });
  }
  next();
};
