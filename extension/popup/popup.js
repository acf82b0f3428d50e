'use strict';
// The toolbar popup: is the server reachable, which bucket the guide works on, which step the
// console tab is at, and a link to the guide.
(async () => {
  const $ = (id) => document.getElementById(id);
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  const answer = await chrome.runtime.sendMessage({ type: 'status', tabId: tab ? tab.id : -1 });
  const serverUrl = answer && answer.serverUrl ? answer.serverUrl : globalThis.billingPilotSettings.DEFAULT_SERVER_URL;
  $('guide').href = `${serverUrl}/`;
  const current = answer && answer.ok && answer.session.currentStep;
  if (current && current.number > 0) {
    // The guide's own step, where the admin left it.
    $('guide').href = new URL(current.path, `${serverUrl}/`).href;
    $('guide').textContent = `Open the guide at step ${current.number}: ${current.title}`;
  }
  if (answer && answer.ok) {
    $('server').textContent = `The server is running at ${serverUrl}.`;
    $('bucket').textContent = answer.session.bucket || 'not chosen yet (choose it in the guide)';
  } else {
    $('server').textContent = `The server is not reachable at ${serverUrl}. Start it with scripts/run in the billing-pilot folder.`;
    $('server').className = 'problem';
  }
  const step = answer && answer.step;
  $('step').textContent = step && step.total
    ? `${step.title}: step ${Math.min(step.index + 1, step.total)} of ${step.total}. ${step.text}`
    : 'Open Billing Preferences in the AWS console to start.';
})();
