// The console's "Configure S3 bucket" dialog, as Billing preferences (layout C), Data Exports
// and the legacy Cost & Usage Reports show it: choose an existing bucket or create one, name it,
// then review the policy the console will write onto the bucket (replacing the bucket's own) and
// confirm. One primary button: "Next", then the save text, on the same node (inPlaceText).
import React from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { closeDialog } from './app.jsx';
import { CheckField, ChoiceField, Dialog, StepButton, TextField } from './controls.jsx';
import { useStore, update } from './store.js';

const REGION = { value: 'us-east-1', label: 'US East (N. Virginia)' };

/** The policy the console writes: billing-pilot's tests look for its Sid to see it was shown. */
export const CONSOLE_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'ConsoleWrittenPolicy', Effect: 'Allow', Principal: { Service: 'billingreports.amazonaws.com' },
    Action: 's3:PutObject', Resource: 'arn:aws:s3:::BUCKET/*' }],
}, null, 2);

/**
 * words: {title, existing, create, bucketDescription, policyLabel, confirm, save}; the dialog is
 * open while state.dialog is 'bucket' or 'policy'. Saving keeps the bucket in fields.configuredBucket.
 */
export function BucketDialog({ words }) {
  const state = useStore();
  const policyStep = state.dialog === 'policy';
  const save = () => update((s) => {
    s.fields.configuredBucket = s.fields.bucket;
    s.dialog = null;
  });
  const footer = (
    <Box float="right">
      <SpaceBetween direction="horizontal" size="xs">
        <Button key="cancel" variant="link" onClick={closeDialog}>Cancel</Button>
        <StepButton key="primary" text={policyStep ? words.save : 'Next'}
          onClick={() => (policyStep ? save() : update((s) => { s.dialog = 'policy'; }))} />
      </SpaceBetween>
    </Box>
  );
  return (
    <Dialog open={state.dialog === 'bucket' || policyStep} header={words.title} footer={footer}>
      {policyStep
        ? (
          <SpaceBetween size="m">
            {words.policyLabel
              ? <FormField label={words.policyLabel}><Box variant="code">{CONSOLE_POLICY}</Box></FormField>
              : <Box variant="code">{CONSOLE_POLICY}</Box>}
            <CheckField check="confirm" label={words.confirm} />
          </SpaceBetween>
        )
        : (
          <SpaceBetween size="m">
            <ChoiceField choice="bucketSource" items={[['existing', words.existing], ['new', words.create]]} />
            <TextField label="S3 bucket name" field="bucket" description={words.bucketDescription} />
            <FormField label="Region"><Select selectedOption={REGION} options={[REGION]} /></FormField>
          </SpaceBetween>
        )}
    </Dialog>
  );
}
