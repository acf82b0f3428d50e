'use strict';
// The guide's steps on the Data Exports pages and the legacy Cost & Usage Reports create flow,
// one action on one control each (see guide/steps.js for the step shape). Radio steps are done
// when their group has a choice (the console preselects one); text steps when the field holds
// the session's value (or anything, when the guide has none); the wizard's Next when the next
// page of the wizard shows.
(() => {
  const bp = globalThis.billingPilot;
  const tick = (target, text, extra = {}) => ({ target, done: 'checked', text, ...extra });
  const click = (target, text, extra = {}) => ({ target, done: 'clicked', text, ...extra });
  const choose = (target, text, extra = {}) => ({ target, done: (element) => Boolean(bp.exportForm.chosenIn(element)), text, ...extra });
  const fill = (target, key, text) => ({
    target,
    text,
    done: (element, context) => {
      const wanted = context.session() ? context.session()[key] : null;
      return wanted ? element.value === wanted : element.value.trim() !== '';
    },
  });
  // The wizard's own Next (not marked): done once the wizard shows the given target; skipped
  // when the page has no Next (on the review page, where the same button reads "Review and Complete").
  const nextPage = (shows) => ({
    target: 'wizard-next',
    optional: true,
    text: 'Click “{label}”.',
    done: (element, context, registry) => Boolean(registry.element(shows)),
  });

  // The console's "Configure S3 bucket" dialog, which writes its policy onto the bucket.
  const bucketDialog = (confirm) => [
    click('configure-bucket', 'Click “{label}” to choose the bucket; read the warning below first.', { offer: 'overwrite' }),
    { target: 'bucket-name', done: 'bucket', offer: 'overwrite', text: 'With the existing bucket chosen, enter your bucket in “{label}” (filled in when empty).' },
    click('dialog-next', 'Click “{label}” in the dialog.', { offer: 'overwrite' }),
    ...(confirm ? [tick('policy-confirm', 'Check the policy the dialog shows, then tick “{label}”.', { offer: 'overwrite' })] : []),
    click('dialog-save', 'Click “{label}”: the console puts this policy on the bucket, replacing the policy it has.', { offer: 'overwrite' }),
  ];

  /** The wizard's Next, guided but not marked (the contract names no marker for it). */
  const WIZARD_NEXT = { name: 'wizard-next', kind: 'button', shown: 'Next', labels: ['next'], marked: false, within: null };

  bp.exportSteps = {
    extraTargets: { curCreate: [WIZARD_NEXT] },
    dataExportsList: () => [
      click('create-export', 'To create an export, click “{label}”. The list shows each export’s status.'),
    ],
    dataExportsCreate: () => [
      choose('export-type', 'Keep “{label}” for CUR 2.0 or FOCUS (choose “Legacy CUR export” for a legacy CUR).'),
      fill('export-name', 'exportName', 'Enter the export name in “{label}” (filled in from the guide when empty).'),
      choose('export-table', 'Choose the data table: “{label}” unless your tool reads FOCUS.', { optional: true }),
      tick('include-resource-ids', 'Tick “{label}”: cost tools use the resource IDs.', { optional: true }),
      choose('time-granularity', 'Choose the time granularity (“{label}” gives the most detail).', { optional: true }),
      choose('file-format', 'Choose the file format your tool reads (“{label}” or gzip – text/csv).', { optional: true }),
      choose('file-versioning', 'Choose “{label}”: creating new files keeps every refresh, and duplicate data with it.', { optional: true }),
      ...bucketDialog(false),
      fill('s3-prefix', 'prefix', 'Enter the prefix in “{label}” (filled in from the guide when empty).'),
      click('create-export', 'Click “{label}” to create the export. The first files arrive within 24 hours.'),
    ],
    curCreate: () => [
      fill('export-name', 'exportName', 'Enter the report name in “{label}” (filled in from the guide when empty).'),
      tick('include-resource-ids', 'Tick “{label}”: Virtana and most cost tools need them.'),
      nextPage('configure-bucket'),
      ...bucketDialog(true),
      fill('s3-prefix', 'prefix', 'Enter the prefix in “{label}”, without a / at either end (filled in when empty).'),
      choose('time-granularity', 'Choose the time granularity (“{label}” is what Virtana asks for).', { optional: true }),
      choose('file-versioning', 'Choose “{label}” or a new version per refresh (new versions keep duplicate data).', { optional: true }),
      nextPage('create-export'),
      click('create-export', 'Click “{label}” to create the report. The first files arrive within 24 hours.'),
    ],
  };
})();
