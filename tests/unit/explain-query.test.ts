import { describe, expect, it } from 'vitest';
import { explainQuery, isIndexed } from '../../bench/cost/explain-query';
import { containers } from '../../bot/src/store/containers';

const people = containers.people.indexingPolicy;
const content = containers.content.indexingPolicy;

describe('explainQuery, how Azure Cosmos DB would serve a query with the declared indexes', () => {
  it('reads an included path as indexed, and everything under the excluded root as not', () => {
    expect(isIndexed(people, '/enrolment/status')).toBe(true);
    expect(isIndexed(people, '/groupIds/[]')).toBe(true);
    expect(isIndexed(people, '/email')).toBe(false);
    expect(
      isIndexed({ includedPaths: [{ path: '/*' }], excludedPaths: [{ path: '/texts/*' }] }, '/texts/body'),
    ).toBe(false);
    expect(
      isIndexed({ includedPaths: [{ path: '/*' }], excludedPaths: [{ path: '/texts/*' }] }, '/title'),
    ).toBe(true);
  });

  it('calls a query narrowed by indexed filters and sorted on an indexed path served by the index', () => {
    const plan = explainQuery(
      "SELECT * FROM c WHERE c.tenantId = @t AND c.status = 'published' AND ARRAY_CONTAINS(@ids, c.campaignId) AND ARRAY_CONTAINS(c.networks, @n) ORDER BY c.publishedAt DESC",
      content,
      '/tenantId',
      true,
    );
    expect(plan).toMatchObject({
      service: 'index',
      partition: 'single',
      indexed: ['/status', '/campaignId', '/networks/[]', '/publishedAt'],
      notIndexed: [],
    });
  });

  it('says which loaded documents are checked on a path the index does not hold', () => {
    const plan = explainQuery(
      'SELECT * FROM c WHERE c.tenantId = @t AND c.authorId = @p AND IS_DEFINED(c.proposedBy)',
      content,
      '/tenantId',
      true,
    );
    expect(plan.service).toBe('index-then-filter');
    expect(plan.notIndexed).toEqual(['/proposedBy']);
    expect(plan.explanation).toContain('/proposedBy');
  });

  it('flags a read of a whole partition, and of every partition without a partition key', () => {
    expect(explainQuery('SELECT * FROM c WHERE c.tenantId = @t', people, '/tenantId', true).service).toBe(
      'scan',
    );
    const unindexedOnly = explainQuery(
      'SELECT * FROM c WHERE c.tenantId = @t AND c.email = @e',
      people,
      '/tenantId',
      false,
    );
    expect(unindexedOnly).toMatchObject({ service: 'scan', partition: 'every', notIndexed: ['/email'] });
  });

  it('counts in the index, and names a substring search that reads a whole index', () => {
    expect(
      explainQuery('SELECT VALUE COUNT(1) FROM c WHERE c.tenantId = @t', people, '/tenantId', true).service,
    ).toBe('index-count');
    const search = explainQuery(
      'SELECT * FROM c WHERE c.tenantId = @t AND CONTAINS(c.searchText, @q) ORDER BY c.publishedAt DESC',
      content,
      '/tenantId',
      true,
    );
    expect(search).toMatchObject({ service: 'index', indexScans: ['/searchText'] });
  });
});
