// The pure part of service-kit a service's domain/ may import (`@aftersales/service-kit/domain`):
// the domain error family and local-time arithmetic. No express, no I/O.
export * from './errors';
export * from './zoned-time';
export * from './opening-hours';
