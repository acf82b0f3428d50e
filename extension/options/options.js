'use strict';
// The options page: the server URL, accepted only on this computer's loopback address.
(() => {
  const settings = globalThis.billingPilotSettings;
  const input = document.getElementById('server-url');
  const message = document.getElementById('message');

  // The stored URL arrives asynchronously: it must not replace what someone typed meanwhile.
  let edited = false;
  input.addEventListener('input', () => {
    edited = true;
  });
  settings.serverUrl().then((url) => {
    if (!edited) {
      input.value = url;
    }
  });

  document.getElementById('settings').addEventListener('submit', async (event) => {
    event.preventDefault();
    const result = await settings.saveServerUrl(input.value);
    if (result.url) {
      input.value = result.url;
      input.removeAttribute('aria-invalid');
      message.textContent = `Saved: the extension talks to ${result.url}.`;
    } else {
      input.setAttribute('aria-invalid', 'true');
      message.textContent = `Not saved. ${result.error}`;
    }
  });
})();
