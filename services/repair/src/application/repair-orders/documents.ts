// The printed documents of a repair order, as PDF (pdfkit; docs/dependencies.md says why): the job
// card the customer signs at reception, and the delivery summary handed over with the car. Text in
// English, German, Simplified or Traditional Chinese; Latin text uses pdfkit's built-in Helvetica,
// Chinese needs a CJK font file (WenQuanYi Micro Hei where installed): without it the document
// falls back to English, and the caller says so (Content-Language).
import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { type OrderView, type QuoteView } from '../../api/views';

export const DOCUMENT_LOCALES = ['en', 'de', 'zh-Hans', 'zh-Hant'] as const;
export type DocumentLocale = (typeof DOCUMENT_LOCALES)[number];
export type DocumentKind = 'job-card' | 'delivery-summary';

/** The CJK font: a TrueType collection and the face to use from it. */
export interface CjkFont {
  path: string;
  family: string;
}
export const DEFAULT_CJK_FONT: CjkFont = {
  path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  family: 'WenQuanYiMicroHei',
};

type Labels = Record<
  | 'jobCard'
  | 'deliverySummary'
  | 'order'
  | 'status'
  | 'centre'
  | 'received'
  | 'arrival'
  | 'customer'
  | 'vehicle'
  | 'serviceType'
  | 'mileage'
  | 'fuel'
  | 'symptoms'
  | 'systems'
  | 'damage'
  | 'none'
  | 'quote'
  | 'line'
  | 'description'
  | 'qty'
  | 'unitPrice'
  | 'net'
  | 'labourHours'
  | 'partsNet'
  | 'labourNet'
  | 'discount'
  | 'tax'
  | 'total'
  | 'noQuote'
  | 'signature'
  | 'noSignature'
  | 'signatureUnsupported'
  | 'diagnosis'
  | 'workDone'
  | 'qc'
  | 'qcPassed'
  | 'qcFailed'
  | 'qcNone'
  | 'delivered'
  | 'deliveryMileage'
  | 'nextMaintenance'
  | 'technicians'
  | 'walk-in'
  | 'booked'
  | 'towed'
  | 'labour'
  | 'part'
  | 'fee',
  string
>;

