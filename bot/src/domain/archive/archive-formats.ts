import { networkNames } from '@contract/network';
import type { ArchiveRecordDoc } from './archive-record';

/** The fields every JSONL line carries, named as archiving systems read them. */
export function toJsonLine(record: ArchiveRecordDoc): string {
  const { seq, type, at, personId, personName, network, text, itemId, hash, previousHash, details } = record;
  return `${JSON.stringify({ seq, type, at, personId, personName, network, text, itemId, hash, previousHash, details })}\n`;
}

/** Senders and channels get addresses in a reserved domain: they identify, they are never mailed. */
const ADDRESS_DOMAIN = 'ambassade.invalid';

/**
 * One communication as an RFC 5322 message, the form archiving systems ingest: the person is the sender,
 * the network the channel it went to, the exact text the body; the chain's fields travel as headers.
 * Lines end with CRLF; non-ASCII header values are RFC 2047 encoded words; the body is base64 UTF-8.
 */
export function toEml(record: ArchiveRecordDoc): string {
  const channel = record.network ? networkNames[record.network] : 'Microsoft Teams';
  const channelAddress = `${record.network ?? 'teams'}@channels.${ADDRESS_DOMAIN}`;
  const headers: [string, string][] = [
    ['From', `${encodedWord(record.personName)} <${localPart(record.personId)}@people.${ADDRESS_DOMAIN}>`],
    ['To', `${encodedWord(channel)} <${channelAddress}>`],
    ['Date', new Date(record.at).toUTCString().replace('GMT', '+0000')],
    ['Subject', encodedWord(subjectOf(record, channel))],
    ['Message-ID', `<${record.hash}@${localPart(record.tenantId)}.${ADDRESS_DOMAIN}>`],
    ['MIME-Version', '1.0'],
    ['Content-Type', 'text/plain; charset=utf-8'],
    ['Content-Transfer-Encoding', 'base64'],
    ['X-Ambassade-Type', record.type],
    ['X-Ambassade-Seq', String(record.seq)],
    ['X-Ambassade-Hash', record.hash],
    ['X-Ambassade-Previous-Hash', record.previousHash],
    ...(record.itemId ? ([['X-Ambassade-Item', localPart(record.itemId)]] as [string, string][]) : []),
    ['X-Ambassade-Details', encodedWord(JSON.stringify(record.details))],
  ];
  const body = Buffer.from(record.text, 'utf8')
    .toString('base64')
    .replace(/.{1,76}/g, '$&\r\n');
  return `${headers.map(([name, value]) => `${name}: ${value}`).join('\r\n')}\r\n\r\n${body}`;
}

function subjectOf(record: ArchiveRecordDoc, channel: string): string {
  switch (record.type) {
    case 'share':
      return `Share on ${channel}`;
    case 'approval':
      return 'Content approved for sharing';
    case 'proposal':
      return 'Content proposed by an ambassador';
    case 'message':
      return 'Message sent by the programme in Teams';
  }
}

/** Ids become address local parts: anything outside the safe set is replaced, the id stays in the headers. */
function localPart(value: string): string {
  return value.replace(/[^A-Za-z0-9._-]/g, '-') || 'unknown';
}

/**
 * RFC 2047 B-encoding where the value is not plain printable ASCII, split so that no encoded word exceeds
 * the 75 characters the RFC allows (folded onto continuation lines).
 */
function encodedWord(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value) && value.length <= 900) return value;
  const words: string[] = [];
  let chunk = '';
  for (const character of value) {
    // 45 bytes of UTF-8 encode to 60 base64 characters, inside the limit with the wrapper.
    if (Buffer.byteLength(chunk + character) > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += character;
  }
  if (chunk) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word, 'utf8').toString('base64')}?=`).join('\r\n ');
}
