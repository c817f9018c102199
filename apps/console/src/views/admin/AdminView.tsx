// Administration: service centres and their opening hours, SLA standards, complaint routing, time
// limits and the business calendar, training and certifications, and who is signed in with how the
// provider's groups map to roles. One tab at a time.
import { useState } from 'react';
import { useI18n } from '../../i18n/I18n';
import { Tabs } from '../parts/Tabs';
import { Centres } from './Centres';
import { Calendar, RoutingRules, TimeLimits } from './Complaints';
import { Identity } from './Identity';
import { SlaStandards } from './Sla';
import { Training } from './Training';

type Tab = 'centres' | 'sla' | 'routing' | 'limits' | 'calendar' | 'training' | 'identity';

export function AdminView() {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('centres');
  const tabs = [
    { key: 'centres' as const, label: t('admin.tab.centres') },
    { key: 'sla' as const, label: t('admin.tab.sla') },
    { key: 'routing' as const, label: t('admin.tab.routing') },
    { key: 'limits' as const, label: t('admin.tab.limits') },
    { key: 'calendar' as const, label: t('admin.tab.calendar') },
    { key: 'training' as const, label: t('admin.tab.training') },
    { key: 'identity' as const, label: t('admin.tab.identity') },
  ];
  return (
    <div className="view" data-testid="view-admin">
      <Tabs label={t('admin.tabs')} tabs={tabs} current={tab} onChange={setTab}>
        {tab === 'centres' && <Centres />}
        {tab === 'sla' && <SlaStandards />}
        {tab === 'routing' && <RoutingRules />}
        {tab === 'limits' && <TimeLimits />}
        {tab === 'calendar' && <Calendar />}
        {tab === 'training' && <Training />}
        {tab === 'identity' && <Identity />}
      </Tabs>
    </div>
  );
}
