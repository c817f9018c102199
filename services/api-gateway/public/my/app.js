// The customer's self-service pages: sign in with a one-time code, then repairs (status, timeline,
// quotes to approve or decline), vehicles, complaints and consents. Plain DOM (textContent only,
// never HTML from data), same-origin fetches to /v1/me with the session's CSRF token on writes.
'use strict';

const TEXT = {
  en: {
    title: 'My car service',
    labour: 'Labour',
    part: 'Part',
    signInIntro: 'Sign in with the e-mail address or mobile number your service centre has for you.',
    contact: 'E-mail or mobile number',
    sendCode: 'Send me a code',
    codeSent: 'If we know this contact, a code is on its way. It is valid for 10 minutes.',
    code: 'Code',
    signIn: 'Sign in',
    linkExpired: 'This sign-in link has expired or was already used. Ask for a new code below.',
    signingIn: 'Signing you in…',
    otherContact: 'Use another contact',
    wrongCode: 'That code is not right. Tries left: {n}.',
    tooMany: 'Too many tries. Please wait a little and ask for a new code.',
    expired: 'This code has expired or was used. Ask for a new one.',
    repairs: 'My repairs',
    rateVisit: 'How was your visit?',
    rateUntil: 'You can answer until {d}.',
    scoreProduct: 'Your car after the visit',
    scoreService: 'Our service',
    scorePurchase: 'Value for money',
    nps: 'How likely are you to recommend us (0-10)?',
    comment: 'Anything else? (optional)',
    thanks: 'Thank you for your answer.',
    nextService: 'Next service: {d}',
    nextServiceKm: 'or at {km} km',
    bookThis: 'Book this service',
    myData: 'My data',
    download: 'Download my data (JSON)',
    erase: 'Ask us to delete my data',
    eraseReason: 'Why? (optional)',
    eraseAsked: 'Your request was received; we will confirm when it is done.',
    eraseStatus: {
      pending: 'Your request to delete your data is being processed.',
      completed: 'Your data was deleted.',
      rejected: 'Your request could not be carried out: {r}',
    },
    book: 'Book a visit',
    myBookings: 'My appointments',
    vehicle: 'Vehicle',
    centre: 'Service centre',
    serviceType: 'What should we do?',
    serviceTypes: { maintenance: 'Maintenance', repair: 'Repair', inspection: 'Inspection', tyres: 'Tyres' },
    date: 'Day',
    showTimes: 'Show free times',
    noTimes: 'No free time that day; please try another day.',
    booked: 'Booked: we look forward to seeing you.',
    cancel: 'Cancel appointment',
    move: 'Change the time',
    moved: 'Your appointment was moved.',
    moving: 'Choose a new time for your appointment on {d}.',
    cancelled: 'Your appointment is cancelled.',
    vehicles: 'My vehicles',
    complaints: 'Complaints',
    settings: 'Settings',
    signOut: 'Sign out',
    none: 'Nothing here yet.',
    back: 'Back',
    timeline: 'Progress',
    quote: 'Quote {v}',
    total: 'Total (incl. tax)',
    approve: 'Approve this quote',
    decline: 'Decline',
    declineReason: 'Why do you decline?',
    reasons: {
      price: 'Too expensive',
      time: 'Takes too long',
      'second-opinion': 'I want a second opinion',
      'not-needed': 'Not needed',
      other: 'Other',
    },
    approved: 'Thank you: the workshop goes ahead.',
    declined: 'Noted: the workshop will contact you.',
    quoteChanged: 'The quote has changed meanwhile; please look at it again.',
    newComplaint: 'Tell us what went wrong',
    description: 'What happened?',
    send: 'Send',
    complaintFiled: 'Thank you. We will get back to you.',
    marketing: 'Offers and news by message',
    saved: 'Saved.',
    sessionEnded: 'Your session has ended; please sign in again.',
    failed: 'Something went wrong. Please try again.',
    validUntil: 'valid until {d}',
    status: {
      RECEIVED: 'Car received',
      DIAGNOSED: 'Inspected',
      QUOTED: 'Quote waiting for you',
      APPROVED: 'Approved',
      DECLINED: 'Declined',
      IN_PROGRESS: 'In the workshop',
      WAITING_PARTS: 'Waiting for parts',
      QC: 'Quality check',
      READY: 'Ready for pick-up',
      DELIVERED: 'Handed over',
      CLOSED: 'Closed',
      CANCELLED: 'Cancelled',
      ISSUED: 'Waiting for your decision',
      SUPERSEDED: 'Replaced by a newer quote',
      open: 'Open',
      resolved: 'Resolved',
      closed: 'Closed',
    },
  },
  de: {
    title: 'Mein Werkstattservice',
    labour: 'Arbeitszeit',
    part: 'Teil',
    signInIntro:
      'Melden Sie sich mit der E-Mail-Adresse oder Handynummer an, die Ihre Werkstatt von Ihnen hat.',
    contact: 'E-Mail oder Handynummer',
    sendCode: 'Code senden',
    codeSent: 'Wenn wir diese Adresse kennen, ist ein Code unterwegs. Er gilt 10 Minuten.',
    code: 'Code',
    signIn: 'Anmelden',
    linkExpired:
      'Dieser Anmeldelink ist abgelaufen oder wurde schon benutzt. Fordern Sie unten einen neuen Code an.',
    signingIn: 'Sie werden angemeldet…',
    otherContact: 'Andere Adresse verwenden',
    wrongCode: 'Der Code stimmt nicht. Verbleibende Versuche: {n}.',
    tooMany: 'Zu viele Versuche. Bitte warten Sie kurz und fordern Sie einen neuen Code an.',
    expired: 'Dieser Code ist abgelaufen oder wurde schon benutzt. Fordern Sie einen neuen an.',
    repairs: 'Meine Aufträge',
    rateVisit: 'Wie war Ihr Besuch?',
    rateUntil: 'Sie können bis {d} antworten.',
    scoreProduct: 'Ihr Fahrzeug nach dem Besuch',
    scoreService: 'Unser Service',
    scorePurchase: 'Preis-Leistung',
    nps: 'Wie wahrscheinlich empfehlen Sie uns weiter (0-10)?',
    comment: 'Noch etwas? (freiwillig)',
    thanks: 'Danke für Ihre Antwort.',
    nextService: 'Nächste Wartung: {d}',
    nextServiceKm: 'oder bei {km} km',
    bookThis: 'Diese Wartung buchen',
    myData: 'Meine Daten',
    download: 'Meine Daten herunterladen (JSON)',
    erase: 'Meine Daten löschen lassen',
    eraseReason: 'Warum? (freiwillig)',
    eraseAsked: 'Ihr Antrag ist eingegangen; wir bestätigen, wenn er erledigt ist.',
    eraseStatus: {
      pending: 'Ihr Löschantrag wird bearbeitet.',
      completed: 'Ihre Daten wurden gelöscht.',
      rejected: 'Ihr Antrag konnte nicht ausgeführt werden: {r}',
    },
    book: 'Termin buchen',
    myBookings: 'Meine Termine',
    vehicle: 'Fahrzeug',
    centre: 'Werkstatt',
    serviceType: 'Was sollen wir tun?',
    serviceTypes: { maintenance: 'Wartung', repair: 'Reparatur', inspection: 'Inspektion', tyres: 'Reifen' },
    date: 'Tag',
    showTimes: 'Freie Zeiten zeigen',
    noTimes: 'An diesem Tag ist nichts frei; bitte wählen Sie einen anderen Tag.',
    booked: 'Gebucht: Wir freuen uns auf Sie.',
    cancel: 'Termin absagen',
    move: 'Termin verschieben',
    moved: 'Ihr Termin wurde verschoben.',
    moving: 'Wählen Sie eine neue Zeit für Ihren Termin am {d}.',
    cancelled: 'Ihr Termin ist abgesagt.',
    vehicles: 'Meine Fahrzeuge',
    complaints: 'Reklamationen',
    settings: 'Einstellungen',
    signOut: 'Abmelden',
    none: 'Noch nichts vorhanden.',
    back: 'Zurück',
    timeline: 'Verlauf',
    quote: 'Kostenvoranschlag {v}',
    total: 'Gesamt (inkl. MwSt.)',
    approve: 'Kostenvoranschlag freigeben',
    decline: 'Ablehnen',
    declineReason: 'Warum lehnen Sie ab?',
    reasons: {
      price: 'Zu teuer',
      time: 'Dauert zu lange',
      'second-opinion': 'Ich möchte eine zweite Meinung',
      'not-needed': 'Nicht nötig',
      other: 'Anderes',
    },
    approved: 'Danke: Die Werkstatt macht weiter.',
    declined: 'Notiert: Die Werkstatt meldet sich bei Ihnen.',
    quoteChanged: 'Der Kostenvoranschlag hat sich inzwischen geändert; bitte sehen Sie ihn noch einmal an.',
    newComplaint: 'Sagen Sie uns, was schiefging',
    description: 'Was ist passiert?',
    send: 'Senden',
    complaintFiled: 'Danke. Wir melden uns bei Ihnen.',
    marketing: 'Angebote und Neuigkeiten per Nachricht',
    saved: 'Gespeichert.',
    sessionEnded: 'Ihre Sitzung ist beendet; bitte melden Sie sich erneut an.',
    failed: 'Etwas ist schiefgegangen. Bitte versuchen Sie es noch einmal.',
    validUntil: 'gültig bis {d}',
    status: {
      RECEIVED: 'Fahrzeug angenommen',
      DIAGNOSED: 'Geprüft',
      QUOTED: 'Kostenvoranschlag wartet auf Sie',
      APPROVED: 'Freigegeben',
      DECLINED: 'Abgelehnt',
      IN_PROGRESS: 'In der Werkstatt',
      WAITING_PARTS: 'Wartet auf Teile',
      QC: 'Qualitätskontrolle',
      READY: 'Abholbereit',
      DELIVERED: 'Übergeben',
      CLOSED: 'Abgeschlossen',
      CANCELLED: 'Storniert',
      ISSUED: 'Wartet auf Ihre Entscheidung',
      SUPERSEDED: 'Durch neueren ersetzt',
      open: 'Offen',
      resolved: 'Gelöst',
      closed: 'Abgeschlossen',
    },
  },
  'zh-Hans': {
    title: '我的汽车服务',
    labour: '工时',
    part: '配件',
    signInIntro: '请使用服务中心登记的电子邮箱或手机号码登录。',
    contact: '电子邮箱或手机号码',
    sendCode: '发送验证码',
    codeSent: '如果我们有此联系方式的记录，验证码已发出，10 分钟内有效。',
    code: '验证码',
    signIn: '登录',
    linkExpired: '此登录链接已过期或已被使用，请在下方重新获取验证码。',
    signingIn: '正在登录…',
    otherContact: '使用其他联系方式',
    wrongCode: '验证码不正确。剩余次数：{n}。',
    tooMany: '尝试次数过多。请稍候再申请新的验证码。',
    expired: '验证码已过期或已使用，请重新申请。',
    repairs: '我的维修',
    rateVisit: '您对本次服务满意吗？',
    rateUntil: '请在 {d} 前作答。',
    scoreProduct: '服务后的车辆状况',
    scoreService: '我们的服务',
    scorePurchase: '性价比',
    nps: '您向他人推荐我们的可能性（0-10）？',
    comment: '其他意见（可选）',
    thanks: '感谢您的反馈。',
    nextService: '下次保养：{d}',
    nextServiceKm: '或行驶至 {km} 公里',
    bookThis: '预约此次保养',
    myData: '我的数据',
    download: '下载我的数据（JSON）',
    erase: '申请删除我的数据',
    eraseReason: '原因（可选）',
    eraseAsked: '已收到您的申请，处理完成后我们会通知您。',
    eraseStatus: {
      pending: '您的删除申请正在处理中。',
      completed: '您的数据已删除。',
      rejected: '您的申请未能执行：{r}',
    },
    book: '预约保养维修',
    myBookings: '我的预约',
    vehicle: '车辆',
    centre: '服务中心',
    serviceType: '服务项目',
    serviceTypes: { maintenance: '保养', repair: '维修', inspection: '检测', tyres: '轮胎' },
    date: '日期',
    showTimes: '查看可预约时间',
    noTimes: '当天已约满，请选择其他日期。',
    booked: '预约成功，期待您的到来。',
    cancel: '取消预约',
    move: '改约时间',
    moved: '您的预约已改期。',
    moving: '请为您 {d} 的预约选择新时间。',
    cancelled: '您的预约已取消。',
    vehicles: '我的车辆',
    complaints: '投诉',
    settings: '设置',
    signOut: '退出登录',
    none: '暂无内容。',
    back: '返回',
    timeline: '进度',
    quote: '报价 {v}',
    total: '合计（含税）',
    approve: '同意此报价',
    decline: '拒绝',
    declineReason: '拒绝原因',
    reasons: {
      price: '价格太高',
      time: '时间太长',
      'second-opinion': '想听取其他意见',
      'not-needed': '不需要',
      other: '其他',
    },
    approved: '谢谢，维修车间将继续作业。',
    declined: '已记录，维修车间会与您联系。',
    quoteChanged: '报价已更新，请重新查看。',
    newComplaint: '告诉我们出了什么问题',
    description: '发生了什么？',
    send: '提交',
    complaintFiled: '谢谢，我们会尽快回复您。',
    marketing: '通过消息接收优惠和资讯',
    saved: '已保存。',
    sessionEnded: '会话已结束，请重新登录。',
    failed: '出现错误，请重试。',
    validUntil: '有效期至 {d}',
    status: {
      RECEIVED: '车辆已接收',
      DIAGNOSED: '已检测',
      QUOTED: '报价待您确认',
      APPROVED: '已同意',
      DECLINED: '已拒绝',
      IN_PROGRESS: '维修中',
      WAITING_PARTS: '等待配件',
      QC: '质检中',
      READY: '可取车',
      DELIVERED: '已交车',
      CLOSED: '已结束',
      CANCELLED: '已取消',
      ISSUED: '等待您的决定',
      SUPERSEDED: '已被新报价取代',
      open: '处理中',
      resolved: '已解决',
      closed: '已结束',
    },
  },
};

