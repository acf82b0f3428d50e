// Billing, the old "Cost & Usage Reports" pages (docs/aws-billing-facts.md section 9 B): the list
// (#/reports) and "Create report" (#/reports/create) in three steps: report content, delivery
// options with the "Configure S3 Bucket" dialog, and a review. The primary button keeps its
// node from step to step: "Next", "Next", then "Review and Complete".
import React from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { start, openDialog } from '../kit/app.jsx';
import { BucketDialog } from '../kit/bucket-dialog.jsx';
import { CheckField, ChoiceField, StepButton, TextField } from '../kit/controls.jsx';
import { update, useStore } from '../kit/store.js';

const LIST = '#/reports';
const CREATE = '#/reports/create';

update((s) => {
  s.choices.granularity = 'HOURLY';
  s.choices.versioning = 'CREATE_NEW_REPORT';
});

const DIALOG = {
  title: 'Configure S3 Bucket',
  // Inferred: section 9 B does not name the dialog's choices; section 8's are used.
  existing: 'Select existing bucket',
  create: 'Create a bucket',
  bucketDescription: 'The bucket must belong to this payer account.',
  confirm: 'I have confirmed that this policy is correct',
  save: 'Save',
};

function ReportContent() {
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">Report content</Header>}>
        <TextField label="Report name" field="exportName" />
      </Container>
      <Container header={<Header variant="h2">Additional report details</Header>}>
        <CheckField check="resourceIds" label="Include resource IDs" />
      </Container>
      <Container header={<Header variant="h2">Data refresh settings</Header>}>
        <CheckField check="refresh"
          label="Automatically refresh your Cost & Usage Report when charges are detected for previous months with closed bills" />
      </Container>
    </SpaceBetween>
  );
}

function DeliveryOptions() {
  const state = useStore();
  return (
    <Container header={<Header variant="h2">Delivery options</Header>}>
      <SpaceBetween size="m">
        <FormField label="S3 bucket">
          <SpaceBetween direction="horizontal" size="xs">
            <Box>{state.fields.configuredBucket || 'No bucket configured'}</Box>
            <Button onClick={() => openDialog('bucket')}>Configure</Button>
            {state.fields.configuredBucket && <StatusIndicator type="success">Valid Bucket</StatusIndicator>}
          </SpaceBetween>
        </FormField>
        <TextField label="Report path prefix" field="prefix" constraintText="No / at the start or the end." />
        <ChoiceField choice="granularity" label="Time granularity"
          items={[['HOURLY', 'Hourly'], ['DAILY', 'Daily'], ['MONTHLY', 'Monthly']]} />
        <ChoiceField choice="versioning" label="Report versioning"
          items={[['CREATE_NEW_REPORT', 'Create new report version'], ['OVERWRITE_REPORT', 'Overwrite existing report']]} />
        <FormField label="Enable report data integration for">
          <SpaceBetween size="xs">
            <CheckField check="athena" label="Amazon Athena" />
            <CheckField check="redshift" label="Amazon Redshift" />
            <CheckField check="quicksight" label="Amazon QuickSight" />
          </SpaceBetween>
        </FormField>
      </SpaceBetween>
    </Container>
  );
}

function Review() {
  const state = useStore();
  return (
    <Container header={<Header variant="h2">Review</Header>}>
      <KeyValuePairs columns={2} items={[
        { label: 'Report name', value: state.fields.exportName || '-' },
        { label: 'S3 bucket', value: state.fields.configuredBucket || '-' },
        { label: 'Report path prefix', value: state.fields.prefix || '-' },
        { label: 'Time granularity', value: state.choices.granularity },
      ]} />
    </Container>
  );
}

const STEPS = [ReportContent, DeliveryOptions, Review];

function CreateReport() {
  const state = useStore();
  const Step = STEPS[state.step];
  const last = state.step === STEPS.length - 1;
  const next = () => update((s) => {
    if (last) {
      s.created = { ...s.fields, ...s.choices, ...s.checks };
    } else {
      s.step += 1;
    }
  });
  return (
    <ContentLayout header={<Header variant="h1" description={`Step ${state.step + 1} of ${STEPS.length}`}>Create report</Header>}>
      <Form actions={(
        <SpaceBetween direction="horizontal" size="xs">
          <Button key="cancel" variant="link" onClick={() => { location.hash = LIST; }}>Cancel</Button>
          <Button key="previous" disabled={state.step === 0} onClick={() => update((s) => { s.step -= 1; })}>Previous</Button>
          <StepButton key="primary" text={last ? 'Review and Complete' : 'Next'} onClick={next} />
        </SpaceBetween>
      )}>
        <Step />
      </Form>
      <BucketDialog words={DIALOG} />
    </ContentLayout>
  );
}

function Reports() {
  return (
    <ContentLayout header={(
      <Header variant="h1" actions={<Button variant="primary" onClick={() => { location.hash = CREATE; }}>Create report</Button>}>
        Cost & Usage Reports
      </Header>
    )}>
      <Container><Box>No reports.</Box></Container>
    </ContentLayout>
  );
}

function Bills() {
  return <ContentLayout header={<Header variant="h1">Bills</Header>}><Box>No bills for this period.</Box></ContentLayout>;
}

start([
  { matches: (hash) => hash === CREATE || hash.startsWith(`${CREATE}/`), view: CreateReport },
  { matches: (hash) => hash === LIST, view: Reports },
  { matches: () => true, view: Bills },
]);
