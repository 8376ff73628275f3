import { STATUS_CODES } from 'node:http';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { Problem } from '@contract/problem';
import { ApiError } from './api-error';

/** RFC 9457 problem details; `about:blank` because the HTTP status says what kind of problem it is. */
export function sendProblem(req: Request, res: Response, error: ApiError): void {
  const problem: Problem = {
    type: error.type ?? 'about:blank',
    title: STATUS_CODES[error.status] ?? 'Error',
    status: error.status,
    detail: error.detail,
    instance: `urn:request:${String(req.id)}`,
    ...(error.errors ? { errors: error.errors } : {}),
  };
  if (error.status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
  res.status(error.status).type('application/problem+json').send(JSON.stringify(problem));
}

export const notFoundHandler: RequestHandler = (req, res) => {
  sendProblem(req, res, ApiError.notFound(`Nothing answers ${req.method} ${req.path}.`));
};

interface BodyParserError {
  type?: string;
  limit?: number;
}

/** Body-parser's errors carry a `type`; each becomes a problem a client can act on. */
function fromBodyParser(error: BodyParserError): ApiError | undefined {
  switch (error.type) {
    case 'entity.parse.failed':
      return new ApiError(400, 'The body is not valid JSON.', [{ field: 'body', message: 'malformed JSON' }]);
    case 'entity.too.large':
      return new ApiError(413, `The body must not exceed ${error.limit ?? 0} bytes.`, [
        { field: 'body', message: 'too large' },
      ]);
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new ApiError(415, 'Send the body as UTF-8 JSON.', [
        { field: 'body', message: 'unsupported encoding' },
      ]);
    case 'request.aborted':
      return new ApiError(400, 'The body was not received completely.');
    default:
      return undefined;
  }
}

/** Last in the chain: no stack trace or internal message ever reaches a client. */
export const errorHandler: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  const known = error instanceof ApiError ? error : fromBodyParser(error as BodyParserError);
  if (known) {
    sendProblem(req, res, known);
    return;
  }
  req.log.error({ err: error }, 'unhandled error');
  sendProblem(
    req,
    res,
    new ApiError(500, 'Try again in a moment; if it persists, quote the request reference.'),
  );
};