const state = { lang: pickLanguage(), session: null, tab: 'repairs' };

function pickLanguage() {
  const saved = localStorage.getItem('my.lang');
  if (saved && TEXT[saved]) return saved;
  const nav = (navigator.language || 'en').toLowerCase();
  if (nav.startsWith('de')) return 'de';
  if (nav.startsWith('zh')) return 'zh-Hans';
  return 'en';
}

function t(key, vars = {}) {
  const value = TEXT[state.lang][key] ?? TEXT.en[key] ?? key;
  return typeof value === 'string' ? value.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? '')) : value;
}

/** An element with attributes and children (strings become text nodes). */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'onclick' || k === 'onsubmit' || k === 'onchange') node.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat())
    if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
  return node;
}

function notice(message, isError = false) {
  const n = document.getElementById('notice');
  n.textContent = message;
  n.className = isError ? 'error' : '';
  n.hidden = false;
  clearTimeout(notice.timer);
  notice.timer = setTimeout(() => (n.hidden = true), 5000);
}

class ApiError extends Error {
  constructor(status, body) {
    super(body?.detail || `HTTP ${status}`);
    this.status = status;
    this.body = body || {};
  }
}

async function api(method, path, body, extraHeaders = {}) {
  const headers = { accept: 'application/json', ...extraHeaders };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && state.session?.csrfToken) headers['x-csrf-token'] = state.session.csrfToken;
  const res = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  const data = res.status === 204 ? null : await res.json().catch(() => null);
  if (res.status === 401 && !path.startsWith('/v1/me/sign-in') && path !== '/v1/me/session') {
    state.session = null;
    notice(t('sessionEnded'), true);
    render();
  }
  if (!res.ok) throw new ApiError(res.status, data);
  return data;
}

