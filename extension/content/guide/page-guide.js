'use strict';
// Guides the admin through one console page: finds and marks the targets, fills the bucket
// name, highlights the current step's element, follows the admin's clicks and ticks, offers the
// policy and reports the console's state. Lives as long as its AbortSignal.
(() => {
  const bp = globalThis.billingPilot;
  const { KIND_SELECTORS } = bp.controlLabels;
  const CONTROLS = Object.values(KIND_SELECTORS).join(', ');
  // A re-render often settles a moment after the event that caused it.
  const SETTLE_MS = 150;
  // More added nodes in one frame than the watcher keeps: look at the whole page, at most this often.
  const FULL_SCAN_EVERY_MS = 500;
  // Targets the current step does not need yet are looked for in what was added, this often.
  const LATER_SCAN_EVERY_MS = 1000;
  const MAX_LATER_NODES = 500;
  // While everything the current step needs is on the page, DOM changes are looked at this often
  // (a re-render that replaces a marked node is noticed within this time).
  const RELAXED_PACE_MS = 100;

  function mentions(text, targets) {
    return targets.some((target) => target.labels.some((label) => text.includes(label)));
  }

  function hasControls(element) {
    return element.matches(CONTROLS) || element.querySelector(CONTROLS) !== null;
  }

  /** A wrapper a few levels up: where text rendered after its control meets that control. */
  function wrapperAround(element) {
    let scope = element;
    for (let level = 0; level < 3 && scope.parentElement && scope.parentElement !== document.body; level += 1) {
      scope = scope.parentElement;
    }
    return scope;
  }

  /**
   * Where to look after a DOM change, given the targets still wanted and each added node's
   * normalised text. Only added nodes that can hold a wanted target: their text mentions one of
   * its labels (when they hold no control themselves, the label arrived after its control: look
   * in the wrapper they share), or they have no text and hold controls (re-rendered alone,
   * labelled from outside, or by aria-label). Anything else (rows of an unrelated table, a
   * ticking clock, a spinner) costs one look at its text. A control labelled only by aria-label
   * inside added text that does not mention it is left to the next look at the whole page.
   */
  function scopesFor(added, texts, wanted) {
    const scopes = new Set();
    added.forEach((node, index) => {
      const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
      const text = texts[index];
      if (!element) {
        return;
      }
      if (mentions(text, wanted)) {
        scopes.add(hasControls(element) ? element : wrapperAround(element));
      } else if (!text && hasControls(element)) {
        scopes.add(element);
      }
    });
    return [...scopes];
  }

  function valueOf(element) {
    return 'value' in element ? String(element.value) : element.textContent;
  }

  /**
   * page: {layout ('A'|'B'|'C'|'s3'|'data-exports'|'cur'), title, targets, words, legacyReports
   * (Billing Preferences only), and for the export pages: fills ([{target, value(), what}]: other
   * fields filled from the session), notes() (more warnings to show), snapshot(registry,
   * isChecked) (what to report)}; steps: from bp.steps; panel: the overlay.
   */
  function createPageGuide(page, steps, panel, signal) {
    const registry = bp.createTargetRegistry(page.targets);
    const session = () => bp.serverStatus.state.session;
    const context = {
      signal,
      session,
      bucket: () => (session() ? session().bucket : null),
      policyApplied: (element) => offer.applied(valueOf(element)),
    };
    const tracker = bp.createStepTracker(steps, registry, context);
    const highlight = bp.createHighlight(panel.ring, signal);
    const offer = bp.createPolicyOffer(panel, context);
    const reporter = bp.createConsoleReporter(page, registry, tracker.isChecked, signal);
    const labelOf = (name) => (page.targets.find((target) => target.name === name) || { shown: name }).shown;
    let announced = null;
    let editorRead = false;
    // Nodes added while only targets that no step needs yet were missing (a report this account
    // does not have, a dialog field before the dialog): looked at once a second, not every frame.
    let later = [];
    let laterOverflowed = false;

    function instruction(step) {
      if (!step) {
        return 'All steps on this page are done. The billing-pilot guide shows what comes next.';
      }
      const words = { ...page.words, label: labelOf(step.target) };
      const text = step.text.replace(/\{(\w+)\}/g, (whole, name) => words[name] || whole);
      return context.bucket() ? text : `Choose your bucket in the billing-pilot guide first. Then: ${text}`;
    }

    function announce(step) {
      const key = `${tracker.index}/${tracker.total}`;
      if (key === announced) {
        return;
      }
      announced = key;
      bp.messaging.send({
        type: 'step',
        step: { layout: page.layout, title: page.title, index: tracker.index, total: tracker.total, text: instruction(step), bucket: context.bucket() },
      });
    }

    function refresh() {
      const bucket = context.bucket();
      const field = registry.element('bucket-name');
      if (field) {
        bp.autofill.fill(field, bucket);
      }
      const editor = registry.element('policy-editor');
      if (editor && !editorRead) {
        editorRead = true;
        offer.setExisting(valueOf(editor));
      }
      tracker.advance();
      const step = tracker.current;
      panel.setStep({ index: tracker.index, total: tracker.total, text: instruction(step) });
      const warnings = [field ? bp.autofill.difference(field.value, bucket) : null];
      // Other fields a page fills from the session (export name, prefix), and what it has to say.
      for (const other of page.fills || []) {
        const element = registry.element(other.target);
        if (element) {
          bp.autofill.fill(element, other.value());
          warnings.push(bp.autofill.difference(element.value, other.value(), other.what));
        }
      }
      warnings.push(...(page.notes ? page.notes() : []));
      panel.setWarning(warnings.filter(Boolean).join(' ') || null);
      offer.show(step ? step.offer || null : null);
      const element = step ? registry.element(step.target) : null;
      highlight.show(element);
      if (step && !element) {
        bp.domWatcher.setPace(0);
        if (later.length || laterOverflowed) {
          bp.frame.schedule('looking for the current target', scanLater);
        }
      }
      announce(step);
      reporter.changed();
    }

    function scheduleRefresh() {
      bp.frame.schedule('guide refresh', refresh);
    }

    function scan(scopes) {
      return registry.accept(bp.targetFinder.find(scopes, registry.wanted(), registry.taken()));
    }

    let lastFullScan = -Infinity;
    let fullScanning = false;
    let fullScanAgain = false;
    let fullScanPending = false;
    /** Looks at the whole page, in slices, at most every FULL_SCAN_EVERY_MS; refreshes when targets changed. */
    function fullScan() {
      if (fullScanning) {
        fullScanAgain = true;
        return;
      }
      const wait = lastFullScan + FULL_SCAN_EVERY_MS - performance.now();
      if (wait > 0) {
        if (!fullScanPending) {
          fullScanPending = true;
          bp.lifecycle.later(() => {
            fullScanPending = false;
            fullScan();
          }, wait, signal, 'looking at the whole page');
        }
        return;
      }
      fullScanning = true;
      lastFullScan = performance.now();
      bp.targetFinder.findInSlices([document.documentElement], registry.wanted(), registry.taken(), signal, (found) => {
        fullScanning = false;
        if (registry.accept(found)) {
          refresh();
        }
        if (fullScanAgain) {
          fullScanAgain = false;
          fullScan();
        }
      });
    }

    function onAdminEvent(event) {
      const target = registry.targetOf(event.target);
      if (!target) {
        return;
      }
      if (event.type === 'click') {
        tracker.clicked(target);
      }
      tracker.release();
      scheduleRefresh();
      bp.lifecycle.later(scheduleRefresh, SETTLE_MS, signal, 'following the admin');
    }

    /** Looks for the wanted targets in added nodes (indexing the labels among them first). */
    function scanAdded(nodes, wanted) {
      const added = bp.domWatcher.outermost(nodes);
      const texts = added.map((node) => bp.text.normalize(node.textContent));
      // Only labels that name something on this page are worth indexing.
      bp.controlLabels.indexLabels(added.filter((node, index) => mentions(texts[index], page.targets)));
      return scan(scopesFor(added, texts, wanted));
    }

    function scanLater() {
      const added = later;
      const overflowed = laterOverflowed;
      later = [];
      laterOverflowed = false;
      const wanted = registry.wanted();
      if (!wanted.length) {
        return;
      }
      if (overflowed) {
        fullScan();
      } else if (added.length && scanAdded(added, wanted)) {
        refresh();
      }
    }

    /** What the admin needs now: the current step's element and the bucket field. */
    function urgent(wanted) {
      const current = tracker.current ? tracker.current.target : null;
      return wanted.filter((target) => target.name === current || target.name === 'bucket-name');
    }

    /** A frame's worth of DOM changes: re-find what went missing, only where the page changed. */
    function onBatch(batch) {
      let changed = registry.check();
      const wanted = registry.wanted();
      const now = urgent(wanted);
      bp.domWatcher.setPace(now.length ? 0 : RELAXED_PACE_MS);
      if (wanted.length) {
        if (batch.overflowed && now.length) {
          fullScan();
        } else if (now.length && batch.added.length) {
          changed = scanAdded(batch.added, now) || changed;
        }
        if (now.length < wanted.length) {
          laterOverflowed = laterOverflowed || batch.overflowed || later.length + batch.added.length > MAX_LATER_NODES;
          if (!laterOverflowed) {
            later.push(...batch.added);
          }
        }
      }
      if (changed) {
        refresh();
      }
    }

    bp.lifecycle.every(scanLater, LATER_SCAN_EVERY_MS, signal, 'looking for later targets');

    for (const type of ['click', 'change', 'input']) {
      bp.lifecycle.listen(document, type, onAdminEvent, signal, { capture: true, passive: true });
    }
    bp.serverStatus.subscribe((state) => {
      panel.setServer(state);
      panel.setBucket(state.session ? state.session.bucket : null);
      if (state.reachable) {
        reporter.resend();
      }
      scheduleRefresh();
    }, signal);
    panel.setLayout(page.title);
    panel.onBack = () => {
      tracker.back();
      scheduleRefresh();
    };
    panel.onNext = () => {
      tracker.next();
      scheduleRefresh();
    };
    panel.onMerge = (text) => offer.setExisting(text);
    signal.addEventListener('abort', () => {
      registry.clear();
      bp.domWatcher.setPace(0);
    }, { once: true });

    bp.controlLabels.indexLabels([document.documentElement]);
    /** A control's text changed in place (React keeps the node): look at it as if it were new. */
    function recheck(element) {
      const changed = registry.forget(element);
      if (scan([element]) || changed) {
        refresh();
      }
    }

    refresh();
    fullScan();
    return { onBatch, refresh: scheduleRefresh, recheck };
  }

  bp.createPageGuide = createPageGuide;
})();
