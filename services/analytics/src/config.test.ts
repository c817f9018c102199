import { loadAnalyticsConfig } from './config';

const env = {
  DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/aftersales_analytics',
  AUTH_ISSUER: 'https://auth.test',
  AUTH_AUDIENCE: 'aftersales-api',
  AUTH_HS256_SECRET: 'test-only-hs256-secret-0123456789abcdef',
  ANALYTICS_PSEUDONYM_KEY: Buffer.alloc(32, 7).toString('base64'),
};

describe('config', () => {
  it('defaults: port 4005, group analytics, a week of outcome grace, default weights', () => {
    const c = loadAnalyticsConfig(env);
    expect(c).toMatchObject({
      PORT: 4005,
      KAFKA_CONSUMER_GROUP: 'analytics',
      OUTCOME_GRACE_HOURS: 168,
      KPI_SNAPSHOTS: true,
    });
    expect(c.SCORECARD_WEIGHTS.csi).toBe(0.2);
  });

  it('scorecard weights are configurable and validated', () => {
    expect(loadAnalyticsConfig({ ...env, SCORECARD_WEIGHTS: '{"csi":0.5}' }).SCORECARD_WEIGHTS.csi).toBe(0.5);
    expect(() => loadAnalyticsConfig({ ...env, SCORECARD_WEIGHTS: '{"colour":1}' })).toThrow();
    expect(() => loadAnalyticsConfig({ ...env, SCORECARD_WEIGHTS: 'not json' })).toThrow();
    expect(loadAnalyticsConfig({ ...env, KPI_SNAPSHOTS: 'false' }).KPI_SNAPSHOTS).toBe(false);
  });

  it('the reporting time zone is an IANA zone, UTC by default', () => {
    expect(loadAnalyticsConfig(env).REPORTING_TIME_ZONE).toBe('UTC');
    expect(loadAnalyticsConfig({ ...env, REPORTING_TIME_ZONE: 'Europe/Berlin' }).REPORTING_TIME_ZONE).toBe(
      'Europe/Berlin',
    );
    expect(() => loadAnalyticsConfig({ ...env, REPORTING_TIME_ZONE: 'Mars/Olympus' })).toThrow();
  });

  it('needs a pseudonym key of 32 bytes; v1 outcomes only until a configured instant', () => {
    const { ANALYTICS_PSEUDONYM_KEY: _key, ...withoutKey } = env;
    expect(() => loadAnalyticsConfig(withoutKey)).toThrow(/ANALYTICS_PSEUDONYM_KEY/);
    expect(() =>
      loadAnalyticsConfig({ ...env, ANALYTICS_PSEUDONYM_KEY: Buffer.alloc(16).toString('base64') }),
    ).toThrow(/32 bytes/);
    const c = loadAnalyticsConfig(env);
    expect(c.ANALYTICS_PSEUDONYM_KEY_ID).toBe('k1');
    expect(c.SERVICE_OUTCOME_V1_UNTIL).toBeNull();
    expect(
      loadAnalyticsConfig({ ...env, SERVICE_OUTCOME_V1_UNTIL: '2027-03-31T00:00:00Z' })
        .SERVICE_OUTCOME_V1_UNTIL,
    ).toEqual(new Date('2027-03-31T00:00:00Z'));
    expect(() => loadAnalyticsConfig({ ...env, SERVICE_OUTCOME_V1_UNTIL: 'next spring' })).toThrow();
  });
});