/** A status badge: the customer's words for it, the code kept in data-status. */
function badge(code, attrs = {}) {
  const words = t('status')[code] ?? code;
  return el('span', { class: 'status', 'data-status': code, ...attrs }, words);
}

const money = (minor, currency) =>
  new Intl.NumberFormat(state.lang, { style: 'currency', currency: currency || 'EUR' }).format(
    Number(minor) / 100,
  );
const when = (iso) =>
  iso
    ? new Intl.DateTimeFormat(state.lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
    : '';

// ---------------------------------------------------------------------------------------------
// Sign-in

function signInView(main, message) {
  const contact = el('input', {
    id: 'contact',
    name: 'contact',
    autocomplete: 'email',
    required: true,
    inputmode: 'email',
  });
  const form = el(
    'form',
    {
      onsubmit: async (e) => {
        e.preventDefault();
        try {
          const challenge = await api('POST', '/v1/me/sign-in', {
            contact: contact.value,
            locale: state.lang,
          });
          codeView(main, challenge.challengeId);
          notice(t('codeSent'));
        } catch (err) {
          notice(err.status === 429 ? t('tooMany') : err.body?.detail || t('failed'), true);
        }
      },
    },
    message ? el('p', { class: 'error-text', id: 'link-expired', role: 'alert' }, message) : null,
    el('p', {}, t('signInIntro')),
    el('label', { for: 'contact' }, t('contact')),
    contact,
    el('button', { type: 'submit', id: 'send-code' }, t('sendCode')),
  );
  main.replaceChildren(el('section', {}, form));
  contact.focus();
}

function codeView(main, challengeId) {
  const code = el('input', {
    id: 'code',
    name: 'code',
    autocomplete: 'one-time-code',
    inputmode: 'numeric',
    pattern: '[0-9]*',
    maxlength: '6',
    required: true,
  });
  const form = el(
    'form',
    {
      onsubmit: async (e) => {
        e.preventDefault();
        try {
          state.session = await api('POST', `/v1/me/sign-in/${challengeId}`, { code: code.value });
          render();
        } catch (err) {
          const reason = err.body?.reason;
          if (reason === 'invalid_code') notice(t('wrongCode', { n: err.body.attemptsLeft }), true);
          else if (reason === 'too_many_attempts' || err.status === 429) notice(t('tooMany'), true);
          else if (reason === 'expired' || reason === 'used') notice(t('expired'), true);
          else notice(t('failed'), true);
          code.select();
        }
      },
    },
    el('p', {}, t('codeSent')),
    el('label', { for: 'code' }, t('code')),
    code,
    el('button', { type: 'submit', id: 'sign-in' }, t('signIn')),
    el('button', { type: 'button', class: 'secondary', onclick: () => signInView(main) }, t('otherContact')),
  );
  main.replaceChildren(el('section', {}, form));
  code.focus();
}

// ---------------------------------------------------------------------------------------------
// Signed in

const TABS = ['repairs', 'book', 'vehicles', 'complaints', 'settings'];

async function homeView(main) {
  const nav = el(
    'nav',
    {},
    TABS.map((tab) =>
      el(
        'button',
        {
          type: 'button',
          class: 'secondary',
          'aria-current': state.tab === tab ? 'page' : false,
          onclick: () => {
            state.tab = tab;
            render();
          },
        },
        t(tab),
      ),
    ),
    el('button', { type: 'button', class: 'secondary', id: 'sign-out', onclick: signOut }, t('signOut')),
  );
  const body = el('div', { id: 'tab' });
  main.replaceChildren(nav, body);
  try {
    await {
      repairs: repairsTab,
      book: bookTab,
      vehicles: vehiclesTab,
      complaints: complaintsTab,
      settings: settingsTab,
    }[state.tab](body);
  } catch (err) {
    if (err.status !== 401) notice(err.body?.detail || t('failed'), true);
  }
}

async function signOut() {
  await api('POST', '/v1/me/sign-out').catch(() => undefined);
  state.session = null;
  render();
}

/** A 1-5 or 0-10 choice as a row of radio buttons (big enough for a thumb). */
function scale(name, from, to) {
  return el(
    'div',
    { class: 'scale', role: 'radiogroup' },
    Array.from({ length: to - from + 1 }, (_, i) => {
      const value = String(from + i);
      return el(
        'label',
        { class: 'scale-option' },
        el('input', { type: 'radio', name, value, required: true }),
        value,
      );
    }),
  );
}

function surveyCard(body, invitation, vehicleName) {
  const comment = el('textarea', { id: `comment-${invitation.invitationId}`, rows: '3', maxlength: '2000' });
  const form = el(
    'form',
    {
      class: 'survey',
      'data-invitation': invitation.invitationId,
      onsubmit: async (e) => {
        e.preventDefault();
        const data = new FormData(e.target);
        try {
          await api('POST', `/v1/me/surveys/${encodeURIComponent(invitation.invitationId)}`, {
            scores: {
              product: Number(data.get('product')),
              service: Number(data.get('service')),
              purchase: Number(data.get('purchase')),
            },
            nps: Number(data.get('nps')),
            ...(comment.value.trim() ? { comment: comment.value.trim() } : {}),
          });
          notice(t('thanks'));
          state.surveyId = undefined;
          await repairsTab(body);
        } catch (err) {
          notice(err.body?.detail || t('failed'), true);
        }
      },
    },
    el('h2', {}, t('rateVisit'), ' ', vehicleName ?? ''),
    el('p', { class: 'muted' }, t('rateUntil', { d: when(invitation.expiresAt) })),
    el('p', {}, t('scoreProduct')),
    scale('product', 1, 5),
    el('p', {}, t('scoreService')),
    scale('service', 1, 5),
    el('p', {}, t('scorePurchase')),
    scale('purchase', 1, 5),
    el('p', {}, t('nps')),
    scale('nps', 0, 10),
    el('label', { for: `comment-${invitation.invitationId}` }, t('comment')),
    comment,
    el('button', { type: 'submit' }, t('send')),
  );
  return el('section', {}, form);
}

async function repairsTab(body) {
  const [page, vehicles, surveys] = await Promise.all([
    api('GET', '/v1/me/repair-orders'),
    api('GET', '/v1/me/vehicles'),
    api('GET', '/v1/me/surveys'),
  ]);
  const vehicleName = new Map(vehicles.items.map((v) => [v.id, `${v.make} ${v.model}`]));
  // A link from the invitation (?survey=<id>) puts that survey first.
  const first = (i) => (i.invitationId === state.surveyId ? 0 : 1);
  const surveyCards = [...surveys.items]
    .sort((a, b) => first(a) - first(b))
    .map((i) => surveyCard(body, i, vehicleName.get(i.vehicle?.id)));
  if (!page.items.length)
    return body.replaceChildren(...surveyCards, el('section', {}, el('p', {}, t('none'))));
  body.replaceChildren(
    ...surveyCards,
    ...page.items.map((o) =>
      el(
        'section',
        { class: 'order', 'data-order': o.id },
        el('h2', {}, vehicleName.get(o.vehicle?.id) ?? o.orderNumber, ' · ', o.orderNumber),
        el(
          'p',
          {},
          badge(o.status),
          ' ',
          el('span', { class: 'muted' }, o.centre?.name ?? '', ' · ', when(o.openedAt)),
        ),
        o.currentQuote
          ? el(
              'p',
              {},
              t('quote', { v: o.currentQuote.version }),
              ': ',
              money(o.currentQuote.grossMinor, o.currentQuote.currency),
              ' · ',
              badge(o.currentQuote.status),
            )
          : null,
        el(
          'button',
          { type: 'button', class: 'open-order', onclick: () => orderView(body, o.id) },
          o.awaitingDecision ? t('approve') + ' →' : '→',
        ),
      ),
    ),
  );
}

async function orderView(body, id) {
  const o = await api('GET', `/v1/me/repair-orders/${encodeURIComponent(id)}`);
  const back = el(
    'button',
    { type: 'button', class: 'secondary', onclick: () => repairsTab(body) },
    t('back'),
  );
  const timeline = el(
    'ol',
    { class: 'timeline' },
    (o.timeline ?? []).map((s) =>
      el('li', {}, el('strong', {}, s.to), ' ', el('span', { class: 'muted' }, when(s.at))),
    ),
  );
  const quotes = (o.quotes ?? []).map((q) => quoteCard(body, o, q));
  body.replaceChildren(
    back,
    el(
      'section',
      {},
      el('h2', {}, o.orderNumber),
      el(
        'p',
        {},
        badge(o.status, { id: 'order-status' }),
        ' ',
        el('span', { class: 'muted' }, o.centre?.name ?? ''),
      ),
      el('h2', {}, t('timeline')),
      timeline,
    ),
    ...quotes,
  );
}

function quoteCard(body, order, q) {
  const lines = el(
    'table',
    {},
    (q.lines ?? []).map((l) =>
      el(
        'tr',
        {},
        el('td', {}, l.description ?? t(l.kind === 'labour' ? 'labour' : 'part')),
        el('td', { class: 'num' }, l.kind === 'labour' ? `${l.quantity} h` : `× ${l.quantity}`),
        el('td', { class: 'num' }, money(l.lineGrossMinor, q.currency)),
      ),
    ),
    el(
      'tr',
      {},
      el('th', {}, t('total')),
      el('td', {}),
      el('th', { class: 'num' }, money(q.totals.grossMinor, q.currency)),
    ),
  );
  const card = el(
    'section',
    { class: 'quote', 'data-version': q.version },
    el('h2', {}, t('quote', { v: q.version }), ' ', badge(q.status)),
    q.validUntil ? el('p', { class: 'muted' }, t('validUntil', { d: when(q.validUntil) })) : null,
    lines,
  );
  if (q.decidable) {
    const reason = el(
      'select',
      { class: 'field', id: `reason-${q.version}` },
      Object.entries(t('reasons')).map(([value, label]) => el('option', { value }, label)),
    );
    const decide = async (kind) => {
      try {
        const path = `/v1/me/repair-orders/${encodeURIComponent(order.id)}/quotes/${q.version}/${kind}`;
        await api(
          'POST',
          path,
          kind === 'approval' ? { quoteHash: q.quoteHash } : { quoteHash: q.quoteHash, reason: reason.value },
        );
        notice(kind === 'approval' ? t('approved') : t('declined'));
      } catch (err) {
        notice(err.status === 409 ? t('quoteChanged') : err.body?.detail || t('failed'), true);
      }
      await orderView(body, order.id);
    };
    card.append(
      el('button', { type: 'button', class: 'approve', onclick: () => decide('approval') }, t('approve')),
      el('label', { for: `reason-${q.version}` }, t('declineReason')),
      reason,
      el(
        'button',
        { type: 'button', class: 'danger decline', onclick: () => decide('decline') },
        t('decline'),
      ),
    );
  }
  return card;
}

async function bookTab(body) {
  const [bookings, vehicles, centres] = await Promise.all([
    api('GET', '/v1/me/bookings'),
    api('GET', '/v1/me/vehicles'),
    api('GET', '/v1/me/service-centres'),
  ]);
  const vehicleName = new Map(vehicles.items.map((v) => [v.id, `${v.make} ${v.model}`]));
  const option = (value, label, selected) => el('option', { value, selected }, label);
  const vehicle = el(
    'select',
    { class: 'field', id: 'book-vehicle' },
    vehicles.items.map((v) => option(v.id, vehicleName.get(v.id), v.id === state.bookVehicle)),
  );
  const centre = el(
    'select',
    { class: 'field', id: 'book-centre' },
    centres.items.map((c) => option(c.id, c.name)),
  );
  const serviceType = el(
    'select',
    { class: 'field', id: 'book-service' },
    Object.entries(t('serviceTypes')).map(([value, label]) => option(value, label)),
  );
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const date = el('input', {
    type: 'date',
    id: 'book-date',
    value: tomorrow,
    min: new Date().toISOString().slice(0, 10),
  });
  const times = el('div', { id: 'book-times' });
  const showTimes = async () => {
    const q = new URLSearchParams({ centreId: centre.value, date: date.value, durationMinutes: '60' });
    const free = await api('GET', `/v1/me/booking-slots?${q}`);
    const when = new Intl.DateTimeFormat(state.lang, { timeStyle: 'short', timeZone: free.timeZone });
    times.replaceChildren(
      ...(free.slots.length
        ? free.slots.slice(0, 24).map((slot) =>
            el(
              'button',
              {
                type: 'button',
                class: 'secondary slot',
                'data-start': slot.start,
                onclick: () => book(slot.start),
              },
              when.format(new Date(slot.start)),
            ),
          )
        : [el('p', {}, t('noTimes'))]),
    );
  };
  const book = async (slotStart) => {
    try {
      const key = { 'idempotency-key': crypto.randomUUID() };
      if (state.moving) {
        // Another time for an existing appointment: the old one is cancelled in the same step.
        await api(
          'POST',
          `/v1/me/bookings/${encodeURIComponent(state.moving.id)}/reschedule`,
          { slotStart, centreId: centre.value },
          key,
        );
      } else {
        await api(
          'POST',
          '/v1/me/bookings',
          {
            centreId: centre.value,
            vehicleId: vehicle.value,
            serviceType: serviceType.value,
            slotStart,
            durationMinutes: 60,
          },
          key,
        );
      }
      notice(state.moving ? t('moved') : t('booked'));
      state.moving = undefined;
      state.bookVehicle = undefined;
      await bookTab(body);
    } catch (err) {
      notice(err.body?.detail || t('failed'), true);
      await showTimes();
    }
  };
  const cancel = async (b) => {
    try {
      await api('POST', `/v1/me/bookings/${encodeURIComponent(b.id)}/cancellation`, {
        reason: 'customer-request',
      });
      notice(t('cancelled'));
      await bookTab(body);
    } catch (err) {
      notice(err.body?.detail || t('failed'), true);
    }
  };
  const list = bookings.items.map((b) =>
    el(
      'section',
      { class: 'booking', 'data-booking': b.id },
      el('h2', {}, vehicleName.get(b.vehicle?.id) ?? '', ' · ', when(b.slotStart)),
      el(
        'p',
        {},
        badge(b.status),
        ' ',
        el(
          'span',
          { class: 'muted' },
          b.centre?.name ?? '',
          ' · ',
          t('serviceTypes')[b.serviceType] ?? b.serviceType,
        ),
      ),
      b.cancellable
        ? el(
            'button',
            { type: 'button', class: 'secondary cancel-booking', onclick: () => cancel(b) },
            t('cancel'),
          )
        : null,
      b.cancellable
        ? el(
            'button',
            {
              type: 'button',
              class: 'secondary move-booking',
              onclick: () => {
                state.moving = b;
                state.bookVehicle = b.vehicle?.id;
                bookTab(body);
              },
            },
            t('move'),
          )
        : null,
    ),
  );
  body.replaceChildren(
    el(
      'section',
      {},
      el('h2', {}, t('book')),
      state.moving
        ? el('p', { id: 'moving', class: 'muted' }, t('moving', { d: when(state.moving.slotStart) }))
        : null,
      el('label', { for: 'book-vehicle' }, t('vehicle')),
      vehicle,
      el('label', { for: 'book-centre' }, t('centre')),
      centre,
      el('label', { for: 'book-service' }, t('serviceType')),
      serviceType,
      el('label', { for: 'book-date' }, t('date')),
      date,
      el(
        'button',
        {
          type: 'button',
          id: 'show-times',
          onclick: () => showTimes().catch((err) => notice(err.body?.detail || t('failed'), true)),
        },
        t('showTimes'),
      ),
      times,
    ),
    ...(list.length ? [el('h2', {}, t('myBookings')), ...list] : []),
  );
}

async function vehiclesTab(body) {
  const [page, maintenance] = await Promise.all([
    api('GET', '/v1/me/vehicles'),
    api('GET', '/v1/me/maintenance'),
  ]);
  const due = new Map(maintenance.items.map((m) => [m.vehicleId, m]));
  const day = (iso) =>
    new Intl.DateTimeFormat(state.lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  if (!page.items.length) return body.replaceChildren(el('section', {}, el('p', {}, t('none'))));
  body.replaceChildren(
    ...page.items.map((v) => {
      const next = due.get(v.id);
      return el(
        'section',
        { class: 'vehicle', 'data-vehicle': v.id },
        el('h2', {}, `${v.make} ${v.model} (${v.modelYear})`),
        el('p', { class: 'muted' }, v.vin, ' · ', `${v.mileageKm.toLocaleString(state.lang)} km`),
        next?.dueOn
          ? el(
              'p',
              { class: 'next-service' },
              el('strong', {}, t('nextService', { d: day(next.dueOn) })),
              next.dueMileageKm
                ? ` ${t('nextServiceKm', { km: next.dueMileageKm.toLocaleString(state.lang) })}`
                : '',
              next.services?.length ? el('span', { class: 'muted' }, ` · ${next.services.join(', ')}`) : null,
            )
          : null,
        next?.dueOn
          ? el(
              'button',
              {
                type: 'button',
                class: 'secondary',
                onclick: () => {
                  state.tab = 'book';
                  state.bookVehicle = v.id;
                  render();
                },
              },
              t('bookThis'),
            )
          : null,
      );
    }),
  );
}

async function complaintsTab(body) {
  const page = await api('GET', '/v1/me/complaints');
  const description = el('textarea', { id: 'complaint-text', rows: '4', required: true, maxlength: '4000' });
  const form = el(
    'form',
    {
      onsubmit: async (e) => {
        e.preventDefault();
        try {
          // One key per submission: a retried request files the complaint once.
          await api(
            'POST',
            '/v1/me/complaints',
            { description: description.value },
            { 'idempotency-key': crypto.randomUUID() },
          );
          notice(t('complaintFiled'));
          await complaintsTab(body);
        } catch (err) {
          notice(err.body?.detail || t('failed'), true);
        }
      },
    },
    el('h2', {}, t('newComplaint')),
    el('label', { for: 'complaint-text' }, t('description')),
    description,
    el('button', { type: 'submit' }, t('send')),
  );
  const list = page.items.map((c) =>
    el(
      'section',
      { class: 'complaint' },
      el('h2', {}, c.referenceNumber ?? c.id),
      el('p', {}, badge(c.status), ' ', el('span', { class: 'muted' }, when(c.filedAt))),
      el('p', {}, c.description),
      c.resolution?.summary ? el('p', {}, el('strong', {}, '✓ '), c.resolution.summary) : null,
    ),
  );
  body.replaceChildren(el('section', {}, form), ...list);
}

async function settingsTab(body) {
  const [me, erasure] = await Promise.all([api('GET', '/v1/me'), api('GET', '/v1/me/erasure-request')]);
  const marketing = el('input', { type: 'checkbox', id: 'marketing', checked: me.consents.marketing });
  marketing.style.width = 'auto';
  marketing.addEventListener('change', async () => {
    try {
      await api('PUT', '/v1/me/consents', { marketing: marketing.checked });
      notice(t('saved'));
    } catch (err) {
      notice(err.body?.detail || t('failed'), true);
    }
  });
  const request = erasure.erasureRequest;
  const reason = el('textarea', { id: 'erase-reason', rows: '2', maxlength: '1000' });
  const eraseForm = request
    ? el(
        'p',
        { id: 'erasure-status', 'data-status': request.status },
        t('eraseStatus')[request.status].replace('{r}', request.decisionReason ?? ''),
      )
    : el(
        'form',
        {
          onsubmit: async (e) => {
            e.preventDefault();
            try {
              await api(
                'POST',
                '/v1/me/erasure-request',
                reason.value.trim() ? { reason: reason.value.trim() } : {},
              );
              notice(t('eraseAsked'));
              await settingsTab(body);
            } catch (err) {
              notice(err.body?.detail || t('failed'), true);
            }
          },
        },
        el('label', { for: 'erase-reason' }, t('eraseReason')),
        reason,
        el('button', { type: 'submit', class: 'danger', id: 'erase' }, t('erase')),
      );
  body.replaceChildren(
    el(
      'section',
      {},
      el('h2', {}, me.name ?? ''),
      el('p', { class: 'muted' }, me.email ?? '', ' ', me.phone ?? ''),
      el('label', { for: 'marketing' }, marketing, ' ', t('marketing')),
    ),
    el(
      'section',
      {},
      el('h2', {}, t('myData')),
      // A plain link: the session cookie goes along, the answer is a download (Content-Disposition).
      el(
        'p',
        {},
        el('a', { href: '/v1/me/export', download: 'my-data.json', id: 'download' }, t('download')),
      ),
      eraseForm,
    ),
  );
}

// ---------------------------------------------------------------------------------------------

function render() {
  document.documentElement.lang = state.lang;
  document.title = t('title');
  for (const node of document.querySelectorAll('[data-t]')) node.textContent = t(node.dataset.t);
  const main = document.getElementById('main');
  if (state.session) homeView(main);
  else signInView(main);
}

async function start() {
  const language = document.getElementById('language');
  language.value = state.lang;
  language.addEventListener('change', () => {
    state.lang = language.value;
    localStorage.setItem('my.lang', state.lang);
    render();
  });
  // Links in messages: ?book=<vehicleId> opens the booking form for that car.
  const params = new URLSearchParams(location.search);
  if (params.get('survey')) state.surveyId = params.get('survey');
  if (params.get('book')) {
    state.tab = 'book';
    state.bookVehicle = params.get('book');
  }
  // The link in a sign-in message carries the challenge and its code: sign in with it once, and
  // take both out of the address bar (and the history) whatever the answer.
  const challenge = params.get('challenge');
  const code = params.get('code');
  if (challenge && code) {
    params.delete('challenge');
    params.delete('code');
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    document.getElementById('main').replaceChildren(el('section', {}, el('p', {}, t('signingIn'))));
    try {
      state.session = await api('POST', `/v1/me/sign-in/${encodeURIComponent(challenge)}`, { code });
      return render();
    } catch {
      // Expired, used up or mistyped: a clear page and a fresh start.
      return signInView(document.getElementById('main'), t('linkExpired'));
    }
  }
  state.session = await api('GET', '/v1/me/session').catch(() => null);
  render();
}

start();
