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


  function mentionsWanted(text, wanted) {
    return wanted.some((target) => target.labels.some((label) => text.includes(label)));
  }

  /** aria-label values are labels too, and are not part of the text. */
  function ariaMentionsWanted(element, wanted) {
    const labelled = element.matches('[aria-label]') ? [element] : [];
    labelled.push(...element.querySelectorAll('[aria-label]'));
    return labelled.some((node) => mentionsWanted(bp.text.normalize(node.getAttribute('aria-label')), wanted));
  }

  /**
   * Where to look after a DOM change, given the targets still wanted. Only added nodes that can
   * hold one: their text or aria-labels mention a wanted label, or they are controls without
   * any text (re-rendered alone), whose label sits outside them. Text that mentions a label (a
   * label rendered after its control) sends the search to the wrapper it shares with its
   * control. Anything else (rows of an unrelated table, a ticking clock, a spinner) costs one
   * look at its text.
   */
  function scopesFor(added, wanted) {
    const scopes = new Set();
    for (const node of added) {
      const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
      if (!element) {
        continue;
      }
      const text = bp.text.normalize(node.textContent);
      const mentioned = mentionsWanted(text, wanted);
      if (element.matches(CONTROLS) || element.querySelector(CONTROLS)) {
        if (mentioned || !text || ariaMentionsWanted(element, wanted)) {
          scopes.add(element);
        }
        continue;
      }
      if (!mentioned) {
        continue;
      }
      let scope = element;
      for (let level = 0; level < 3 && scope.parentElement && scope.parentElement !== document.body; level += 1) {
        scope = scope.parentElement;
      }
      scopes.add(scope);
    }
    return [...scopes];
  }

  function valueOf(element) {
    return 'value' in element ? String(element.value) : element.textContent;
  }

  /**
   * page: {layout ('A'|'B'|'C'|'s3'), title, targets, words}; steps: from bp.steps; panel: the overlay.
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
    const reporter = bp.createConsoleReporter(page.layout, registry, tracker.isChecked, signal);
    const labelOf = (name) => (page.targets.find((target) => target.name === name) || { shown: name }).shown;
    let announced = null;
    let editorRead = false;

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
      panel.setWarning(field ? bp.autofill.difference(field.value, bucket) : null);
      offer.show(step ? step.offer || null : null);
      highlight.show(step ? registry.element(step.target) : null);
      announce(step);
      reporter.changed();
    }

    function scheduleRefresh() {
      bp.frame.schedule('guide refresh', refresh);
    }

    function scan(scopes) {
      return registry.accept(bp.targetFinder.find(scopes, registry.wanted(), registry.taken()));
    }

    let lastFullScan = 0;
    let fullScanPending = false;
    /** Scans the whole page now if it was not scanned lately (true if targets changed), else soon. */
    function fullScan() {
      const wait = lastFullScan + FULL_SCAN_EVERY_MS - performance.now();
      if (wait <= 0) {
        lastFullScan = performance.now();
        return scan([document.documentElement]);
      }
      if (!fullScanPending) {
        fullScanPending = true;
        bp.lifecycle.later(() => {
          fullScanPending = false;
          if (fullScan()) {
            refresh();
          }
        }, wait, signal, 'looking at the whole page');
      }
      return false;
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

    /** A frame's worth of DOM changes: re-find what went missing, only where the page changed. */
    function onBatch(batch) {
      bp.controlLabels.indexLabels(batch.added);
      let changed = registry.check();
      const wanted = registry.wanted();
      if (wanted.length) {
        if (batch.overflowed) {
          changed = fullScan() || changed;
        } else if (batch.added.length) {
          changed = scan(scopesFor(batch.added, wanted)) || changed;
        }
      }
      if (changed) {
        refresh();
      }
    }

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
    signal.addEventListener('abort', () => registry.clear(), { once: true });

    bp.controlLabels.indexLabels([document.documentElement]);
    scan([document.documentElement]);
    refresh();
    return { onBatch };
  }

  bp.createPageGuide = createPageGuide;
})();
