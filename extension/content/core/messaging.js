'use strict';
// Messages to the service worker, which does all talking to the server. Always resolves: a
// worker that is gone (extension reloaded or updated) answers {ok: false, reason: 'extension'}.
(() => {
  const bp = globalThis.billingPilot;
  function send(message) {
    return new Promise((resolve) => {
      try {
        chrome.runtime.sendMessage(message, (response) => {
          const error = chrome.runtime.lastError;
          resolve(error || !response ? { ok: false, reason: 'extension' } : response);
        });
      } catch (error) {
        resolve({ ok: false, reason: 'extension' });
      }
    });
  }
  bp.messaging = { send };
})();
