'use strict';
// The guide's steps on each console page, in order. Each step is one action on one control: it
// points at one target of the label table ({label} is the label the table shows first;
// {existing}, {section} and {edit} are the layout's dialog choice, section and edit button from
// the table) and is done when its element is ticked ('checked'), holds the session's bucket
// ('bucket'), was clicked ('clicked'), holds the offered policy ('policy') or was clicked or is
// no longer needed because the control it unlocks can be used ('unlocked', with 'unlocks': the
// target it unlocks). Optional steps are skipped when the page does not have their element (in
// layout C new accounts see only the reports the table lists under newAccountReports).
// 'offer' shows billing-pilot's policy with the step: 'apply' (put it on the bucket yourself),
// 'overwrite' (the console's dialog is about to replace the bucket's policy), 'editor' (S3).
(() => {
  const bp = globalThis.billingPilot;
  const tick = (target, extra = {}) => ({ target, done: 'checked', text: 'Tick “{label}”.', ...extra });
  const click = (target, text, extra = {}) => ({ target, done: 'clicked', text, ...extra });

  /** One step per legacy report of the layout (see bp.labelTable: reports, in table order). */
  const reports = (layout) => layout.reports.map((report) => tick(report.target, report.optional ? { optional: true } : {}));

  // Layouts B and C: the console's dialog that chooses the bucket and writes its policy, one
  // control at a time: open it, the bucket, Next, the confirm box, Save.
  const dialog = [
    click('configure-bucket', 'Click “{label}” to choose the bucket; read the warning below first.', { offer: 'overwrite' }),
    { target: 'bucket-name', done: 'bucket', offer: 'overwrite', text: 'With “{existing}” chosen, enter your bucket in “{label}”.' },
    click('dialog-next', 'Click “{label}” in the dialog.', { offer: 'overwrite' }),
    tick('policy-confirm', { offer: 'overwrite', text: 'Check the policy the dialog shows, then tick “{label}”.' }),
    click('dialog-save', 'Click “{label}” in the dialog: the console puts this policy on the bucket.', { offer: 'overwrite' }),
  ];

  const billing = {
    A: (layout) => [
      tick('enable-reports', { text: 'Tick “{label}” so AWS can deliver billing reports.' }),
      { target: 'bucket-name', done: 'bucket', text: 'Enter your bucket in “{label}”: billing-pilot fills an empty field for you.' },
      click('verify', 'Put the policy below on the bucket (S3 console, Permissions, Bucket policy), then click “{label}”.', { offer: 'apply' }),
      ...reports(layout),
      click('save', 'Click “{label}” to keep these settings.'),
    ],
    B: (layout) => [
      tick('enable-reports', { text: 'Tick “{label}”.' }),
      ...dialog,
      click('verify', 'Click “{label}” to let AWS test-write to the bucket.'),
      ...reports(layout),
      click('save', 'Click “{label}” to keep these settings.'),
    ],
    C: (layout) => [
      // Every section of the page has an Edit button; the section's settings may be greyed out
      // until its own is clicked.
      { target: 'section-edit', done: 'unlocked', unlocks: 'enable-reports', optional: true, text: 'Click “{label}” in “{section}”: its settings are greyed out until you do.' },
      tick('enable-reports', { text: 'Tick “{label}” so AWS can deliver billing reports.' }),
      ...dialog,
      ...reports(layout),
      click('save', 'Click “{label}” to start the delivery.'),
    ],
  };

  bp.steps = {
    /** The steps of a Billing Preferences layout as bp.labelTable shapes it (id A, B or C). */
    billing(layout) {
      return billing[layout.id] ? billing[layout.id](layout) : [];
    },
    createBucket: [
      { target: 'bucket-name', done: 'bucket', text: 'Enter your bucket in “{label}” (filled in for you when empty); keep ACLs disabled, Block Public Access on and SSE-S3 encryption.' },
      click('save', 'Click “{label}”.'),
    ],
    bucketPolicy: [
      { target: 'policy-editor', done: 'policy', offer: 'editor', text: 'Replace the editor’s content with the policy below (copy it).' },
      click('save', 'Click “{label}”.'),
    ],
  };
})();
