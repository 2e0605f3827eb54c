import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE, siteAddress } from './address.ts';

describe('the address the build names', () => {
  it('is SITE_URL, its origin alone, or the placeholder when unset', () => {
    expect(siteAddress(undefined)).toEqual({ site: PLACEHOLDER_SITE });
    expect(siteAddress('')).toEqual({ site: PLACEHOLDER_SITE });
    expect(siteAddress('https://policy.example.net/')).toEqual({ site: 'https://policy.example.net' });
    expect(siteAddress('http://127.0.0.1:8080')).toEqual({ site: 'http://127.0.0.1:8080' });
  });

  it('refuses what is no address the site can be served at, saying why', () => {
    expect(siteAddress('policy.example.net')).toEqual({ problem: expect.stringMatching(/is not an address/) });
    expect(siteAddress('ftp://policy.example.net/')).toEqual({ problem: expect.stringMatching(/not an http\(s\) address/) });
    expect(siteAddress('https://example.net/reader/')).toEqual({ problem: expect.stringMatching(/has a path/) });
  });
});
