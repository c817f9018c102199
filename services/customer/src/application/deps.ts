// What the routers and the consumer need; app.ts builds them from config (main.ts) or from a test.
import { DEVELOPMENT_SEALING_KEY_BASE64, now as clockNow, parseSealingKey } from '@aftersales/service-kit';
import { MasterKeyring } from '../domain/crypto/keyring';
import { BlindIndexer } from '../domain/crypto/blind-index';
import { PiiCipher } from '../domain/crypto/pii-cipher';
import { type FollowupPolicy } from '../domain/followup-plan';
import { type PrismaClient } from '../db/client';
import { type CustomerConfig } from '../config';

export interface CustomerDeps {
  prisma: PrismaClient;
  keyring: MasterKeyring;
  cipher: PiiCipher;
  indexer: BlindIndexer;
  phoneRegion: string;
  followups: FollowupPolicy;
  rotationBatchSize: number;
  /** Days after delivery a survey invitation stays open. */
  surveyInvitationDays: number;
  /** Self-service sign-in: the key sign-in codes are sealed with for the notification service, and their lifetime. */
  signIn: { sealingKey: Buffer; codeTtlMs: number };
  /** Wakes the outbox relay after a commit that wrote events. */
  onEvents?: () => void;
  now?: () => Date;
}

export const PRODUCER = 'customer';

export const nowOf = (deps: Pick<CustomerDeps, 'now'>) => (deps.now ?? clockNow)();

export function depsFromConfig(
  config: CustomerConfig,
  prisma: PrismaClient,
  extra: Partial<CustomerDeps> = {},
): CustomerDeps {
  const keyring = MasterKeyring.fromConfig(config.CUSTOMER_MASTER_KEYS, config.CUSTOMER_ACTIVE_KEY_ID);
  return {
    prisma,
    keyring,
    cipher: new PiiCipher(keyring),
    indexer: new BlindIndexer(Buffer.from(config.CUSTOMER_BLIND_INDEX_KEY, 'base64')),
    phoneRegion: config.CUSTOMER_DEFAULT_PHONE_REGION,
    followups: {
      callAfterHours: config.FOLLOWUP_CALL_AFTER_HOURS,
      reminderDaysBefore: config.MAINTENANCE_REMINDER_DAYS_BEFORE,
    },
    rotationBatchSize: config.KEY_ROTATION_BATCH_SIZE,
    surveyInvitationDays: config.SURVEY_INVITATION_DAYS,
    signIn: {
      // config.ts refuses a missing key outside development.
      sealingKey: parseSealingKey(
        config.SIGN_IN_CODE_KEY ?? DEVELOPMENT_SEALING_KEY_BASE64,
        'SIGN_IN_CODE_KEY',
      ),
      codeTtlMs: config.SIGN_IN_CODE_TTL_MINUTES * 60_000,
    },
    ...extra,
  };
}
