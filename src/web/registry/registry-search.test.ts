import { describe, expect, it } from 'vitest';
import { parseProducersSearch, parseProductsSearch } from './registry-search';

describe('list filters read from the address bar', () => {
  it('restores a shared or reloaded products link: text, product set, status and page', () => {
    expect(parseProductsSearch({ q: 'trà', productSet: '11', status: 'certified', page: '3' })).toEqual({
      q: 'trà',
      productSet: 11,
      status: 'certified',
      page: 3,
    });
  });

  it.each([
    [{ productSet: 'abc' }],
    [{ productSet: '0' }],
    [{ productSet: '1.5' }],
    [{ status: 'deleted' }],
    [{ page: '-2' }],
    [{ page: '1' }],
    [{ q: '   ' }],
  ])('drops a hand-edited value it cannot use (%o) instead of failing the page', (search) => {
    expect(parseProductsSearch(search)).toEqual({});
  });

  it('keeps the producer type only when it is one the registry knows', () => {
    expect(parseProducersSearch({ type: 'cooperative', q: 'mật ong' })).toEqual({
      type: 'cooperative',
      q: 'mật ong',
    });
    expect(parseProducersSearch({ type: 'company' })).toEqual({});
  });
});