const LABELS: Record<DocumentLocale, Labels> = {
  en: {
    jobCard: 'Job card',
    deliverySummary: 'Delivery summary',
    order: 'Order',
    status: 'Status',
    centre: 'Service centre',
    received: 'Received',
    arrival: 'Arrival',
    customer: 'Customer',
    vehicle: 'Vehicle',
    serviceType: 'Service',
    mileage: 'Mileage',
    fuel: 'Fuel level',
    symptoms: 'Reported symptoms',
    systems: 'Systems',
    damage: 'Existing damage',
    none: 'none',
    quote: 'Quote',
    line: '#',
    description: 'Description',
    qty: 'Qty',
    unitPrice: 'Unit price',
    net: 'Net',
    labourHours: 'Labour hours',
    partsNet: 'Parts (net)',
    labourNet: 'Labour (net)',
    discount: 'Discount',
    tax: 'VAT',
    total: 'Total incl. VAT',
    noQuote: 'No quote issued yet.',
    signature: "Customer's signature",
    noSignature: 'Not signed.',
    signatureUnsupported: 'Signature captured (image format not printable).',
    diagnosis: 'Diagnosis',
    workDone: 'Work done',
    qc: 'Quality check',
    qcPassed: 'passed',
    qcFailed: 'failed',
    qcNone: 'No quality check recorded.',
    delivered: 'Delivered',
    deliveryMileage: 'Mileage at delivery',
    nextMaintenance: 'Next maintenance',
    technicians: 'Technicians',
    'walk-in': 'walk-in',
    booked: 'booked',
    towed: 'towed in',
    labour: 'Labour',
    part: 'Part',
    fee: 'Fee',
  },
  de: {
    jobCard: 'Auftragskarte',
    deliverySummary: 'Übergabeprotokoll',
    order: 'Auftrag',
    status: 'Status',
    centre: 'Servicezentrum',
    received: 'Angenommen',
    arrival: 'Ankunft',
    customer: 'Kunde',
    vehicle: 'Fahrzeug',
    serviceType: 'Leistung',
    mileage: 'Kilometerstand',
    fuel: 'Tankfüllung',
    symptoms: 'Geschilderte Beschwerden',
    systems: 'Systeme',
    damage: 'Vorschäden',
    none: 'keine',
    quote: 'Kostenvoranschlag',
    line: 'Nr.',
    description: 'Beschreibung',
    qty: 'Menge',
    unitPrice: 'Einzelpreis',
    net: 'Netto',
    labourHours: 'Arbeitsstunden',
    partsNet: 'Teile (netto)',
    labourNet: 'Arbeit (netto)',
    discount: 'Rabatt',
    tax: 'MwSt.',
    total: 'Gesamt inkl. MwSt.',
    noQuote: 'Noch kein Kostenvoranschlag erstellt.',
    signature: 'Unterschrift des Kunden',
    noSignature: 'Nicht unterschrieben.',
    signatureUnsupported: 'Unterschrift erfasst (Bildformat nicht druckbar).',
    diagnosis: 'Diagnose',
    workDone: 'Durchgeführte Arbeiten',
    qc: 'Qualitätskontrolle',
    qcPassed: 'bestanden',
    qcFailed: 'nicht bestanden',
    qcNone: 'Keine Qualitätskontrolle erfasst.',
    delivered: 'Übergeben',
    deliveryMileage: 'Kilometerstand bei Übergabe',
    nextMaintenance: 'Nächste Wartung',
    technicians: 'Techniker',
    'walk-in': 'ohne Termin',
    booked: 'mit Termin',
    towed: 'abgeschleppt',
    labour: 'Arbeit',
    part: 'Teil',
    fee: 'Gebühr',
  },
  'zh-Hans': {
    jobCard: '维修委托书',
    deliverySummary: '交车单',
    order: '工单',
    status: '状态',
    centre: '服务中心',
    received: '接车时间',
    arrival: '到店方式',
    customer: '客户',
    vehicle: '车辆',
    serviceType: '服务类型',
    mileage: '里程',
    fuel: '油量',
    symptoms: '故障描述',
    systems: '系统',
    damage: '既有损伤',
    none: '无',
    quote: '报价',
    line: '序号',
    description: '项目',
    qty: '数量',
    unitPrice: '单价',
    net: '净额',
    labourHours: '工时',
    partsNet: '配件（净额）',
    labourNet: '工时费（净额）',
    discount: '折扣',
    tax: '增值税',
    total: '含税合计',
    noQuote: '尚未出具报价。',
    signature: '客户签名',
    noSignature: '未签名。',
    signatureUnsupported: '已签名（图像格式无法打印）。',
    diagnosis: '诊断',
    workDone: '已完成工作',
    qc: '质检',
    qcPassed: '通过',
    qcFailed: '未通过',
    qcNone: '暂无质检记录。',
    delivered: '交车时间',
    deliveryMileage: '交车里程',
    nextMaintenance: '下次保养',
    technicians: '技师',
    'walk-in': '直接到店',
    booked: '预约到店',
    towed: '拖车入店',
    labour: '工时',
    part: '配件',
    fee: '费用',
  },
  'zh-Hant': {
    jobCard: '維修委託書',
    deliverySummary: '交車單',
    order: '工單',
    status: '狀態',
    centre: '服務中心',
    received: '接車時間',
    arrival: '到店方式',
    customer: '客戶',
    vehicle: '車輛',
    serviceType: '服務類型',
    mileage: '里程',
    fuel: '油量',
    symptoms: '故障描述',
    systems: '系統',
    damage: '既有損傷',
    none: '無',
    quote: '報價',
    line: '序號',
    description: '項目',
    qty: '數量',
    unitPrice: '單價',
    net: '淨額',
    labourHours: '工時',
    partsNet: '零件（淨額）',
    labourNet: '工時費（淨額）',
    discount: '折扣',
    tax: '營業稅',
    total: '含稅合計',
    noQuote: '尚未出具報價。',
    signature: '客戶簽名',
    noSignature: '未簽名。',
    signatureUnsupported: '已簽名（圖像格式無法列印）。',
    diagnosis: '診斷',
    workDone: '已完成工作',
    qc: '品檢',
    qcPassed: '通過',
    qcFailed: '未通過',
    qcNone: '尚無品檢紀錄。',
    delivered: '交車時間',
    deliveryMileage: '交車里程',
    nextMaintenance: '下次保養',
    technicians: '技師',
    'walk-in': '直接到店',
    booked: '預約到店',
    towed: '拖車入廠',
    labour: '工時',
    part: '零件',
    fee: '費用',
  },
};

