import { VAT_BP, vatInvoice } from './invoice';

describe("a German supplier's VAT invoice", () => {
  const po = {
    id: 'po-1',
    currency: 'EUR',
    lines: [
      { id: 'a', unitPriceMinor: 4500, taxRateBp: VAT_BP, accepted: 2, invoiced: 0 },
      { id: 'b', unitPriceMinor: 3, taxRateBp: VAT_BP, accepted: 2, invoiced: 0 },
      { id: 'c', unitPriceMinor: 999, taxRateBp: VAT_BP, accepted: 1, invoiced: 1 },
    ],
  };

  it('bills what was accepted and not yet invoiced at net prices plus 19 % VAT per rate', () => {
    expect(vatInvoice(po, 'INV-1')).toEqual({
      purchaseOrderId: 'po-1',
      invoiceNumber: 'INV-1',
      lines: [
        { poLineId: 'a', quantity: 2, unitPriceMinor: 4500, taxRateBp: 1900 },
        { poLineId: 'b', quantity: 2, unitPriceMinor: 3, taxRateBp: 1900 },
      ],
      net: { amountMinor: 9006, currency: 'EUR' },
      // 19 % of 90.06 = 17.1114, rounded once on the rate's net.
      taxes: [{ rateBp: 1900, taxMinor: 1711 }],
      total: { amountMinor: 10_717, currency: 'EUR' },
    });
  });

  it('sends nothing when everything accepted is billed', () => {
    expect(vatInvoice({ ...po, lines: [po.lines[2]] }, 'INV-2')).toBeNull();
  });
});
