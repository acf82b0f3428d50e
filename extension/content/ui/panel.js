'use strict';
// The overlay: one element, #billing-pilot-overlay, with an open shadow root holding the guide's
// panel (instruction, progress, bucket with a copy button, warnings, the policy to apply) and the
// highlight ring. The panel can be collapsed and moved to the other side of the window, and
// remembers both; every control is a real button, and step changes are announced politely.
(() => {
  const bp = globalThis.billingPilot;
  const { h, setText } = globalThis.billingPilotDom;
  const PLACEMENT_KEY = 'panelPlacement';

  function createPanel() {
    const host = h('div', { id: 'billing-pilot-overlay' });
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = bp.panelStyle;

    const ring = h('div', { class: 'ring', hidden: true, 'data-part': 'highlight' });
    const progress = h('span', { class: 'progress', 'data-part': 'progress' });
    const collapse = h('button', { type: 'button', 'aria-expanded': 'true', 'aria-controls': 'billing-pilot-body', 'data-part': 'collapse' }, 'Hide');
    const dock = h('button', { type: 'button', 'data-part': 'dock' }, 'Move left');
    const server = h('p', { class: 'server', role: 'status', hidden: true, 'data-part': 'server' });
    const layout = h('p', { class: 'layout', 'data-part': 'layout' });
    const instruction = h('p', { class: 'instruction', 'aria-live': 'polite', 'data-part': 'instruction' });
    const bucketName = h('code', { 'data-part': 'bucket' });
    const copyBucket = h('button', { type: 'button', 'data-part': 'copy-bucket' }, 'Copy bucket name');
    const bucket = h('div', { class: 'bucket' }, 'Your bucket: ', bucketName, copyBucket);
    const warning = h('p', { class: 'warning', role: 'alert', hidden: true, 'data-part': 'warning' });
    const policyWarning = h('p', { class: 'warning', 'data-part': 'policy-warning' });
    const existing = h('textarea', { id: 'billing-pilot-existing', spellcheck: 'false', 'data-part': 'existing-policy' });
    const merge = h('button', { type: 'button', 'data-part': 'merge' }, 'Merge with this policy');
    const policyNote = h('p', { 'data-part': 'policy-note' });
    const policyText = h('pre', { tabindex: '0', 'aria-label': 'Bucket policy to apply', 'data-part': 'policy' });
    const copyPolicy = h('button', { type: 'button', 'data-part': 'copy-policy' }, 'Copy policy');
    const existingBlock = h('div', {},
      h('label', { for: 'billing-pilot-existing' }, "The bucket's current policy, if it has one (paste it to merge):"),
      existing, merge);
    const policy = h('div', { hidden: true, 'data-part': 'policy-offer' }, policyWarning, existingBlock, policyNote, policyText, copyPolicy);
    const back = h('button', { type: 'button', 'data-part': 'back' }, 'Back');
    const next = h('button', { type: 'button', 'data-part': 'next' }, 'Next step');
    const copied = h('p', { 'aria-live': 'polite', 'data-part': 'copied' });
    const guideLink = h('a', { target: '_blank', rel: 'noopener', hidden: true, 'data-part': 'guide-link' }, 'Open the guide');
    const body = h('div', { class: 'body', id: 'billing-pilot-body' },
      server, layout, instruction, bucket, warning, policy, h('nav', {}, back, next), copied, guideLink);
    const panel = h('section', { class: 'panel right', role: 'region', 'aria-label': 'billing-pilot guide', 'data-part': 'panel' },
      h('header', {}, h('strong', {}, 'billing-pilot'), progress, dock, collapse), body);
    shadow.append(style, ring, panel);

    let placement = { side: 'right', collapsed: false };
    function applyPlacement() {
      panel.classList.toggle('right', placement.side === 'right');
      panel.classList.toggle('left', placement.side === 'left');
      setText(dock, placement.side === 'right' ? 'Move left' : 'Move right');
      dock.setAttribute('aria-label', `Move the panel to the ${placement.side === 'right' ? 'left' : 'right'} side`);
      body.hidden = placement.collapsed;
      collapse.setAttribute('aria-expanded', String(!placement.collapsed));
      setText(collapse, placement.collapsed ? 'Show' : 'Hide');
    }
    function savePlacement() {
      applyPlacement();
      bp.safety.settle('saving the panel placement', () => chrome.storage.local.set({ [PLACEMENT_KEY]: placement }));
    }
    bp.safety.settle('reading the panel placement', async () => {
      const stored = await chrome.storage.local.get(PLACEMENT_KEY);
      placement = { ...placement, ...(stored[PLACEMENT_KEY] || {}) };
      applyPlacement();
    });
    applyPlacement();

    const guard = bp.safety.guard;
    collapse.addEventListener('click', guard('collapsing the panel', () => {
      placement = { ...placement, collapsed: !placement.collapsed };
      savePlacement();
    }));
    dock.addEventListener('click', guard('moving the panel', () => {
      placement = { ...placement, side: placement.side === 'right' ? 'left' : 'right' };
      savePlacement();
    }));
    back.addEventListener('click', guard('going back a step', () => api.onBack()));
    next.addEventListener('click', guard('going to the next step', () => api.onNext()));
    merge.addEventListener('click', guard('merging the policy', () => api.onMerge(existing.value)));

    function copyAndSay(text, what) {
      bp.safety.settle('copying', async () => {
        const done = await bp.clipboard.copy(text, shadow);
        setText(copied, done ? `Copied the ${what}.` : `Could not copy the ${what}: select it and copy it by hand.`);
      });
    }
    copyBucket.addEventListener('click', guard('copying the bucket name', () => copyAndSay(bucketName.textContent, 'bucket name')));
    copyPolicy.addEventListener('click', guard('copying the policy', () => copyAndSay(policyText.textContent, 'policy')));

    document.documentElement.appendChild(host);

    // The page guide sets the step buttons' actions once it knows the page.
    const api = {
      onBack() {},
      onNext() {},
      onMerge() {},
      ring,
      shadow,
      setServer(state) {
        server.hidden = state.reachable !== false;
        setText(server, state.reachable === false
          ? `The billing-pilot server is not running at ${state.serverUrl}. Start it with scripts/run in the billing-pilot folder; this panel notices within seconds.`
          : '');
        // Back to the guide's current step, on the server only (the path comes from its session).
        const step = state.reachable && state.session && state.session.currentStep;
        const url = step && typeof step.path === 'string' ? new URL(step.path, `${state.serverUrl}/`) : null;
        guideLink.hidden = !url || url.origin !== new URL(state.serverUrl).origin;
        if (!guideLink.hidden) {
          guideLink.href = url.href;
          setText(guideLink, step.number > 0 ? `Back to the guide: step ${step.number}, ${step.title}` : 'Back to the guide');
        }
      },
      setLayout(title) {
        setText(layout, title);
      },
      setStep({ index, total, text }) {
        setText(progress, total ? `Step ${Math.min(index + 1, total)} of ${total}` : '');
        setText(instruction, text);
        back.disabled = index <= 0;
        next.disabled = index >= total;
      },
      setBucket(name) {
        bucket.hidden = !name;
        setText(bucketName, name || '');
      },
      setWarning(text) {
        warning.hidden = !text;
        setText(warning, text || '');
      },
      /** null hides the policy part; else {warning, note, text, askExisting}. */
      setPolicy(offer) {
        policy.hidden = !offer;
        if (!offer) {
          return;
        }
        policyWarning.hidden = !offer.warning;
        setText(policyWarning, offer.warning || '');
        existingBlock.hidden = !offer.askExisting;
        setText(policyNote, offer.note || '');
        setText(policyText, offer.text || '');
        copyPolicy.hidden = !offer.text;
      },
      destroy() {
        host.remove();
      },
    };
    return api;
  }

  bp.createPanel = createPanel;
})();
