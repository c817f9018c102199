import { loadAnalyticsConfig } from './config';

const env = {
  DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/aftersales_analytics',
  AUTH_ISSUER: 'https://auth.test',
  AUTH_AUDIENCE: 'aftersales-api',
  AUTH_HS256_SECRET: 'test-only-hs256-secret-0123456789abcdef',
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
});
