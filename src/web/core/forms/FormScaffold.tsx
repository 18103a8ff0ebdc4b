import { Button, Group, Stack, type StackProps } from '@mantine/core';
import { type ChangeEvent, type CSSProperties, type ReactNode, useState } from 'react';
import type { z } from 'zod';
import { errorElsewhere, errorUnder } from '../api/field-errors.js';
import { ErrorNotice } from '../components/common.js';
import { maxLengthOf } from './validate.js';

/**
 * The one scaffold of the web app's forms: the fields' state, each field bound to its value, the
 * API's reason for it and the schema's length; above the fields any refusal no field shows (a
 * conflict with an edit made meanwhile — the If-Match the request carried — among them); the submit
 * button busy while the request runs. A refused save keeps every field as typed.
 */

// Mantine's error red is too light on white for WCAG contrast; forms use a darker one.
export const READABLE_ERRORS = { '--mantine-color-error': 'var(--mantine-color-red-9)' } as CSSProperties;

type Shape = Record<string, z.ZodType>;

/** The state of a form's plain fields, with a setter per field. */
export function useFormFields<F extends Record<string, unknown>>(initial: F | (() => F)) {
  const [form, setForm] = useState<F>(initial);
  const set = <K extends keyof F>(k: K, v: F[K]) => setForm((f) => ({ ...f, [k]: v }));
  return { form, set, setForm };
}

/**
 * Binds fields to inputs: `{...text('city')}` gives a TextInput or Textarea its value, its change,
 * the API's reason for that field and the schema's maximum length.
 */
export function fieldBinder<F extends Record<string, unknown>>(
  form: F,
  set: <K extends keyof F>(k: K, v: F[K]) => void,
  error: unknown,
  shape?: Shape,
) {
  return {
    text: (key: keyof F & string) => ({
      value: String(form[key] ?? ''),
      onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
        set(key, e.currentTarget.value as F[typeof key]),
      error: errorUnder(error, key),
      maxLength: shape ? maxLengthOf(shape[key]) : undefined,
    }),
    /** a Select of fixed choices, never empty */
    choice: (key: keyof F & string) => ({
      value: form[key] as string | null,
      onChange: (v: string | null) => {
        if (v) set(key, v as F[typeof key]);
      },
      allowDeselect: false,
      error: errorUnder(error, key),
    }),
    error: (...keys: string[]) => errorUnder(error, ...keys),
  };
}

/** Trimmed text, or null when nothing is left: how optional text fields are sent. */
export const orNull = (s: string): string | null => s.trim() || null;

/**
 * The form element: no browser validation (the schema's messages are the ones shown), the refusal
 * no field shows above the fields, the fields, and the submit button (with any other buttons).
 */
export function FormScaffold({
  save,
  onSubmit = () => (save.mutate as () => void)(),
  shown,
  submitLabel,
  extraButtons,
  label,
  children,
  gap = 'sm',
  ...stack
}: {
  /** the form's mutation: its error and whether it runs */
  save: { mutate: (v: never) => void; error: unknown; isPending: boolean };
  /** what the submit does, when not `save.mutate()` */
  onSubmit?: () => void;
  /** the fields the form shows a reason beside; a refusal of any other goes above the fields */
  shown: readonly string[] | false;
  submitLabel: ReactNode;
  extraButtons?: ReactNode;
  /** the form's accessible name, where the page holds more than one */
  label?: string;
  children: ReactNode;
} & Omit<StackProps, 'children' | 'onSubmit'>) {
  const error = save.error;
  const unplaced = shown !== false && errorElsewhere(error, shown);
  return (
    <form
      style={READABLE_ERRORS}
      noValidate
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <Stack gap={gap} {...stack}>
        {unplaced && <ErrorNotice error={error} />}
        {children}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {submitLabel}
          </Button>
          {extraButtons}
        </Group>
      </Stack>
    </form>
  );
}
