// Keeps pino-http's typings (req.id, req.log) in the published declarations for services.
/// <reference types="pino-http" preserve="true" />
export * from './config';
export * from './clock';
export * from './logger';
export * from './request-id';
export * from './problem';
export * from './validation';
export * from './pagination';
export * from './concurrency';
export * from './idempotency';
export * from './auth';
export * from './auth-config';
export * from './health';
export * from './metrics';
export * from './app';
export * from './lifecycle';
export * from './openapi';
export * from './idempotent-create';
export * from './idempotency-store';
export * from './domain';
export * from './host/periodic';
export * from './host/platform-config';
export * from './host/start-service';
export * from './command/unit-of-work';
export * from './ids';
export * from './crypto/sealed-field';
