import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AMBASSADOR_ID, DEMO_EMPLOYEE_ID, DEMO_TENANT_ID } from '../../bot/src/demo/demo-data';
import type { ShareResult } from '../../bot/src/contract/share';
import { apiAs } from '../support/api-client';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

let service: TestService;
let ambassador: Awaited<ReturnType<typeof apiAs>>;
beforeAll(async () => {
  service = await startTestService();
  ambassador = await apiAs(service, DEMO_AMBASSADOR_ID);
});
afterAll(() => service.dispose());

const shareOn = (itemId: string, body: object) => ambassador.post(`/api/v1/library/${itemId}/shares`, body);

describe('sharing an item', () => {
  it('on X: the intent carries the edited text with the disclosure added, and a tracked /r/ link', async () => {
    const { status, body } = await shareOn('item-01', {
      network: 'x',
      language: 'en',
      text: 'Douai is hiring, come and build EVs with us!',
    });
    expect(status).toBe(201);
    const result = body as ShareResult;
    expect(result.mechanism).toBe('intent-with-text');
    expect(result.finalText).toBe('Douai is hiring, come and build EVs with us! #employee');
    expect(result.disclosureAdded).toBe(true);
    expect(result.trackedUrl).toMatch(new RegExp(`^http://localhost:${service.port}/r/[A-Za-z0-9]{12}$`));
    const intent = new URL(result.openUrl!);
    expect(intent.origin + intent.pathname).toBe('https://twitter.com/intent/tweet');
    expect(intent.searchParams.get('text')).toBe(result.finalText);
    expect(intent.searchParams.get('url')).toBe(result.trackedUrl);
    expect(result.firstShare).toBe(true);
  });

  it('is recorded once per person, item and network, with every text actually used kept for the archive', async () => {
    const first = (
      await shareOn('item-02', { network: 'linkedin', language: 'fr', text: 'Premier texte #collaborateur' })
    ).body as ShareResult;
    const again = await shareOn('item-02', { network: 'linkedin', language: 'fr', text: 'Deuxième texte' });
    expect(again.status).toBe(200);
    expect(again.body.firstShare).toBe(false);
    expect(again.body.trackedUrl).toBe(first.trackedUrl);
    const shares = await service.repositories.shares.ofPersonAndItem(
      DEMO_TENANT_ID,
      DEMO_AMBASSADOR_ID,
      'item-02',
    );
    expect(shares).toHaveLength(1);
    expect(shares[0]!.confirmations.map((confirmation) => confirmation.text)).toEqual([
      'Premier texte #collaborateur',
      'Deuxième texte #collaborateur',
    ]);
    expect(shares[0]!.audienceSize).toBe(620);
    expect((await ambassador.get('/api/v1/library/item-02')).body.sharedOn).toEqual(['linkedin']);
  });

  it('on LinkedIn: the text goes to the clipboard and the official share-offsite page gets the tracked link', async () => {
    const result = (
      await shareOn('item-04', { network: 'linkedin', language: 'en', text: 'Proud of our apprentices.' })
    ).body as ShareResult;
    expect(result.mechanism).toBe('intent-with-clipboard');
    expect(result.clipboardText).toBe('Proud of our apprentices. #employee');
    const intent = new URL(result.openUrl!);
    expect(intent.origin + intent.pathname).toBe('https://www.linkedin.com/sharing/share-offsite/');
    expect(intent.searchParams.get('url')).toBe(result.trackedUrl);
  });

  it('on Instagram: no web intent, the caption (with the link) is copied', async () => {
    const result = (
      await shareOn('item-04', { network: 'instagram', language: 'fr', text: 'Bravo aux alternants' })
    ).body as ShareResult;
    expect(result.mechanism).toBe('download-and-copy');
    expect(result.openUrl).toBeUndefined();
    expect(result.clipboardText).toBe(`Bravo aux alternants #collaborateur\n${result.trackedUrl}`);
  });

  it('refuses a banned term, naming it, and records nothing', async () => {
    const { status, body } = await ambassador.post('/api/v1/library/item-05/shares', {
      network: 'linkedin',
      language: 'en',
      text: 'Some CONFIDENTIAL figures about the battery line',
    });
    expect(status).toBe(400);
    expect(body.code).toBe('share.textRefused');
    expect(body.errors).toEqual([
      {
        field: 'body.text',
        code: 'guardrail.bannedTerm',
        params: { term: 'confidential' },
        message: expect.stringContaining('“confidential”'),
      },
    ]);
    expect(
      await service.repositories.shares.ofPersonAndItem(DEMO_TENANT_ID, DEMO_AMBASSADOR_ID, 'item-05'),
    ).toEqual([]);
  });

  it('refuses a text too long for X once the link is counted, saying by how much', async () => {
    const { status, body } = await shareOn('item-06', {
      network: 'x',
      language: 'en',
      text: 'a'.repeat(250),
    });
    expect(status).toBe(400);
    // 250 + " #employee" (10) + link (23) + space (1) = 284
    expect(body.errors[0]).toMatchObject({
      code: 'guardrail.tooLong',
      params: { length: 284, maxLength: 280 },
      message: 'Shorten by 4 characters (284 of 280).',
    });
  });

  it('names the banned term as the text has it, whatever language the reader asks for', async () => {
    const response = await fetch(`${service.url}/api/v1/library/item-06/shares`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${ambassador.token}`,
        'content-type': 'application/json',
        'accept-language': 'fr-FR',
      },
      body: JSON.stringify({ network: 'x', language: 'fr', text: 'Un rendement garanti !' }),
    });
    const body = (await response.json()) as { errors: { code: string; params: unknown }[] };
    expect(body.errors[0]).toMatchObject({
      code: 'guardrail.bannedTerm',
      params: { term: 'rendement garanti' },
    });
  });

  it('refuses a network the item has no text for', async () => {
    const { status, body } = await shareOn('item-05', { network: 'tiktok', language: 'en', text: 'Hello' });
    expect(status).toBe(400);
    expect(body.errors[0].field).toBe('body.network');
  });

  it('is only for ambassadors: an employee is led to the charter', async () => {
    const employee = await apiAs(service, DEMO_EMPLOYEE_ID);
    const { status, body } = await employee.post('/api/v1/library/item-01/shares', {
      network: 'x',
      language: 'en',
      text: 'Hi',
    });
    expect(status).toBe(409);
    expect(body.type).toBe('/problems/not-an-ambassador');
  });
});
