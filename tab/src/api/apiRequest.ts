import { currentAuthenticator, getAccessToken } from '../auth/session';
import { currentLocale } from '../i18n/i18n';
import { ApiProblem } from './ApiProblem';
import { problemFromResponse } from './problemFromResponse';
import { changed } from './queryClient';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** false for the few endpoints that need no sign-in. */
  authenticated?: boolean;
  /** For a write: the paths whose reads it makes out of date (each with everything under it). */
  changes?: readonly string[];
}

/**
 * The version (`ETag`) of each resource as last read, by path: an edit of the same path sends it back as
 * `If-Match`, so that it never overwrites a change someone made since (the API answers 412 then).
 */
const versions = new Map<string, string>();

/**
 * Calls the API on this origin; `T` is the contract's type of the answer. The service and the tab are built and
 * deployed together, and the service checks its answers against the contract, so the tab takes them as typed.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, signal, authenticated = true, changes = [] } = options;
  // The server writes problem details in the language asked for.
  const headers = new Headers({ Accept: 'application/json', 'Accept-Language': currentLocale() });
  if (authenticated) headers.set('Authorization', `Bearer ${await getAccessToken()}`);
  if (body !== undefined) headers.set('Content-Type', 'application/json');
  const version = versions.get(path);
  if (method !== 'GET' && method !== 'POST' && version) headers.set('If-Match', version);

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiProblem('network', 0, undefined, { cause: error });
  }

  if (response.status === 401 && authenticated) await currentAuthenticator().handleUnauthorized();
  const contentType = response.headers.get('Content-Type');
  const payload = await readJson(response);
  if (!response.ok) throw problemFromResponse(response.status, contentType, payload);
  const etag = response.headers.get('ETag');
  if (etag && !etag.startsWith('W/')) versions.set(path, etag);
  await changed(changes);
  return payload as T;
}

/**
 * A file the API streams (an export), as bytes: read whole into a blob, never decoded as text, so that a byte
 * order mark or a large file arrives exactly as sent. Problems come back as for any other call.
 */
export async function apiDownload(path: string): Promise<Blob> {
  const headers = new Headers({ 'Accept-Language': currentLocale() });
  headers.set('Authorization', `Bearer ${await getAccessToken()}`);
  let response: Response;
  try {
    response = await fetch(path, { headers });
  } catch (error) {
    throw new ApiProblem('network', 0, undefined, { cause: error });
  }
  if (response.status === 401) await currentAuthenticator().handleUnauthorized();
  if (!response.ok) {
    throw problemFromResponse(
      response.status,
      response.headers.get('Content-Type'),
      await readJson(response),
    );
  }
  return response.blob();
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
