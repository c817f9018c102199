// Identity comes from @aftersales/service-kit (JWT verification, roles, tenant/centre scope);
// re-exported here so the routes import one local module.
export {
  authenticate,
  identityOf,
  requireRole,
  hasRole,
  canAccessCentre,
  canAccessDealer,
  assertCentreAccess,
  issueToken,
  ROLES,
  type Role,
  type Identity,
  type AuthConfig,
} from '@aftersales/service-kit';
