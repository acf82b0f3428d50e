// Cloudscape controls bound to the page's state: what a console page built with Cloudscape
// renders, with the page's own React onChange handlers recording what reaches them.
import React from 'react';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import RadioGroup from '@cloudscape-design/components/radio-group';
import { options } from './options.js';
import { useStore, setField, setCheck, setChoice } from './store.js';
import { closeDialog } from './app.jsx';

export function TextField({ label, field, description, constraintText, placeholder }) {
  const state = useStore();
  if (state.hidden[field]) {
    return null;
  }
  return (
    <FormField label={label} description={description} constraintText={constraintText}>
      <Input value={state.fields[field] || ''} placeholder={placeholder}
        onChange={({ detail }) => setField(field, detail.value)} />
    </FormField>
  );
}

export function CheckField({ check, label, description, disabled = false }) {
  const state = useStore();
  return (
    <Checkbox checked={Boolean(state.checks[check])} description={description} disabled={disabled}
      onChange={({ detail }) => setCheck(check, detail.checked)}>{label}</Checkbox>
  );
}

/** A radio group; items are [value, label] or [value, label, description]. */
export function ChoiceField({ choice, label, description, items }) {
  const state = useStore();
  return (
    <FormField label={label} description={description}>
      <RadioGroup value={state.choices[choice] || null}
        onChange={({ detail }) => setChoice(choice, detail.value)}
        items={items.map(([value, text, more]) => ({ value, label: text, description: more }))} />
    </FormField>
  );
}

/**
 * The primary button of a multi-step dialog or form. With inPlaceText its node stays and only
 * its text changes ("Next" becomes "Save"), as React does for the same component in the same
 * place; without, each text gets a node of its own.
 */
export function StepButton({ text, onClick }) {
  const key = options.inPlaceText ? 'primary' : text;
  return <Button key={key} variant="primary" onClick={onClick}>{text}</Button>;
}

/**
 * A Cloudscape Modal. Cloudscape keeps a Modal's content mounted while visible=false (hidden
 * with display:none); the hiddenDialog scenario renders it that way, otherwise it is rendered
 * only while open.
 */
export function Dialog({ open, header, footer, children }) {
  if (!open && !options.hiddenDialog) {
    return null;
  }
  return (
    <Modal visible={open} header={header} footer={footer} onDismiss={closeDialog}>
      {children}
    </Modal>
  );
}
