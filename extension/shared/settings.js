'use strict';
// The extension's one setting, the local server's URL, shared by the service worker, the popup
// and the options page. Only loopback URLs are accepted: the server listens there, and nothing
// the extension sees on the console may travel anywhere else.
globalThis.billingPilotSettings = (() => {
  const DEFAULT_SERVER_URL = 'http://127.0.0.1:7070';
  const LOOPBACK_URL = /^http:\/\/(127\.0\.0\.1|localhost):(\d{1,5})\/?$/i;

  /** {url} for a valid server URL (normalised, no trailing slash), else {error} saying what is wrong. */
  function parseServerUrl(text) {
    const value = String(text ?? '').trim();
    const match = LOOPBACK_URL.exec(value);
    if (!match) {
      return { error: 'Use http://127.0.0.1:PORT or http://localhost:PORT (the billing-pilot server on this computer).' };
    }
    const port = Number(match[2]);
    if (port < 1 || port > 65535) {
      return { error: 'The port must be a number from 1 to 65535.' };
    }
    return { url: `http://${match[1].toLowerCase()}:${port}` };
  }

  async function serverUrl() {
    const stored = await chrome.storage.local.get('serverUrl');
    const parsed = parseServerUrl(stored.serverUrl);
    return parsed.url || DEFAULT_SERVER_URL;
  }

  async function saveServerUrl(text) {
    const parsed = parseServerUrl(text);
    if (parsed.url) {
      await chrome.storage.local.set({ serverUrl: parsed.url });
    }
    return parsed;
  }

  return { DEFAULT_SERVER_URL, parseServerUrl, serverUrl, saveServerUrl };
})();
