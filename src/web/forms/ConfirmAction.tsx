import { Button, type ButtonProps } from '@mantine/core';
import { useState } from 'react';
import { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';

export type ConfirmActionProps = Omit<ConfirmDialogProps, 'opened' | 'onClose' | 'confirmLabel'> & {
  /** The button's text; also the confirm button's, unless `confirmLabel` says otherwise. */
  label: string;
  confirmLabel?: string;
  disabled?: boolean;
  /** Size, variant, icons… of the button that opens the dialog. */
  buttonProps?: Omit<ButtonProps, 'color' | 'disabled' | 'children'> & {
    'aria-describedby'?: string;
    'aria-label'?: string;
  };
};

/** A button that asks first (see `ConfirmDialog`) and then runs the action. */
export function ConfirmAction({
  label,
  confirmLabel,
  disabled,
  buttonProps,
  color,
  ...dialog
}: ConfirmActionProps) {
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <Button {...buttonProps} color={color} disabled={disabled} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <ConfirmDialog
        {...dialog}
        color={color}
        opened={isOpen}
        onClose={() => setOpen(false)}
        confirmLabel={confirmLabel ?? label}
      />
    </>
  );
}
