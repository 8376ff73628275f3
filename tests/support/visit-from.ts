import http from 'node:http';

/**
 * A GET from another address on this machine (`127.0.0.2`, `127.0.0.3`…: Linux answers for all of 127/8), as
 * visitors on different networks would click a link. Redirects are not followed.
 */
export function visitFrom(
  address: string,
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; location?: string }> {
  const target = new URL(url);
  target.hostname = '127.0.0.1';
  return new Promise((resolve, reject) => {
    http
      .get(target, { localAddress: address, headers, agent: false }, (response) => {
        response.resume();
        resolve({
          status: response.statusCode ?? 0,
          ...(response.headers.location ? { location: response.headers.location } : {}),
        });
      })
      .on('error', reject);
  });
}
