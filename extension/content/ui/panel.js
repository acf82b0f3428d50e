'use strict';
// The overlay: one element, #billing-pilot-overlay, with an open shadow root holding the guide's
// panel (instruction, progress, bucket with a copy button, warnings, the policy to apply) and the
// highlight ring. The panel can be collapsed and moved to the other side of the window, and
// remembers both; every control is a real button, and step changes are announced politely.
// It moves itself off the ringed control and its section's buttons (see avoid).
(() => {
  const bp = globalThis.billingPilot;
  const { h, setText } = globalThis.billingPilotDom;
  const PLACEMENT_KEY = 'panelPlacement';
  const MARGIN = 16;
  // How close the panel may come to a box it must not cover.
  const CLEARANCE = 8;

  function overlap(a, b) {
    const width = Math.min(a.right, b.right + CLEARANCE) - Math.max(a.left, b.left - CLEARANCE);
    const height = Math.min(a.bottom, b.bottom + CLEARANCE) - Math.max(a.top, b.top - CLEARANCE);
    return width > 0 && height > 0 ? width * height : 0;
  }

  // Covering the ringed control (the first box) is worse than covering any number of buttons.
  const TARGET_WEIGHT = 1000;

  /**
   * Where the panel goes: the corner of the admin's side at the bottom unless it would cover one
   * of the boxes, then the other bottom corner, then the top ones; if every corner covers
   * something, the one that covers least, the first box (the ringed control) weighing most.
   * size: {width, height}; view: {width, height}.
   */
  function corner(side, size, view, boxes) {
    const other = side === 'right' ? 'left' : 'right';
    const candidates = [[side, 'bottom'], [other, 'bottom'], [side, 'top'], [other, 'top']].map(([x, y]) => {
      const left = x === 'right' ? view.width - MARGIN - size.width : MARGIN;
      const top = y === 'bottom' ? view.height - MARGIN - size.height : MARGIN;
      const rect = { left, top, right: left + size.width, bottom: top + size.height };
      return { x, y, covered: boxes.reduce((sum, box, index) => sum + overlap(rect, box) * (index === 0 ? TARGET_WEIGHT : 1), 0) };
    });
    return candidates.find((candidate) => candidate.covered === 0)
      || candidates.reduce((best, candidate) => (candidate.covered < best.covered ? candidate : best));
  }

  const HOST_STYLE = [['all', 'initial'], ['position', 'fixed'], ['top', '0'], ['left', '0'], ['width', '0'], ['height', '0'],
    ['overflow', 'visible'], ['z-index', '2147483647']];

  function createPanel() {
    // A manual popover, so that it can join the browser's top layer above a page's modal <dialog>
    // (see keepAbove). Its box is set inline, where a page's own rules for [popover] or div cannot
    // override it (they would for :host), and it keeps the host shown while not in the top layer.
    const host = h('div', { id: 'billing-pilot-overlay', popover: 'manual' });
    for (const [property, value] of HOST_STYLE) {
      host.style.setProperty(property, value, 'important');
    }
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
    shadow.append(style, panel, ring);

    let placement = { side: 'right', collapsed: false };
    // Boxes the panel must not cover (the ring, the section's buttons), in window coordinates.
    let avoided = [];
    // The panel's size as the ResizeObserver last reported it: reading it here instead would force
    // a layout of the whole console page in the middle of a frame.
    let size = { width: 340, height: 0 };
    function applyPlacement() {
      body.hidden = placement.collapsed;
      const where = avoided.length
        ? corner(placement.side, size, { width: window.innerWidth, height: window.innerHeight }, avoided)
        : { x: placement.side, y: 'bottom' };
      panel.classList.toggle('right', where.x === 'right');
      panel.classList.toggle('left', where.x === 'left');
      panel.classList.toggle('top', where.y === 'top');
      panel.setAttribute('data-placement', `${where.y}-${where.x}`);
      setText(dock, placement.side === 'right' ? 'Move left' : 'Move right');
      dock.setAttribute('aria-label', `Move the panel to the ${placement.side === 'right' ? 'left' : 'right'} side`);
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
    // A panel that grows (the policy arrives, a warning shows) may come to cover what it avoids.
    const resizes = new ResizeObserver(guard('placing the panel', (entries) => {
      const box = entries[entries.length - 1].borderBoxSize;
      const border = box && box[0] ? box[0] : null;
      size = border ? { width: border.inlineSize, height: border.blockSize } : size;
      if (avoided.length) {
        applyPlacement();
      }
    }));
    resizes.observe(panel, { box: 'border-box' });

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
      /** Moves the panel off these boxes (DOMRect-like, window coordinates) when it can; [] for none. */
      avoid(boxes) {
        if (boxes.length || avoided.length) {
          avoided = boxes;
          applyPlacement();
        }
      },
      /**
       * A modal <dialog> (showModal) is drawn in the browser's top layer, above every z-index. When
       * the element the ring is for sits in one, the overlay joins the top layer after it, and so
       * above it (the last one added is on top); otherwise it leaves the top layer.
       */
      keepAbove(element) {
        if (typeof host.showPopover !== 'function' || !host.isConnected) {
          return;
        }
        const dialog = element ? element.closest('dialog') : null;
        const inModal = Boolean(dialog) && dialog.matches(':modal');
        if (host.matches(':popover-open')) {
          host.hidePopover();
        }
        if (inModal) {
          host.showPopover();
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
        resizes.disconnect();
        host.remove();
      },
    };
    return api;
  }

  bp.createPanel = createPanel;
  bp.panelCorner = corner;
})();