export interface DocumentInput {
  kind: DocumentKind;
  order: OrderView & { arrival?: string | null };
  quote: QuoteView | undefined;
  centre: { name: string; timeZone: string; address: unknown };
  /** The newest signature image, if one was captured. */
  signature?: { contentType: string; data: Buffer } | null;
}

export interface DocumentOptions {
  locale: DocumentLocale;
  cjkFont?: CjkFont | null;
  /** false writes uncompressed content streams (tests read the text). */
  compress?: boolean;
}

/** The locale the document is written in: Chinese only with its font present, else English. */
export function documentLocale(
  requested: DocumentLocale,
  cjkFont: CjkFont | null | undefined,
): DocumentLocale {
  if (requested !== 'zh-Hans' && requested !== 'zh-Hant') return requested;
  return cjkFont && existsSync(cjkFont.path) ? requested : 'en';
}

const INTL_LOCALE: Record<DocumentLocale, string> = {
  en: 'en-GB',
  de: 'de-DE',
  'zh-Hans': 'zh-CN',
  'zh-Hant': 'zh-TW',
};

function addressLine(address: unknown): string {
  if (!address || typeof address !== 'object') return '';
  const a = address as Record<string, unknown>;
  return [a.line1, a.line2, [a.postalCode, a.city].filter(Boolean).join(' '), a.country]
    .filter((p) => typeof p === 'string' && p.length > 0)
    .join(', ');
}

