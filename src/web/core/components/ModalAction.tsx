import { Button, Group, Modal } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A button that opens a form in a dialog; the form is mounted only while the dialog is open (so each
 * opening starts from the record as it is) and is given a way to close it once saved.
 */
export function ModalAction({
  label,
  children,
}: {
  /** the button's words, and the dialog's title */
  label: string;
  children: (close: () => void) => ReactNode;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  return (
    <>
      <Group>
        <Button size="xs" variant="default" onClick={() => setOpen(true)}>
          {label}
        </Button>
      </Group>
      <Modal
        opened={open}
        onClose={close}
        title={label}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {open && children(close)}
      </Modal>
    </>
  );
}
