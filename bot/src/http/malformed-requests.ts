import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ProblemCode } from '@contract/problem-codes';
import { problemWithoutRequest } from './problem-response';

/** Node's parser codes for what a client sent that is no HTTP request: each its status and our words. */
function problemFor(code: string | undefined): { status: number; code: ProblemCode; detail: string } {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return { status: 431, code: 'request.headersTooLarge', detail: 'The request headers are too large.' };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, code: 'request.timedOut', detail: 'The request was not received in time.' };
    default:
      return { status: 400, code: 'request.notHttp', detail: 'The request is not valid HTTP.' };
  }
}

/**
 * Requests Node cannot parse never reach Express: without this, Node answers a bare 400 with no body. They get
 * a problem like every other error, then the connection closes, as it must after a message that did not parse.
 */
export function answerMalformedRequestsWithProblems(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const { status, code, detail } = problemFor(error.code);
    const problem = problemWithoutRequest(status, code, detail);
    const body = JSON.stringify(problem);
    socket.end(
      `HTTP/1.1 ${status} ${problem.title}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
