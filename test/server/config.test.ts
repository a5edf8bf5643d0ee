import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { developmentSecret } from '../../src/core/auth.js';

const productionSecret = 'a-production-secret-of-more-than-32-characters';

describe('loadConfig', () => {
  it('refuses production with the development secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      'Refusing to start in production with the development JWT secret: set PADDOCK_JWT_SECRET.',
    );
    const explicit = { NODE_ENV: 'production', PADDOCK_JWT_SECRET: developmentSecret };
    expect(() => loadConfig(explicit)).toThrow(
      'Refusing to start in production with the development JWT secret: set PADDOCK_JWT_SECRET.',
    );
  });

  it('accepts production with a secret of its own', () => {
    const config = loadConfig({ NODE_ENV: 'production', PADDOCK_JWT_SECRET: productionSecret });
    expect(config.jwtSecret).toBe(productionSecret);
  });

  it('uses the development secret outside production', () => {
    expect(loadConfig({}).jwtSecret).toBe(developmentSecret);
    expect(loadConfig({ NODE_ENV: 'test' }).jwtSecret).toBe(developmentSecret);
  });

  it('refuses a secret shorter than 32 characters', () => {
    expect(() => loadConfig({ PADDOCK_JWT_SECRET: 'short' })).toThrow(
      'PADDOCK_JWT_SECRET must be at least 32 characters long.',
    );
  });
});

describe('loadConfig subgraphUrls', () => {
  it('is empty when PADDOCK_SUBGRAPH_URLS is unset or blank', () => {
    expect(loadConfig({}).subgraphUrls).toEqual({});
    expect(loadConfig({ PADDOCK_SUBGRAPH_URLS: ' ' }).subgraphUrls).toEqual({});
  });

  it('reads each subgraph URL by name', () => {
    const config = loadConfig({
      PADDOCK_SUBGRAPH_URLS: 'members=http://127.0.0.1:4002/, events=https://events.internal/graphql?a=b',
    });
    expect(config.subgraphUrls).toEqual({
      members: 'http://127.0.0.1:4002/',
      events: 'https://events.internal/graphql?a=b',
    });
  });

  it('reports every unusable entry at once', () => {
    const urls = 'shop=http://a/,members,events=ftp://b/,chapters=http://c/,chapters=http://d/';
    expect(() => loadConfig({ PADDOCK_SUBGRAPH_URLS: urls })).toThrow(
      'Invalid configuration: ' +
        'PADDOCK_SUBGRAPH_URLS: "shop" is not a subgraph; the subgraphs are chapters, members, loyalty, benefits, events, partners; ' +
        'PADDOCK_SUBGRAPH_URLS: "members" is not of the form <subgraph>=<url>; ' +
        'PADDOCK_SUBGRAPH_URLS: the URL of "events" must be an http or https URL, not "ftp://b/"; ' +
        'PADDOCK_SUBGRAPH_URLS: "chapters" is named twice',
    );
  });
});

describe('loadConfig query cost', () => {
  it('holds queries to an estimated cost of 50,000 unless PADDOCK_MAX_QUERY_COST says otherwise', () => {
    expect(loadConfig({}).maxQueryCost).toBe(50_000);
    expect(loadConfig({ PADDOCK_MAX_QUERY_COST: '120000' }).maxQueryCost).toBe(120_000);
  });

  it('refuses a limit that is not a positive whole number', () => {
    expect(() => loadConfig({ PADDOCK_MAX_QUERY_COST: '0' })).toThrow(/^Invalid configuration: PADDOCK_MAX_QUERY_COST: /);
    expect(() => loadConfig({ PADDOCK_MAX_QUERY_COST: 'lots' })).toThrow(/^Invalid configuration: PADDOCK_MAX_QUERY_COST: /);
  });
});

describe('loadConfig seed', () => {
  it("seeds a club up to today's China date unless PADDOCK_SEED_AS_OF says otherwise", () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    expect(loadConfig({}).seed).toEqual({ members: 5000, seed: 2026, asOfDate: today });
    expect(loadConfig({ PADDOCK_SEED_AS_OF: '2026-12-01' }).seed.asOfDate).toBe('2026-12-01');
  });

  it('refuses an as-of day that is not a date', () => {
    expect(() => loadConfig({ PADDOCK_SEED_AS_OF: '2026-02-30' })).toThrow(/^Invalid configuration: PADDOCK_SEED_AS_OF: /);
  });
});
