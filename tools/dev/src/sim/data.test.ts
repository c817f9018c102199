import { dealerGroupPlan } from './data';

describe('demo dealer group', () => {
  const plan = dealerGroupPlan(1);

  it('has 2 regions, 4 regional centres and 2 partner workshops, 8 suppliers, 300 parts', () => {
    expect(plan.regions).toHaveLength(2);
    expect(plan.centres.filter((c) => c.type === 'regional-centre')).toHaveLength(4);
    expect(plan.centres.filter((c) => c.type === 'partner-workshop')).toHaveLength(2);
    expect(plan.suppliers).toHaveLength(8);
    expect(plan.parts).toHaveLength(300);
    expect(new Set(plan.parts.map((p) => p.partNumber)).size).toBe(300);
    expect(plan.parts.some((p) => p.onHand === 0)).toBe(true);
  });

  it('has customers with vehicles whose VINs are well-formed and unique', () => {
    expect(plan.customers).toHaveLength(300);
    expect(plan.vehicles.length).toBeGreaterThan(300);
    for (const v of plan.vehicles) expect(v.vin).toMatch(/^[A-HJ-NPR-Z0-9]{17}$/);
    for (const v of plan.vehicles)
      expect(v.registrationNumber).toMatch(/^[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} [1-9]\d{0,3}$/);
    expect(new Set(plan.vehicles.map((v) => v.registrationNumber)).size).toBe(plan.vehicles.length);
    expect(new Set(plan.vehicles.map((v) => v.vin)).size).toBe(plan.vehicles.length);
    expect(new Set(plan.customers.map((c) => c.email)).size).toBe(plan.customers.length);
  });
});
