'use strict';
// Guides the admin through one console page: marks the targets the scheduler finds, fills the
// bucket name, rings the current step's control, follows the admin's clicks and ticks, offers the
// policy and reports the console's state. Lives as long as its AbortSignal. When and where it
// looks for targets is bp.createScanScheduler's business.
(() => {
  const bp = globalThis.billingPilot;

  function valueOf(element) {
    return 'value' in element ? String(element.value) : element.textContent;
  }

  /**
   * page: {layout ('A'|'B'|'C'|'s3'|'data-exports'|'cur'), title, targets, words, legacyReports
   * (Billing Preferences only), and for the export pages: fills ([{target, value(), what}]: other
   * fields filled from the session), notes() (more warnings to show), snapshot(registry,
   * isChecked) (what to report)}; steps: from bp.steps; panel: the overlay. Returns {onBatch}
   * for the DOM watcher, refresh() and recheck(element) for pages that watch more themselves.
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
    const highlight = bp.createHighlight(panel, signal);
    const offer = bp.createPolicyOffer(panel, context);
    const reporter = bp.createConsoleReporter(page, registry, tracker.isChecked, signal);
    const shownLabel = (name) => (page.targets.find((target) => target.name === name) || { shown: name }).shown;
    const scheduler = bp.createScanScheduler({
      registry,
      targets: page.targets,
      // The admin waits for the current step's control (or a better match for it). What a click
      // brings up (the bucket field in the console's dialog) is followed for a while anyway.
      urgent: (wanted) => wanted.filter((target) => tracker.current && target.name === tracker.current.target),
      found: () => refresh(),
      signal,
    });
    let announced = null;
    let editorRead = false;

    function instruction(step) {
      return bp.stepText.instruction(step, page.words, shownLabel, Boolean(context.bucket()));
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
      highlight.show(step ? registry.element(step.target) : null);
      scheduler.pace();
      announce(step);
      reporter.changed();
    }

    function scheduleRefresh() {
      bp.frame.schedule('guide refresh', refresh);
    }

    function onAdminEvent(event) {
      // Only what a person does counts (not the events the autofill sends itself).
      const target = event.isTrusted ? registry.targetOf(event.target) : null;
      if (!target) {
        return;
      }
      if (event.type === 'click') {
        tracker.clicked(target);
      }
      tracker.release();
      scheduler.afterAdminEvent(scheduleRefresh);
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

    refresh();
    scheduler.start();
    // A control's text changed in place (React keeps the node): look at it as if it were new.
    return { onBatch: scheduler.onBatch, refresh: scheduleRefresh, recheck: scheduler.recheck };
  }

  bp.createPageGuide = createPageGuide;
})();
