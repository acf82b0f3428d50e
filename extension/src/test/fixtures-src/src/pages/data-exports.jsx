// Billing and Cost Management, Data Exports (docs/aws-billing-facts.md section 8; section 9 A for the "Legacy
// CUR export" type): the "Exports and dashboards" list (#/bcm-data-exports) with a Healthy and
// an Unhealthy export, and the create page (#/bcm-data-exports/create) with its "Configure S3
// bucket" dialog. One single-page app, as in the console.
import React from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import Tiles from '@cloudscape-design/components/tiles';
import { start, openDialog } from '../kit/app.jsx';
import { BucketDialog } from '../kit/bucket-dialog.jsx';
import { CheckField, ChoiceField, TextField } from '../kit/controls.jsx';
import { setChoice, update, useStore } from '../kit/store.js';

const LIST = '#/bcm-data-exports';
const CREATE = '#/bcm-data-exports/create';

update((s) => {
  s.exports = [
    { name: 'metricly-cur2', status: 'Healthy', type: 'Standard data export', table: 'CUR 2.0',
      created: 'March 3, 2025', refreshed: 'December 1, 2026', bucket: 'metricly-example' },
    { name: 'focus-monthly', status: 'Unhealthy', type: 'Standard data export', table: 'FOCUS 1.2 with AWS columns',
      created: 'May 12, 2025', refreshed: 'November 2, 2026', bucket: 'old-billing-bucket' },
  ];
  s.choices.exportType = 'standard';
  s.choices.table = 'cur2';
  s.choices.granularity = 'HOURLY';
  s.choices.format = 'PARQUET';
  s.choices.versioning = 'OVERWRITE_REPORT';
});

const DIALOG = {
  title: 'Configure S3 bucket',
  // Inferred: the reference names "Create a bucket" only; the existing-bucket choice is worded as layout B's.
  existing: 'Select existing bucket',
  create: 'Create a bucket',
  bucketDescription: 'Data Exports writes its bucket policy onto this bucket.',
  policyLabel: 'Bucket policy',
  // Inferred: the acknowledgement's wording was not found in the reference.
  confirm: 'I acknowledge that Data Exports will overwrite the existing bucket policy',
  save: 'Save policy to S3 bucket',
};

function Status({ status }) {
  return <StatusIndicator type={status === 'Healthy' ? 'success' : 'error'}>{status}</StatusIndicator>;
}

function ExportsList() {
  const state = useStore();
  const columns = [
    { id: 'name', header: 'Export name', cell: (item) => <Link href={`${LIST}/${item.name}`}>{item.name}</Link> },
    { id: 'status', header: 'Status', cell: (item) => <Status status={item.status} /> },
    { id: 'type', header: 'Export type', cell: (item) => item.type },
    { id: 'table', header: 'Data table', cell: (item) => item.table },
    { id: 'created', header: 'Date created', cell: (item) => item.created },
    { id: 'refreshed', header: 'Date last refreshed', cell: (item) => item.refreshed },
    { id: 'bucket', header: 'S3 bucket', cell: (item) => item.bucket },
  ];
  return (
    <ContentLayout header={<Header variant="h1">Data Exports</Header>}>
      <Table items={state.exports} columnDefinitions={columns} trackBy="name" variant="container"
        header={(
          <Header counter={`(${state.exports.length})`}
            actions={<Button variant="primary" onClick={() => { location.hash = CREATE; }}>Create</Button>}>
            Exports and dashboards
          </Header>
        )} />
    </ContentLayout>
  );
}

function ExportType() {
  const state = useStore();
  return (
    <FormField label="Export type">
      <Tiles value={state.choices.exportType} onChange={({ detail }) => setChoice('exportType', detail.value)}
        items={[
          { value: 'standard', label: 'Standard data export' },
          { value: 'dashboard', label: 'Cost and usage dashboard' },
          { value: 'legacy', label: 'Legacy CUR export' },
        ]} />
    </FormField>
  );
}

const GRANULARITY = [['HOURLY', 'Hourly'], ['DAILY', 'Daily'], ['MONTHLY', 'Monthly']];

/** Section 8, step 3: the table and, for CUR 2.0, its options. */
function TableSettings() {
  const state = useStore();
  return (
    <Container header={<Header variant="h2">Data table configurations</Header>}>
      <SpaceBetween size="m">
        <ChoiceField choice="table" items={[
          ['cur2', 'CUR 2.0'],
          ['focus10', 'FOCUS 1.0 with AWS columns'],
          ['focus', 'FOCUS 1.2 with AWS columns'],
          ['optimization', 'Cost optimization recommendations'],
          ['carbon', 'Carbon emissions'],
        ]} />
        {state.choices.table === 'cur2' && (
          <SpaceBetween size="s">
            <CheckField check="resourceIds" label="Include resource IDs" />
            <CheckField check="splitCost" label="Split cost allocation data" />
            <CheckField check="capacityReservation" label="Include Capacity reservation data" />
            <CheckField check="manualDiscount" label="Enable manual discount format" />
            <CheckField check="callerIdentity" label="Include caller identity (IAM principal) allocation data" />
            <ChoiceField choice="granularity" label="Time granularity" items={GRANULARITY} />
          </SpaceBetween>
        )}
      </SpaceBetween>
    </Container>
  );
}

