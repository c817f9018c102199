// The built-in templates, one per kind of message, in every locale the service writes
// (zh-Hans, zh-Hant, en, de). Subjects head e-mails; SMS and push carry the body only. A tenant
// may override one locale of one template (table template_override, API
// /v1/notifications/templates). templates.test.ts fails when a template misses a locale or a
// locale misses or adds a placeholder.
import { type TemplateDefinition } from '../domain/template';

export const TEMPLATE_KEYS = [
  'booking-confirmed',
  'booking-cancelled',
  'repair-received',
  'quote-issued',
  'vehicle-ready',
  'vehicle-delivered',
  'complaint-received',
  'complaint-resolved',
  'inquiry-answered',
  'rescue-dispatched',
  'sign-in-code',
  'survey-invitation',
  'maintenance-due',
] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export const templates: Record<TemplateKey, TemplateDefinition> = {
  'booking-confirmed': {
    placeholders: ['slotStart'],
    texts: {
      en: {
        subject: 'Your service appointment on {{slotStart}} is confirmed',
        body: 'Thank you for your booking. We look forward to seeing you on {{slotStart}}.',
      },
      de: {
        subject: 'Ihr Servicetermin am {{slotStart}} ist bestätigt',
        body: 'Vielen Dank für Ihre Buchung. Wir freuen uns auf Ihren Besuch am {{slotStart}}.',
      },
      'zh-Hans': {
        subject: '您的服务预约（{{slotStart}}）已确认',
        body: '感谢您的预约。我们期待在 {{slotStart}} 与您见面。',
      },
      'zh-Hant': {
        subject: '您的服務預約（{{slotStart}}）已確認',
        body: '感謝您的預約。我們期待在 {{slotStart}} 與您見面。',
      },
    },
  },
  'booking-cancelled': {
    placeholders: ['slotStart'],
    texts: {
      en: {
        subject: 'Your appointment on {{slotStart}} has been cancelled',
        body: 'Your service appointment on {{slotStart}} has been cancelled. Please contact us to book a new one.',
      },
      de: {
        subject: 'Ihr Termin am {{slotStart}} wurde storniert',
        body: 'Ihr Servicetermin am {{slotStart}} wurde storniert. Bitte melden Sie sich für einen neuen Termin.',
      },
      'zh-Hans': {
        subject: '您在 {{slotStart}} 的预约已取消',
        body: '您在 {{slotStart}} 的服务预约已取消。如需重新预约，请与我们联系。',
      },
      'zh-Hant': {
        subject: '您在 {{slotStart}} 的預約已取消',
        body: '您在 {{slotStart}} 的服務預約已取消。如需重新預約，請與我們聯絡。',
      },
    },
  },
  'repair-received': {
    placeholders: ['orderNumber'],
    texts: {
      en: {
        subject: 'We have received your vehicle (order {{orderNumber}})',
        body: 'Your vehicle has been checked in under repair order {{orderNumber}}. We will keep you informed.',
      },
      de: {
        subject: 'Wir haben Ihr Fahrzeug erhalten (Auftrag {{orderNumber}})',
        body: 'Ihr Fahrzeug wurde unter dem Werkstattauftrag {{orderNumber}} angenommen. Wir halten Sie auf dem Laufenden.',
      },
      'zh-Hans': {
        subject: '我们已接收您的车辆（工单 {{orderNumber}}）',
        body: '您的车辆已登记，维修工单号为 {{orderNumber}}。我们会及时通知您进展。',
      },
      'zh-Hant': {
        subject: '我們已接收您的車輛（工單 {{orderNumber}}）',
        body: '您的車輛已登記，維修工單號為 {{orderNumber}}。我們會及時通知您進度。',
      },
    },
  },
  'quote-issued': {
    placeholders: ['orderNumber', 'total', 'validUntil'],
    texts: {
      en: {
        subject: 'Your quote for order {{orderNumber}} is waiting for approval',
        body: 'The quote for repair order {{orderNumber}} comes to {{total}}. Please approve or decline it by {{validUntil}}.',
      },
      de: {
        subject: 'Ihr Kostenvoranschlag zu Auftrag {{orderNumber}} wartet auf Freigabe',
        body: 'Der Kostenvoranschlag zum Werkstattauftrag {{orderNumber}} beträgt {{total}}. Bitte geben Sie ihn bis {{validUntil}} frei oder lehnen Sie ihn ab.',
      },
      'zh-Hans': {
        subject: '工单 {{orderNumber}} 的报价等待您的确认',
        body: '维修工单 {{orderNumber}} 的报价为 {{total}}。请在 {{validUntil}} 前确认或拒绝。',
      },
      'zh-Hant': {
        subject: '工單 {{orderNumber}} 的報價等待您的確認',
        body: '維修工單 {{orderNumber}} 的報價為 {{total}}。請在 {{validUntil}} 前確認或拒絕。',
      },
    },
  },
  'vehicle-ready': {
    placeholders: ['orderNumber'],
    texts: {
      en: {
        subject: 'Your vehicle is ready for pick-up (order {{orderNumber}})',
        body: 'Good news: the work on repair order {{orderNumber}} is finished and your vehicle is ready for pick-up.',
      },
      de: {
        subject: 'Ihr Fahrzeug ist abholbereit (Auftrag {{orderNumber}})',
        body: 'Gute Nachricht: Die Arbeiten zum Werkstattauftrag {{orderNumber}} sind abgeschlossen, Ihr Fahrzeug ist abholbereit.',
      },
      'zh-Hans': {
        subject: '您的车辆已可取车（工单 {{orderNumber}}）',
        body: '好消息：维修工单 {{orderNumber}} 的工作已完成，您的车辆可以取车了。',
      },
      'zh-Hant': {
        subject: '您的車輛已可取車（工單 {{orderNumber}}）',
        body: '好消息：維修工單 {{orderNumber}} 的工作已完成，您的車輛可以取車了。',
      },
    },
  },
  'vehicle-delivered': {
    placeholders: ['orderNumber'],
    texts: {
      en: {
        subject: 'Thank you for your visit (order {{orderNumber}})',
        body: 'Your vehicle has been handed back (repair order {{orderNumber}}). Thank you for your trust.',
      },
      de: {
        subject: 'Vielen Dank für Ihren Besuch (Auftrag {{orderNumber}})',
        body: 'Ihr Fahrzeug wurde übergeben (Werkstattauftrag {{orderNumber}}). Vielen Dank für Ihr Vertrauen.',
      },
      'zh-Hans': {
        subject: '感谢您的光临（工单 {{orderNumber}}）',
        body: '您的车辆已交还（维修工单 {{orderNumber}}）。感谢您的信任。',
      },
      'zh-Hant': {
        subject: '感謝您的光臨（工單 {{orderNumber}}）',
        body: '您的車輛已交還（維修工單 {{orderNumber}}）。感謝您的信任。',
      },
    },
  },
  'complaint-received': {
    placeholders: ['reference'],
    texts: {
      en: {
        subject: 'We have received your complaint ({{reference}})',
        body: 'Your complaint has been registered under reference {{reference}}. We will get back to you as soon as possible.',
      },
      de: {
        subject: 'Wir haben Ihre Beschwerde erhalten ({{reference}})',
        body: 'Ihre Beschwerde wurde unter dem Aktenzeichen {{reference}} erfasst. Wir melden uns so bald wie möglich.',
      },
      'zh-Hans': {
        subject: '我们已收到您的投诉（{{reference}}）',
        body: '您的投诉已登记，编号为 {{reference}}。我们会尽快回复您。',
      },
      'zh-Hant': {
        subject: '我們已收到您的投訴（{{reference}}）',
        body: '您的投訴已登記，編號為 {{reference}}。我們會盡快回覆您。',
      },
    },
  },
  'complaint-resolved': {
    placeholders: ['reference'],
    texts: {
      en: {
        subject: 'Your complaint {{reference}} has been resolved',
        body: 'We have decided on a resolution for your complaint {{reference}}. Please let us know whether you accept it.',
      },
      de: {
        subject: 'Ihre Beschwerde {{reference}} wurde bearbeitet',
        body: 'Wir haben über Ihre Beschwerde {{reference}} entschieden. Bitte teilen Sie uns mit, ob Sie die Lösung annehmen.',
      },
      'zh-Hans': {
        subject: '您的投诉 {{reference}} 已处理',
        body: '我们已为您的投诉 {{reference}} 确定了处理方案。请告知我们您是否接受。',
      },
      'zh-Hant': {
        subject: '您的投訴 {{reference}} 已處理',
        body: '我們已為您的投訴 {{reference}} 確定了處理方案。請告知我們您是否接受。',
      },
    },
  },
  'inquiry-answered': {
    placeholders: [],
    texts: {
      en: {
        subject: 'Your question has been answered',
        body: 'An advisor has answered your question. You can read the answer in your customer account.',
      },
      de: {
        subject: 'Ihre Anfrage wurde beantwortet',
        body: 'Ein Berater hat Ihre Anfrage beantwortet. Die Antwort finden Sie in Ihrem Kundenkonto.',
      },
      'zh-Hans': {
        subject: '您的咨询已得到答复',
        body: '顾问已答复您的咨询。您可以在客户账户中查看答复。',
      },
      'zh-Hant': {
        subject: '您的諮詢已獲得答覆',
        body: '顧問已答覆您的諮詢。您可以在客戶帳戶中查看答覆。',
      },
    },
  },
  'rescue-dispatched': {
    placeholders: ['eta'],
    texts: {
      en: {
        subject: 'Help is on the way (arrival around {{eta}})',
        body: 'A service vehicle has been dispatched to you and should arrive around {{eta}}.',
      },
      de: {
        subject: 'Hilfe ist unterwegs (Ankunft gegen {{eta}})',
        body: 'Ein Servicefahrzeug ist zu Ihnen unterwegs und sollte gegen {{eta}} eintreffen.',
      },
      'zh-Hans': {
        subject: '救援正在路上（预计 {{eta}} 到达）',
        body: '救援车辆已出发，预计于 {{eta}} 左右到达。',
      },
      'zh-Hant': {
        subject: '救援正在路上（預計 {{eta}} 到達）',
        body: '救援車輛已出發，預計於 {{eta}} 左右到達。',
      },
    },
  },
  // The code stays out of the subject, which lock screens and mail lists show to anyone nearby.
  'sign-in-code': {
    placeholders: ['code', 'validMinutes', 'link'],
    required: ['code'],
    bodyOnly: ['code', 'link'],
    requested: true,
    texts: {
      en: {
        subject: 'Your sign-in code',
        body: 'Your sign-in code is {{code}}. It is valid for {{validMinutes}} minutes.\n\nOr sign in with this link:\n{{link}}\n\nIf you did not ask for it, please ignore this message.',
      },
      de: {
        subject: 'Ihr Anmeldecode',
        body: 'Ihr Anmeldecode lautet {{code}}. Er ist {{validMinutes}} Minuten gültig.\n\nOder melden Sie sich mit diesem Link an:\n{{link}}\n\nWenn Sie ihn nicht angefordert haben, ignorieren Sie bitte diese Nachricht.',
      },
      'zh-Hans': {
        subject: '您的登录验证码',
        body: '您的登录验证码是 {{code}}，{{validMinutes}} 分钟内有效。\n\n也可以点击此链接直接登录：\n{{link}}\n\n如果您没有请求此验证码，请忽略此消息。',
      },
      'zh-Hant': {
        subject: '您的登入驗證碼',
        body: '您的登入驗證碼是 {{code}}，{{validMinutes}} 分鐘內有效。\n\n也可以點擊此連結直接登入：\n{{link}}\n\n如果您沒有請求此驗證碼，請忽略此訊息。',
      },
    },
  },
  // A service message after a visit: the link opens the survey in self-service.
  'survey-invitation': {
    placeholders: ['surveyLink', 'expiresOn'],
    required: ['surveyLink'],
    texts: {
      en: {
        subject: 'How was your visit?',
        body: 'Thank you for your visit to our workshop. We would be glad to hear how it went: {{surveyLink}} (you can answer until {{expiresOn}}).',
      },
      de: {
        subject: 'Wie war Ihr Besuch?',
        body: 'Vielen Dank für Ihren Besuch in unserer Werkstatt. Wir würden gern erfahren, wie zufrieden Sie waren: {{surveyLink}} (Sie können bis zum {{expiresOn}} antworten).',
      },
      'zh-Hans': {
        subject: '您对本次服务满意吗？',
        body: '感谢您光临我们的维修中心。欢迎告诉我们您对本次服务的评价：{{surveyLink}}（{{expiresOn}} 前有效）。',
      },
      'zh-Hant': {
        subject: '您對本次服務滿意嗎？',
        body: '感謝您光臨我們的維修中心。歡迎告訴我們您對本次服務的評價：{{surveyLink}}（{{expiresOn}} 前有效）。',
      },
    },
  },
  // A service message about the customer's own vehicle (README, "Preferences"): no offers in it.
  // The mileage and the plan's services are there only when the event names them.
  'maintenance-due': {
    placeholders: ['dueOn', 'dueMileageKm', 'services', 'bookingLink'],
    optional: ['dueMileageKm', 'services'],
    required: ['bookingLink'],
    texts: {
      en: {
        subject: 'Your vehicle is due for service on {{dueOn}}',
        body: "Your vehicle's next service is due on {{dueOn}}{{#dueMileageKm}} or at {{dueMileageKm}} km, whichever comes first{{/dueMileageKm}}.{{#services}} The maintenance plan lists: {{services}}.{{/services}} Book your appointment here: {{bookingLink}}",
      },
      de: {
        subject: 'Ihr Fahrzeug ist am {{dueOn}} zur Wartung fällig',
        body: 'Die nächste Wartung Ihres Fahrzeugs ist fällig am {{dueOn}}{{#dueMileageKm}} oder bei {{dueMileageKm}} km, je nachdem, was zuerst eintritt{{/dueMileageKm}}.{{#services}} Der Wartungsplan sieht vor: {{services}}.{{/services}} Hier können Sie einen Termin buchen: {{bookingLink}}',
      },
      'zh-Hans': {
        subject: '您的车辆将于 {{dueOn}} 到期保养',
        body: '您的车辆下次保养时间为 {{dueOn}}{{#dueMileageKm}}或行驶至 {{dueMileageKm}} 公里（以先到者为准）{{/dueMileageKm}}。{{#services}}保养计划包括：{{services}}。{{/services}}在线预约：{{bookingLink}}',
      },
      'zh-Hant': {
        subject: '您的車輛將於 {{dueOn}} 到期保養',
        body: '您的車輛下次保養時間為 {{dueOn}}{{#dueMileageKm}}或行駛至 {{dueMileageKm}} 公里（以先到者為準）{{/dueMileageKm}}。{{#services}}保養計畫包括：{{services}}。{{/services}}線上預約：{{bookingLink}}',
      },
    },
  },
};

/** Whether a message of this template is one the customer asked for (TemplateDefinition.requested). */
export const isRequestedTemplate = (key: string): boolean =>
  (templates as Partial<Record<string, TemplateDefinition>>)[key]?.requested === true;
