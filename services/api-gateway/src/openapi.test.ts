import { mergeOpenApi, type OpenApiDocument } from './openapi';

const doc = (paths: Record<string, unknown>, schemas: Record<string, unknown> = {}): OpenApiDocument => ({
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths,
  components: { schemas },
});

describe('mergeOpenApi', () => {
  it('merges paths, tags each with its service, and lists services that were down', () => {
    const merged = mergeOpenApi([
      { service: 'repair', doc: doc({ '/v1/repair-orders': { get: {} } }, { Money: { type: 'object' } }) },
      { service: 'customer', doc: doc({ '/v1/customers': { post: {} } }, { Money: { type: 'object' } }) },
      { service: 'analytics', doc: undefined },
    ]);
    expect(merged.openapi).toBe('3.1.0');
    expect(Object.keys(merged.paths).sort()).toEqual(['/v1/customers', '/v1/repair-orders']);
    expect(merged.paths['/v1/customers']).toMatchObject({ 'x-service': 'customer' });
    expect(merged.components?.schemas).toEqual({ Money: { type: 'object' } });
    expect(merged['x-unavailable']).toEqual(['analytics']);
    expect(merged.components?.securitySchemes).toHaveProperty('bearer');
  });

  it('keeps both copies of a component name with different shapes', () => {
    const merged = mergeOpenApi([
      { service: 'repair', doc: doc({}, { Line: { type: 'object', properties: { hours: {} } } }) },
      { service: 'parts-procurement', doc: doc({}, { Line: { type: 'object', properties: { qty: {} } } }) },
    ]);
    expect(Object.keys(merged.components!.schemas!).sort()).toEqual(['Line', 'parts-procurement.Line']);
  });

  it('refuses a path claimed by two services', () => {
    expect(() =>
      mergeOpenApi([
        { service: 'a', doc: doc({ '/v1/x': {} }) },
        { service: 'b', doc: doc({ '/v1/x': {} }) },
      ]),
    ).toThrow(/two services/);
  });

  it("keeps a path the gateway answers itself (the combined export) over the services' inputs to it", () => {
    const merged = mergeOpenApi([
      { service: 'api-gateway', doc: doc({ '/v1/me/export': { get: { summary: 'all' } } }) },
      {
        service: 'customer',
        doc: doc({
          '/v1/me/export': { get: { summary: 'mine' } },
          '/v1/me': {},
          '/v1/sign-in-challenges': {},
          '/v1/sign-in-challenges/{id}/verification': {},
        }),
      },
      { service: 'repair', doc: doc({ '/v1/me/export': { get: { summary: 'mine' } } }) },
    ]);
    expect(merged.paths['/v1/me/export']).toMatchObject({
      'x-service': 'api-gateway',
      get: { summary: 'all' },
    });
    expect(merged.paths['/v1/me']).toMatchObject({ 'x-service': 'customer' });
    // What only the gateway calls is not part of the public API.
    expect(Object.keys(merged.paths).filter((p) => p.startsWith('/v1/sign-in-challenges'))).toEqual([]);
  });
});