/** Renders the document; resolves to the PDF's bytes. `locale` must come from documentLocale(). */
export function renderDocument(input: DocumentInput, options: DocumentOptions): Promise<Buffer> {
  const locale = options.locale;
  const L = LABELS[locale];
  const intl = INTL_LOCALE[locale];
  const { order, quote, centre } = input;
  const title = input.kind === 'job-card' ? L.jobCard : L.deliverySummary;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    compress: options.compress ?? true,
    lang: locale,
    info: {
      Title: `${title} ${order.orderNumber}`,
      Subject: order.orderNumber,
      Creator: 'aftersales repair',
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const cjk = locale === 'zh-Hans' || locale === 'zh-Hant';
  if (cjk && options.cjkFont) {
    doc.registerFont('body', options.cjkFont.path, options.cjkFont.family);
    doc.registerFont('bold', options.cjkFont.path, options.cjkFont.family);
  } else {
    doc.registerFont('body', 'Helvetica');
    doc.registerFont('bold', 'Helvetica-Bold');
  }

  const money = (minor: number, currency: string) =>
    new Intl.NumberFormat(intl, { style: 'currency', currency }).format(minor / 100);
  const when = (iso: string) =>
    new Intl.DateTimeFormat(intl, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: centre.timeZone,
    }).format(new Date(iso));
  const num = (n: number) => new Intl.NumberFormat(intl).format(n);
  const heading = (text: string) => {
    doc.moveDown(0.8).font('bold').fontSize(12).text(text).moveDown(0.2).font('body').fontSize(10);
  };
  const field = (label: string, value: string) => {
    doc
      .font('bold')
      .fontSize(10)
      .text(`${label}: `, { continued: true })
      .font('body')
      .text(value || '—');
  };

  doc.font('bold').fontSize(18).text(title);
  doc.font('body').fontSize(12).text(`${L.order} ${order.orderNumber}`);
  doc.moveDown(0.5).fontSize(10);
  field(L.centre, [centre.name, addressLine(centre.address)].filter(Boolean).join(' · '));
  field(L.status, order.status);
  field(L.received, when(order.reception.receivedAt));
  const arrival = (order.arrival ?? 'walk-in') as 'walk-in' | 'booked' | 'towed';
  field(L.arrival, L[arrival] ?? arrival);
  field(L.customer, order.customerId);
  field(L.vehicle, order.vehicleId);
  field(L.serviceType, order.serviceType);
  field(L.mileage, `${num(order.reception.mileageKm)} km`);
  field(L.fuel, `${order.reception.fuelLevelPercent} %`);

  heading(L.symptoms);
  doc.text(order.reception.symptoms || L.none);
  if (order.reception.symptomSystems.length > 0) field(L.systems, order.reception.symptomSystems.join(', '));
  heading(L.damage);
  doc.text(order.reception.damageNotes || L.none);

  if (input.kind === 'delivery-summary') {
    if (order.diagnosis) {
      heading(L.diagnosis);
      for (const f of order.diagnosis.findings)
        doc.text(
          `• ${f.system} (${f.severity})${f.faultCode ? ` ${f.faultCode}` : ''}${f.description ? `: ${f.description}` : ''}`,
        );
      if (order.diagnosis.notes) doc.text(order.diagnosis.notes);
    }
    heading(L.workDone);
    if (order.progressNotes.length === 0) doc.text(L.none);
    for (const n of order.progressNotes) doc.text(`• ${when(n.at)}: ${n.note}`);
    if (order.technicianIds.length > 0) field(L.technicians, order.technicianIds.join(', '));
    heading(L.qc);
    const qc = order.qcResults.at(-1);
    if (!qc) doc.text(L.qcNone);
    else {
      doc.text(`#${qc.attempt} · ${when(qc.at)} · ${qc.passed ? L.qcPassed : L.qcFailed}`);
      for (const c of qc.checklist)
        doc.text(`• ${c.code}: ${c.passed ? L.qcPassed : L.qcFailed}${c.note ? ` (${c.note})` : ''}`);
    }
    if (order.delivery) {
      field(L.delivered, when(order.delivery.at));
      field(L.deliveryMileage, `${num(order.delivery.mileageKm)} km`);
      const next = order.delivery.nextMaintenance;
      if (next.dueMileageKm !== null || next.dueOn !== null)
        field(
          L.nextMaintenance,
          [next.dueMileageKm !== null ? `${num(next.dueMileageKm)} km` : null, next.dueOn]
            .filter(Boolean)
            .join(' / '),
        );
    }
  }

  heading(quote ? `${L.quote} v${quote.version} (${quote.status})` : L.quote);
  if (!quote) doc.text(L.noQuote);
  else {
    const cols = [50, 75, 300, 350, 440];
    const row = (cells: string[], bold = false) => {
      const y = doc.y;
      doc.font(bold ? 'bold' : 'body');
      cells.forEach((c, i) =>
        doc.text(c, cols[i]!, y, {
          width: (cols[i + 1] ?? 545) - cols[i]! - 5,
          align: i >= 3 ? 'right' : 'left',
        }),
      );
      doc.x = 50;
      doc.moveDown(0.3);
    };
    row([L.line, L.description, L.qty, L.unitPrice, L.net], true);
    for (const l of quote.lines)
      row([
        String(l.lineNo),
        `${L[l.kind]}: ${l.description ?? l.operationCode ?? l.partId ?? ''}`,
        num(l.quantity),
        money(l.unitPriceMinor, quote.currency),
        money(l.netMinor, quote.currency),
      ]);
    doc.moveDown(0.3);
    field(L.labourHours, num(quote.labourHours));
    const labourNet = quote.lines.filter((l) => l.kind === 'labour').reduce((s, l) => s + l.netMinor, 0);
    const partsNet = quote.lines.filter((l) => l.kind === 'part').reduce((s, l) => s + l.netMinor, 0);
    field(L.labourNet, money(labourNet, quote.currency));
    field(L.partsNet, money(partsNet, quote.currency));
    if (quote.totals.discountMinor > 0) field(L.discount, money(quote.totals.discountMinor, quote.currency));
    field(L.net, money(quote.totals.netMinor, quote.currency));
    field(L.tax, money(quote.totals.taxMinor, quote.currency));
    field(L.total, money(quote.totals.grossMinor, quote.currency));
  }

  heading(L.signature);
  const sig = input.signature;
  if (!sig) doc.text(L.noSignature);
  else if (sig.contentType === 'image/png' || sig.contentType === 'image/jpeg') {
    try {
      doc.image(sig.data, { fit: [220, 90] });
    } catch {
      doc.text(L.signatureUnsupported);
    }
  } else doc.text(L.signatureUnsupported);

  doc.end();
  return done;
}
