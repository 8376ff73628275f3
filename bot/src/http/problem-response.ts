import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { Problem } from '@contract/problem';
import type { ProblemCode } from '@contract/problem-codes';
import { Refused } from '../domain/refused';
import { StaleVersion, WriteConflict } from '../store/write-conflict';
import { ApiError } from './api-error';

/** RFC 9457 problem details; `about:blank` because the HTTP status says what kind of problem it is. */
export function sendProblem(req: Request, res: Response, error: ApiError): void {
  const problem: Problem = {
    type: error.type ?? 'about:blank',
    title: STATUS_CODES[error.status] ?? 'Error',
    status: error.status,
    code: error.code,
    ...(error.params ? { params: error.params } : {}),
    detail: error.detail,
    instance: `urn:request:${String(req.id)}`,
    ...(error.errors ? { errors: error.errors } : {}),
  };
  if (error.status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
  res.status(error.status).type('application/problem+json').send(JSON.stringify(problem));
}

/** A problem answered outside Express (before the app is wired, or for what is not HTTP): no request id yet. */
export function problemWithoutRequest(status: number, code: ProblemCode, detail: string): Problem {
  return {
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    code,
    detail,
    instance: `urn:request:${randomUUID()}`,
  };
}

export const notFoundHandler: RequestHandler = (req, res) => {
  sendProblem(
    req,
    res,
    ApiError.notFound('request.noSuchRoute', `Nothing answers ${req.method} ${req.path}.`),
  );
};

/** What the HTTP stack's own errors carry: body-parser's `type`, and the status http-errors gives them. */
interface HttpStackError {
  type?: string;
  limit?: number;
  status?: number;
  expose?: boolean;
}

/** Body-parser's errors carry a `type`; each becomes a problem a client can act on. */
function fromBodyParser(error: HttpStackError): ApiError | undefined {
  const limit = error.limit ?? 0;
  switch (error.type) {
    case 'entity.parse.failed':
      return new ApiError(400, 'request.malformedJson', 'The body is not valid JSON.', {
        errors: [{ field: 'body', code: 'request.malformedJson', message: 'malformed JSON' }],
      });
    case 'entity.too.large':
      return new ApiError(413, 'request.tooLarge', `The body must not exceed ${limit} bytes.`, {
        params: { limit },
        errors: [{ field: 'body', code: 'request.tooLarge', params: { limit }, message: 'too large' }],
      });
    case 'parameters.too.many':
      return new ApiError(413, 'request.tooManyFields', `The form must not have more than ${limit} fields.`, {
        params: { limit },
        errors: [
          { field: 'body', code: 'request.tooManyFields', params: { limit }, message: 'too many fields' },
        ],
      });
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new ApiError(415, 'request.unsupportedEncoding', 'Send the body as UTF-8 JSON.', {
        errors: [{ field: 'body', code: 'request.unsupportedEncoding', message: 'unsupported encoding' }],
      });
    case 'request.aborted':
      return new ApiError(400, 'request.incomplete', 'The body was not received completely.');
    case 'request.size.invalid':
      return new ApiError(
        400,
        'request.lengthMismatch',
        'The body is not as long as its Content-Length says.',
        {
          errors: [
            {
              field: 'headers.content-length',
              code: 'request.lengthMismatch',
              message: 'does not match the body',
            },
          ],
        },
      );
    default:
      return undefined;
  }
}

/** Express could not percent-decode a path parameter (`/campaigns/%`, `%C0%AF`): the address is malformed. */
function fromUndecodablePath(error: unknown): ApiError | undefined {
  if (!(error instanceof URIError)) return undefined;
  return new ApiError(
    400,
    'request.malformedAddress',
    'The address has a percent-encoding that does not decode.',
    {
      errors: [{ field: 'path', code: 'request.malformedAddress', message: 'malformed percent-encoding' }],
    },
  );
}

/**
 * A write that lost to others: they kept writing the same record while this one retried (409), or changed it
 * since the version the client sent in `If-Match` (412). Nothing was written either way.
 */
function fromWriteConflict(error: unknown): ApiError | undefined {
  if (error instanceof StaleVersion)
    return new ApiError(
      412,
      'write.changedSince',
      'Someone changed this since you opened it: nothing was saved.',
    );
  if (!(error instanceof WriteConflict)) return undefined;
  return new ApiError(
    409,
    'write.conflict',
    'Someone changed this at the same moment: nothing was saved, try again.',
  );
}

/** Any other client error the HTTP stack raised (http-errors marks them `expose`): its status, our words. */
function fromHttpStack(error: HttpStackError): ApiError | undefined {
  const { status, expose } = error;
  if (!expose || status === undefined || status < 400 || status >= 500) return undefined;
  return new ApiError(status, 'request.unreadable', 'The request could not be read as sent.');
}

/** Last in the chain: no stack trace or internal message ever reaches a client. */
export const errorHandler: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  const stackError = (error ?? {}) as HttpStackError;
  const known =
    error instanceof ApiError
      ? error
      : error instanceof Refused
        ? ApiError.fromRefused(error)
        : (fromBodyParser(stackError) ??
          fromUndecodablePath(error) ??
          fromWriteConflict(error) ??
          fromHttpStack(stackError));
  if (known) {
    sendProblem(req, res, known);
    return;
  }
  req.log.error({ err: error }, 'unhandled error');
  sendProblem(
    req,
    res,
    new ApiError(
      500,
      'request.serverError',
      'Try again in a moment; if it persists, quote the request reference.',
    ),
  );
};
