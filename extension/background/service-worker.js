'use strict';
// The only part of the extension that talks to the billing-pilot server. Content scripts on the
// console cannot reach 127.0.0.1 themselves (the browser's local-network checks stop them); this
// worker can, through the extension's host permissions, and it needs no CORS from the server.
// Chromium runs this file as a service worker; Firefox loads it as a background script after
// shared/settings.js (see manifest.json), so importScripts is used only where it exists.
if (typeof importScripts === 'function') {
  importScripts('../shared/settings.js');
}

const settings = globalThis.billingPilotSettings;
const REQUEST_TIMEOUT_MS = 4000;
let labelTable = null;

/** One call to the server: {status, body, serverUrl}; status 0 when the server could not be reached. */
async function callServer(path, init) {
  const serverUrl = await settings.serverUrl();
  try {
    const response = await fetch(serverUrl + path, {
      ...init,
      cache: 'no-store',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const body = await response.json().catch(() => null);
    return { status: response.status, body, serverUrl };
  } catch (error) {
    return { status: 0, body: null, serverUrl };
  }
}

function postJson(path, body) {
  return callServer(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

function failure(result) {
  if (result.status === 0) {
    return { ok: false, reason: 'unreachable', serverUrl: result.serverUrl };
  }
  const message = result.body && typeof result.body.message === 'string' ? result.body.message : `HTTP ${result.status}`;
  return { ok: false, reason: 'refused', status: result.status, message, serverUrl: result.serverUrl };
}

async function loadLabels() {
  if (!labelTable) {
    const response = await fetch(chrome.runtime.getURL('rules/console-labels.json'));
    labelTable = await response.json();
  }
  return { ok: true, table: labelTable };
}

async function getSession() {
  const result = await callServer('/api/v1/session', { method: 'GET' });
  return result.status === 200 && result.body
    ? { ok: true, session: result.body, serverUrl: result.serverUrl }
    : failure(result);
}

/**
 * The contract's console body, rebuilt field by field so nothing else is ever sent; the report
 * keys are the label table's legacyReports.
 */
const EXPORT_TEXTS = ['name', 'bucket', 'prefix', 'table', 'granularity', 'format', 'versioning'];
const MAX_EXPORT_TEXT = 1024;
const MAX_EXPORT_ROWS = 100;
const flag = (value) => (typeof value === 'boolean' ? value : null);
const text = (value, max) => (typeof value === 'string' ? value.slice(0, max) : null);

/** The Data Exports list's rows: [{name, status}]. */
function exportRows(rows) {
  return Array.isArray(rows)
    ? rows.slice(0, MAX_EXPORT_ROWS).map((row) => ({ name: text(row && row.name, MAX_EXPORT_TEXT), status: text(row && row.status, MAX_EXPORT_TEXT) }))
    : null;
}

/** The Data Exports / legacy CUR create form's choices, or the list's rows, field by field. */
function exportForm(form) {
  if (!form || typeof form !== 'object') {
    return null;
  }
  const body = Object.fromEntries(EXPORT_TEXTS.map((key) => [key, text(form[key], MAX_EXPORT_TEXT)]));
  body.includeResourceIds = flag(form.includeResourceIds);
  body.exports = exportRows(form.exports);
  return body;
}

function consoleBody(state, reportKeys) {
  const reports = state && state.reports && typeof state.reports === 'object'
    ? Object.fromEntries(reportKeys.map((key) => [key, state.reports[key] === true]))
    : null;
  return {
    layout: String(state && state.layout),
    enableReports: flag(state && state.enableReports),
    bucketField: state && typeof state.bucketField === 'string' ? state.bucketField.slice(0, 255) : null,
    reports,
    // Only the export pages send it (layout data-exports or cur).
    ...(state && state.export !== undefined ? { export: exportForm(state.export) } : {}),
  };
}

async function reportConsole(state) {
  const { table } = await loadLabels();
  const reportKeys = (table.legacyReports || []).map((report) => report.key);
  const result = await postJson('/api/v1/console', consoleBody(state, reportKeys));
  return result.status === 200 ? { ok: true } : failure(result);
}

/**
 * The policy to offer: merged into the bucket's current policy when the server can merge
 * (POST /api/v1/policy/merge), else billing-pilot's own policy (GET /api/v1/policy).
 */
async function policyFor(request) {
  const params = { bucket: request.bucket, report: request.report, account: request.account };
  const merge = await postJson('/api/v1/policy/merge', { policy: request.existing || null, ...params });
  if (merge.status === 200 && merge.body && merge.body.merged) {
    return { ok: true, policy: merge.body.merged, diff: merge.body.diff || [], merged: true };
  }
  if (merge.status !== 404 && merge.status !== 405) {
    return failure(merge);
  }
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value) {
      query.set(key, value);
    }
  }
  const plain = await callServer(`/api/v1/policy?${query}`, { method: 'GET' });
  return plain.status === 200 ? { ok: true, policy: plain.body, diff: [], merged: false } : failure(plain);
}

/** What the popup shows of a tab: the step the content script last announced there. */
async function rememberStep(step, tabId) {
  const entry = { ...step, tabId, at: Date.now() };
  await chrome.storage.session.set({ [`step:${tabId}`]: entry, lastStep: entry });
  return { ok: true };
}

async function status(tabId) {
  const [session, stored] = await Promise.all([
    getSession(),
    chrome.storage.session.get([`step:${tabId}`, 'lastStep']),
  ]);
  return { ...session, step: stored[`step:${tabId}`] || stored.lastStep || null };
}

// The hello: tells the server that this extension is loaded and which build it is, when this
// worker starts and when a console page opens, so the guide can show "connected".
const BROWSER = chrome.runtime.getURL('').startsWith('moz-extension:') ? 'firefox' : 'chromium';
const CONSOLE_URL = /^https:\/\/([a-z0-9-]+\.)*console\.aws\.amazon\.com\//;
const greetedPages = new Set();

async function sayHello(page) {
  const result = await postJson('/api/v1/console/hello', { version: chrome.runtime.getManifest().version, browser: BROWSER, page });
  return result.status === 200;
}

/** The console page at url, named as in the hello: an export page of the label table, else billing or s3. */
async function consolePage(url) {
  const { pathname, hash } = new URL(url);
  const { table } = await loadLabels();
  for (const page of Object.values(table.exports || {})) {
    if (pathname.startsWith(`/${page.console}/`) && (page.routes || []).some((route) => hash.startsWith(route))) {
      return page.layout;
    }
  }
  return pathname.startsWith('/s3/') ? 's3' : 'billing';
}

/** Says hello once per console page (a tab and its address); again later if the server did not answer. */
async function greetFrom(sender) {
  const key = `${sender.tab.id} ${sender.url}`;
  if (greetedPages.has(key)) {
    return;
  }
  if (greetedPages.size > 200) {
    greetedPages.clear();
  }
  greetedPages.add(key);
  if (!(await sayHello(await consolePage(sender.url)))) {
    greetedPages.delete(key);
  }
}

sayHello(null).catch(() => {});

const HANDLERS = {
  labels: () => loadLabels(),
  session: () => getSession(),
  console: (message) => reportConsole(message.state),
  policy: (message) => policyFor(message.request || {}),
  step: (message, sender) => rememberStep(message.step || {}, sender.tab ? sender.tab.id : -1),
  status: (message) => status(message.tabId),
};

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const handler = sender.id === chrome.runtime.id && message && HANDLERS[message.type];
  if (!handler) {
    return false;
  }
  if (sender.tab && CONSOLE_URL.test(sender.url || '')) {
    greetFrom(sender).catch(() => {}); // a missed hello only delays "connected" until the next one
  }
  handler(message, sender).then(sendResponse, (error) => {
    console.warn(`billing-pilot: handling '${message.type}' failed`, error);
    sendResponse({ ok: false, reason: 'internal' });
  });
  return true; // the answer comes asynchronously
});
