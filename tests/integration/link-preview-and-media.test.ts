import http from 'node:http';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AMBASSADOR_ID, DEMO_EMPLOYEE_ID, DEMO_MANAGER_ID } from '../../bot/src/demo/demo-data';
import { outboundAddressPolicy } from '../../bot/src/external/address-policy';
import { fetchPage, PageFetchError } from '../../bot/src/link-preview/fetch-page';
import { apiAs } from '../support/api-client';
import { articlePage, contentInput, onePixelPng, startPageServer } from '../support/studio-fixtures';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

let service: TestService;
let pages: Awaited<ReturnType<typeof startPageServer>>;
let manager: Awaited<ReturnType<typeof apiAs>>;

beforeAll(async () => {
  [service, pages] = await Promise.all([
    startTestService(),
    startPageServer({
      '/article': (_req, res) =>
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articlePage),
      '/moved': (_req, res) => res.writeHead(302, { location: '/article' }).end(),
      // Answers only after the preview's 3-second limit.
      '/slow': (_req, res) => {
        const timer = setTimeout(
          () => res.writeHead(200, { 'content-type': 'text/html' }).end(articlePage),
          6_000,
        );
        res.on('close', () => clearTimeout(timer));
      },
      '/report.pdf': (_req, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7'),
    }),
  ]);
  manager = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Manager']);
});
afterAll(async () => {
  await pages.close();
  await service.dispose();
});

const preview = (url: string) => manager.post('/api/v1/studio/link-preview', { url });

describe('link preview', () => {
  it('reads the title, description and image from the page’s Open Graph tags, following redirects', async () => {
    const { status, body } = await preview(`${pages.url}/moved`);
    expect(status).toBe(200);
    expect(body).toEqual({
      url: `${pages.url}/article`,
      title: 'Aurore opens its Douai plant to visitors',
      description: 'Guided tours of the electric line, every Saturday in June.',
      imageUrl: `${pages.url}/images/open-day.jpg`,
    });
  });

  it('gives up on a slow page after 3 seconds, asking to fill the preview in by hand', async () => {
    const started = Date.now();
    const { status, body } = await preview(`${pages.url}/slow`);
    const elapsed = Date.now() - started;
    expect(status).toBe(504);
    expect(body.code).toBe('linkPreview.timeout');
    expect(elapsed).toBeGreaterThanOrEqual(2_900);
    expect(elapsed).toBeLessThan(4_500);
  });

  it('says so when the address is not a web page, or not an http(s) address at all', async () => {
    const pdf = await preview(`${pages.url}/report.pdf`);
    expect(pdf.status).toBe(502);
    expect(pdf.body.code).toBe('linkPreview.notHtml');
    const file = await preview('file:///etc/passwd');
    expect(file.status).toBe(400);
    expect(file.body.errors).toEqual([
      { field: 'body.url', code: 'field.notAWebAddress', message: expect.any(String) },
    ]);
  });

  it('never reaches this machine or a private network in production', async () => {
    const production = {
      isAllowedAddress: outboundAddressPolicy({ allowPrivate: false, intranetRanges: [] }),
      timeoutMs: 1_000,
      maxBytes: 1024,
      maxRedirects: 1,
    };
    for (const url of [`${pages.url}/article`, `http://localhost:${new URL(pages.url).port}/article`]) {
      await expect(fetchPage(url, production)).rejects.toMatchObject({ failure: 'private-address' });
    }
    await expect(fetchPage('http://[::1]:9/', production)).rejects.toBeInstanceOf(PageFetchError);
  });

  it('is for managers', async () => {
    const ambassador = await apiAs(service, DEMO_AMBASSADOR_ID);
    expect(
      (await ambassador.post('/api/v1/studio/link-preview', { url: `${pages.url}/article` })).status,
    ).toBe(403);
  });
});

