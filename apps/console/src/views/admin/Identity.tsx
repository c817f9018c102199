// Who am I, and how the gateway maps the identity provider's claims to roles: the signed-in
// session as the gateway sees it, and a dry run of the claims mapping (admins; changes nothing)
// for an issuer, subject and groups typed here.
import { useState, type FormEvent } from 'react';
import { type IdentityMappingDryRunResult, type Session } from '../../api/types';
import { Loadable, Pill, Section } from '../../components/common';
import { useConsole } from '../../context';
import { useI18n } from '../../i18n/I18n';
import { fetchSession } from '../../session';
import { useResource } from '../../hooks';
import { messageOf } from '../parts/Tabs';

const scopeText = (s: '*' | string[], all: string) => (s === '*' ? all : s.join(', ') || '—');

export function Identity() {
  const { t, dateTime } = useI18n();
  const { api } = useConsole();
  const session = useResource<Session | null>(() => fetchSession(), [], []);
  const [issuer, setIssuer] = useState('');
  const [subject, setSubject] = useState('');
  const [groups, setGroups] = useState<string>();
  const [result, setResult] = useState<IdentityMappingDryRunResult>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const me = session.data;
  const groupsText = groups ?? me?.groups.join(', ') ?? '';

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setProblem(undefined);
    setResult(undefined);
    try {
      const list = groupsText
        .split(/[\s,;]+/)
        .map((g) => g.trim())
        .filter(Boolean);
      setResult(
        await api.identityDryRun({ iss: issuer.trim(), sub: subject.trim() || 'dry-run', groups: list }),
      );
    } catch (err) {
      setProblem(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Section title={t('admin.identity.me')} testId="admin-me">
        <Loadable error={session.error} ready={session.data !== undefined}>
          {me && (
            <dl className="form-grid">
              <div>
                <dt className="muted">{t('admin.identity.name')}</dt>
                <dd data-testid="me-name">{me.user.displayName}</dd>
              </div>
              <div>
                <dt className="muted">{t('admin.identity.userId')}</dt>
                <dd className="mono">{me.user.userId}</dd>
              </div>
              <div>
                <dt className="muted">{t('admin.identity.tenant')}</dt>
                <dd className="mono">{me.user.tenantId}</dd>
              </div>
              <div>
                <dt className="muted">{t('admin.identity.roles')}</dt>
                <dd data-testid="me-roles">
                  {me.user.roles.map((r) => (
                    <Pill key={r}>{r}</Pill>
                  ))}
                </dd>
              </div>
              <div>
                <dt className="muted">{t('admin.identity.groups')}</dt>
                <dd>{me.groups.join(', ') || '—'}</dd>
              </div>
              <div>
                <dt className="muted">{t('admin.identity.centres')}</dt>
                <dd>{scopeText(me.user.centreIds, t('admin.identity.all'))}</dd>
              </div>
              <div>
                <dt className="muted">{t('admin.identity.dealers')}</dt>
                <dd>{scopeText(me.user.dealerIds, t('admin.identity.all'))}</dd>
              </div>
              <div>
                <dt className="muted">{t('admin.identity.expires')}</dt>
                <dd>{dateTime(me.expiresAt)}</dd>
              </div>
            </dl>
          )}
        </Loadable>
      </Section>
      <Section title={t('admin.identity.mapping')} testId="admin-mapping">
        <p className="muted">{t('admin.identity.mappingHint')}</p>
        <form onSubmit={(e) => void submit(e)}>
          <div className="form-grid">
            <label>
              {t('admin.identity.issuer')}
              <input
                required
                type="url"
                value={issuer}
                onChange={(e) => setIssuer(e.target.value)}
                data-testid="dry-run-issuer"
              />
            </label>
            <label>
              {t('admin.identity.subject')}
              <input value={subject} onChange={(e) => setSubject(e.target.value)} />
            </label>
            <label>
              {t('admin.identity.groups')}
              <input
                value={groupsText}
                onChange={(e) => setGroups(e.target.value)}
                data-testid="dry-run-groups"
              />
            </label>
            <button type="submit" disabled={busy} data-testid="dry-run-submit">
              {t('admin.identity.try')}
            </button>
          </div>
        </form>
        {problem && (
          <p className="error" role="alert">
            {problem}
          </p>
        )}
        {result && (
          <div data-testid="dry-run-result" role="status">
            {result.granted && result.identity ? (
              <p>
                <Pill tone="ok">{t('admin.identity.granted')}</Pill>{' '}
                {t('admin.identity.grantedDetail', {
                  roles: result.identity.roles.join(', '),
                  tenant: result.identity.tenantId,
                  centres: scopeText(result.identity.centreIds, t('admin.identity.all')),
                  dealers: scopeText(result.identity.dealerIds, t('admin.identity.all')),
                  matched: result.matched.join(', '),
                })}
              </p>
            ) : (
              <p>
                <Pill tone="bad">{t('admin.identity.refused')}</Pill>{' '}
                {result.reason === 'no_tenant' ? t('admin.identity.noTenant') : t('admin.identity.noRole')}
              </p>
            )}
          </div>
        )}
      </Section>
    </>
  );
}
