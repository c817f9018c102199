// Which views a user sees, and which repair-order actions their roles may perform (the repair
// service decides for real; the console only hides buttons that would be refused).
import { type OrderCommand, type Role } from '../api/types';

export type ViewName =
  'advisor' | 'workshop' | 'rescue' | 'parts' | 'complaints' | 'analyst' | 'quality' | 'admin';

const VIEW_ROLES: Record<ViewName, readonly Role[]> = {
  advisor: ['service-advisor', 'technician'],
  workshop: ['technician', 'service-advisor'],
  rescue: ['service-advisor'],
  parts: ['parts-clerk', 'procurement-officer'],
  complaints: ['complaint-handler'],
  analyst: ['analyst'],
  quality: ['quality-manager'],
  admin: ['admin'],
};

/** The views of a user's roles, in menu order; admins see all. */
export function viewsFor(roles: readonly Role[]): ViewName[] {
  return (Object.keys(VIEW_ROLES) as ViewName[]).filter(
    (v) => roles.includes('admin') || VIEW_ROLES[v].some((r) => roles.includes(r)),
  );
}

/** The roles the repair service requires per command (repair-orders.ts). */
const COMMAND_ROLES: Partial<Record<OrderCommand, readonly Role[]>> = {
  diagnose: ['service-advisor', 'technician'],
  quote: ['service-advisor'],
  approve: ['service-advisor'],
  decline: ['service-advisor'],
  assign: ['service-advisor'],
  'complete-work': ['service-advisor', 'technician'],
  'pass-qc': ['service-advisor', 'technician'],
  'fail-qc': ['service-advisor', 'technician'],
  deliver: ['service-advisor'],
  close: ['service-advisor'],
};

const QC_COMMANDS: readonly OrderCommand[] = ['pass-qc', 'fail-qc'];

/**
 * The commands offered as buttons: allowed in the order's status and for the user's roles. QC is
 * independent: a user who is one of the order's technicians is not offered it (the repair
 * service refuses it with 422 self-inspection).
 */
export function actionsFor(
  allowed: readonly OrderCommand[],
  roles: readonly Role[],
  user?: { username: string; workedOn: readonly string[] },
): OrderCommand[] {
  return allowed.filter((c) => {
    if (QC_COMMANDS.includes(c) && user?.workedOn.includes(user.username)) return false;
    const needed = COMMAND_ROLES[c];
    return needed !== undefined && (roles.includes('admin') || needed.some((r) => roles.includes(r)));
  });
}