/** Section 8, step 4. */
function DeliverySettings() {
  return (
    <Container header={<Header variant="h2">Data table delivery options</Header>}>
      <SpaceBetween size="m">
        <FormField label="Data export refresh cadence"><Box>Daily - export is refreshed up to one time per day</Box></FormField>
        <ChoiceField choice="format" label="Compression type and file format"
          items={[['PARQUET', 'Parquet – Parquet'], ['TEXT_OR_CSV', 'gzip – text/csv']]} />
        <ChoiceField choice="versioning" label="File versioning"
          items={[['OVERWRITE_REPORT', 'Overwrite existing data export file'], ['CREATE_NEW_REPORT', 'Create new data export file']]} />
      </SpaceBetween>
    </Container>
  );
}

/** Section 9 A: the "Legacy CUR export" type's settings, in place of the two blocks above. */
function LegacySettings() {
  return (
    <Container header={<Header variant="h2">Export content</Header>}>
      <SpaceBetween size="m">
        <CheckField check="resourceIds" label="Include resource IDs" />
        <CheckField check="splitCost" label="Split cost allocation data" />
        <CheckField check="manualDiscount" label="Enable manual discount format" />
        <CheckField check="refresh" label="Refresh automatically" />
        <ChoiceField choice="granularity" label="Time granularity" items={GRANULARITY} />
        <ChoiceField choice="versioning" label="Report versioning"
          items={[['CREATE_NEW_REPORT', 'Create new report version'], ['OVERWRITE_REPORT', 'Overwrite existing report']]} />
        <FormField label="Report data integration">
          <SpaceBetween size="xs">
            <CheckField check="athena" label="Amazon Athena" />
            <CheckField check="redshift" label="Amazon Redshift" />
            <CheckField check="quicksight" label="Amazon QuickSight" />
          </SpaceBetween>
        </FormField>
        <ChoiceField choice="format" label="Compression type and file format"
          items={[['PARQUET', 'Parquet'], ['GZIP', 'gzip – text/csv'], ['ZIP', 'zip – text/csv']]} />
      </SpaceBetween>
    </Container>
  );
}

/** Section 8, step 5. */
function StorageSettings() {
  const state = useStore();
  return (
    <Container header={<Header variant="h2">Data export storage settings</Header>}>
      <SpaceBetween size="m">
        <FormField label="S3 bucket">
          <SpaceBetween direction="horizontal" size="xs">
            <Box>{state.fields.configuredBucket || 'No bucket configured'}</Box>
            <Button onClick={() => openDialog('bucket')}>Configure</Button>
          </SpaceBetween>
        </FormField>
        <TextField label="S3 path prefix" field="prefix" />
      </SpaceBetween>
    </Container>
  );
}

function CreateExport() {
  const state = useStore();
  const legacy = state.choices.exportType === 'legacy';
  const create = () => update((s) => { s.created = { ...s.fields, ...s.choices, ...s.checks }; });
  return (
    <ContentLayout header={<Header variant="h1">Create</Header>}>
      <Form actions={(
        <SpaceBetween direction="horizontal" size="xs">
          <Button key="cancel" variant="link" onClick={() => { location.hash = LIST; }}>Cancel</Button>
          <Button key="create" variant="primary" onClick={create}>{legacy ? 'Create report' : 'Create'}</Button>
        </SpaceBetween>
      )}>
        <SpaceBetween size="l">
          <Container header={<Header variant="h2">Export type and name</Header>}>
            <SpaceBetween size="m">
              <ExportType />
              <TextField label="Export name" field="exportName"
                constraintText="Up to 128 characters: a-z, A-Z, 0-9, - and _. Must be unique." />
            </SpaceBetween>
          </Container>
          {legacy ? <LegacySettings /> : <><TableSettings /><DeliverySettings /></>}
          <StorageSettings />
          <Container header={<Header variant="h2">Tags</Header>}><Box>No tags associated with the resource.</Box></Container>
        </SpaceBetween>
      </Form>
      <BucketDialog words={DIALOG} />
    </ContentLayout>
  );
}

function Home() {
  return <ContentLayout header={<Header variant="h1">Cost Management</Header>}><Box>Home</Box></ContentLayout>;
}

start([
  { matches: (hash) => hash === CREATE || hash.startsWith(`${CREATE}/`), view: CreateExport },
  { matches: (hash) => hash === LIST || hash.startsWith(`${LIST}/`), view: ExportsList },
  { matches: () => true, view: Home },
]);
