import { describe, expect, it } from 'vitest';
import { pathKey } from './pathKey';

describe('pathKey', () => {
  it('starts an item key with its collection key, so that invalidating the collection reaches the item', () => {
    const collection = pathKey('/api/v1/studio/campaigns');
    const item = pathKey('/api/v1/studio/campaigns/c%2F1');
    expect(collection).toEqual(['api', 'v1', 'studio', 'campaigns']);
    expect(item.slice(0, collection.length)).toEqual(collection);
    expect(item).toHaveLength(collection.length + 1);
  });

  it('keeps the query string as a last part of its own', () => {
    expect(pathKey('/api/v1/library?q=a/b&network=x')).toEqual(['api', 'v1', 'library', '?q=a/b&network=x']);
  });
});