describe('media', () => {
  const upload = (
    bytes: Buffer<ArrayBuffer>,
    type: string,
    objectId = DEMO_MANAGER_ID,
    roles = ['Programme.Manager'],
  ) =>
    service.token({ objectId, roles: roles as never }).then((token) =>
      fetch(`${service.url}/api/v1/media`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': type },
        body: bytes,
      }),
    );

  it('stores a good image and serves it back with its type, never sniffed', async () => {
    const response = await upload(onePixelPng, 'image/png');
    expect(response.status).toBe(201);
    const media = (await response.json()) as { id: string; url: string; kind: string; contentType: string };
    expect(media).toMatchObject({ kind: 'image', contentType: 'image/png', url: `/media/${media.id}` });

    const served = await fetch(`${service.url}${media.url}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await served.arrayBuffer()).equals(onePixelPng)).toBe(true);

    const item = await manager.post(
      '/api/v1/studio/content',
      contentInput('campaign-douai-recrute', [{ network: 'instagram', language: 'fr', text: 'Photo' }], {
        media: [media.id],
      }),
    );
    expect(item.status).toBe(201);
    expect(item.body.media).toEqual([
      { id: media.id, url: media.url, kind: 'image', contentType: 'image/png' },
    ]);
    expect(item.body.preview.imageUrl).toBe(media.url);
  });

  it('refuses a file whose content is not its declared type, and types it does not take', async () => {
    const html = Buffer.from('<!doctype html><script>alert(1)</script>');
    const disguised = await upload(html, 'image/png');
    expect(disguised.status).toBe(415);
    expect(await disguised.json()).toMatchObject({
      code: 'media.contentMismatch',
      detail: 'The file is declared as image/png but its content is not a supported image or video.',
    });
    expect((await upload(html, 'text/html')).status).toBe(415);
  });

  it('refuses an image over 5 MB, saying the limit', async () => {
    const big = Buffer.alloc(6 * 1024 * 1024);
    onePixelPng.copy(big);
    const response = await upload(big, 'image/png');
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      code: 'media.imageTooLarge',
      params: { maximumMb: 5 },
      detail: 'Images may not exceed 5 MB; this one is 6 MB.',
    });
  });

  /**
   * An upload sent by hand: its headers, then `first` of its body, and no more unless `rest` is given. Answers
   * the response as soon as it comes, however much of the body the service has read.
   */
  async function sendUpload(headers: Record<string, string>, first: Buffer, rest?: Buffer) {
    const token = await service.token({ objectId: DEMO_MANAGER_ID, roles: ['Programme.Manager'] });
    return new Promise<{ status: number; code: string }>((resolve, reject) => {
      const request = http.request(`${service.url}/api/v1/media`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, ...headers },
      });
      request.on('response', (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => {
          request.destroy();
          resolve({
            status: response.statusCode ?? 0,
            code: (JSON.parse(text) as { code: string }).code,
          });
        });
      });
      request.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error);
      });
      request.write(first);
      if (rest) request.end(rest);
    });
  }

  it('refuses an upload from what it declares, or from its first bytes, without waiting for the rest', async () => {
    const fifty = 60 * 1024 * 1024;
    const tooLong = await sendUpload(
      { 'content-type': 'video/mp4', 'content-length': String(fifty) },
      Buffer.alloc(0),
    );
    expect(tooLong.status).toBe(413);
    const html = Buffer.from('<!doctype html><html><body>'.padEnd(200, ' '));
    const disguised = await sendUpload(
      { 'content-type': 'image/png', 'content-length': String(4 * 1024 * 1024) },
      html,
    );
    expect(disguised).toEqual({ status: 415, code: 'media.contentMismatch' });
  });

  it('stops reading an upload that passes its limit without saying its length, and keeps nothing of it', async () => {
    const body = Buffer.alloc(6 * 1024 * 1024);
    onePixelPng.copy(body);
    const chunked = await sendUpload(
      { 'content-type': 'image/png', 'transfer-encoding': 'chunked' },
      body.subarray(0, 1024),
      body.subarray(1024),
    );
    expect(chunked).toEqual({ status: 413, code: 'media.imageTooLarge' });
    const kept = await readdir(path.join(service.dataDir, 'media')).catch(() => []);
    expect(kept.filter((name) => name.endsWith('.part'))).toEqual([]);
  });

  it('lets ambassadors upload for their proposals, and leads other employees to joining first', async () => {
    expect((await upload(onePixelPng, 'image/png', DEMO_AMBASSADOR_ID, [])).status).toBe(201);
    const employee = await upload(onePixelPng, 'image/png', DEMO_EMPLOYEE_ID, []);
    expect(employee.status).toBe(409);
    expect(((await employee.json()) as { type: string }).type).toBe('/problems/not-an-ambassador');
  });

  it('refuses content referring to media that were never uploaded, and answers 404 for them', async () => {
    const missing = '0f8fad5b-d9cb-469f-a165-70867728950e.png';
    const { status, body } = await manager.post(
      '/api/v1/studio/content',
      contentInput('campaign-douai-recrute', [{ network: 'x', language: 'fr', text: 'Photo' }], {
        media: [missing],
      }),
    );
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      { field: 'body.media.0', code: 'field.noSuchMedium', message: 'no such uploaded medium' },
    ]);
    expect((await fetch(`${service.url}/media/${missing}`)).status).toBe(404);
    expect((await fetch(`${service.url}/media/..%2f..%2fpackage.json`)).status).toBe(404);
  });
});
