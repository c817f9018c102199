// Request and response schemas of maintenance plans and of a vehicle's next service. Services
// follow the maintenance.due contract (at most 30, each 1-120 characters), so every plan can be
// sent in a reminder.
import { z } from 'zod';
import { paginationQuerySchema } from '@aftersales/service-kit';
import { type DueService } from '../domain/maintenance-due';
import { type MaintenancePlan, type Vehicle } from '../db/client';

const name64 = z.string().trim().min(1).max(64);
const intervalMonths = z.int().min(1).max(120).describe('Months between services (null: by mileage only)');
const intervalKm = z.int().min(500).max(200_000).describe('Kilometres between services (null: by time only)');
const services = z
  .array(z.string().trim().min(1).max(120))
  .min(1)
  .max(30)
  .describe('What a visit under the plan includes, e.g. "Oil and filter change"');
const reminderDaysBefore = z.int().min(0).max(180).describe('How many days ahead of the due day to remind');

const needsAnInterval = {
  message: 'A plan needs an interval in months, in kilometres, or both.',
  path: ['intervalMonths'],
};

export const createPlanSchema = z
  .object({
    make: name64,
    model: name64.nullable().default(null).describe('null: every model of the make'),
    name: z.string().trim().min(1).max(120),
    intervalMonths: intervalMonths.nullable().default(null),
    intervalKm: intervalKm.nullable().default(null),
    services,
    reminderDaysBefore: reminderDaysBefore.optional().describe('Default: the service setting'),
  })
  .strict()
  .refine((p) => p.intervalMonths !== null || p.intervalKm !== null, needsAnInterval);

export const updatePlanSchema = z
  .object({
    make: name64.optional(),
    model: name64.nullable().optional(),
    name: z.string().trim().min(1).max(120).optional(),
    intervalMonths: intervalMonths.nullable().optional(),
    intervalKm: intervalKm.nullable().optional(),
    services: services.optional(),
    reminderDaysBefore: reminderDaysBefore.optional(),
  })
  .strict()
  .refine((p) => Object.values(p).some((v) => v !== undefined), 'name at least one field to change')
  .refine((p) => p.intervalMonths !== null || p.intervalKm !== null, needsAnInterval);

export const listPlansSchema = paginationQuerySchema.extend({
  make: name64.optional().describe('Plans of this make (case-insensitive)'),
});

export const MaintenancePlanViewSchema = z.object({
  id: z.uuid(),
  make: z.string(),
  model: z.string().nullable(),
  name: z.string(),
  intervalMonths: z.int().nullable(),
  intervalKm: z.int().nullable(),
  services: z.array(z.string()),
  reminderDaysBefore: z.int().min(0),
  version: z.int().min(1),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export type MaintenancePlanView = z.infer<typeof MaintenancePlanViewSchema>;

export function planView(p: MaintenancePlan): MaintenancePlanView {
  return {
    id: p.id,
    make: p.make,
    model: p.model,
    name: p.name,
    intervalMonths: p.intervalMonths,
    intervalKm: p.intervalKm,
    services: p.services,
    reminderDaysBefore: p.reminderDaysBefore,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

export const NextServiceViewSchema = z
  .object({
    vehicleId: z.uuid(),
    make: z.string(),
    model: z.string(),
    dueOn: z.iso.date().nullable().describe('null: neither workshop advice nor a plan gives a date'),
    dueMileageKm: z.int().min(0).nullable(),
    basis: z.enum(['workshop-advice', 'plan-time', 'plan-mileage']).nullable(),
    planId: z.uuid().nullable(),
    services: z.array(z.string()),
  })
  .describe("A vehicle's next maintenance");

export type NextServiceView = z.infer<typeof NextServiceViewSchema>;

export function nextServiceView(v: Vehicle, due: DueService | null): NextServiceView {
  return {
    vehicleId: v.id,
    make: v.make,
    model: v.model,
    dueOn: due?.dueOn ?? null,
    dueMileageKm: due?.dueMileageKm ?? null,
    basis: due?.basis ?? null,
    planId: due?.planId ?? null,
    services: due?.services ?? [],
  };
}
