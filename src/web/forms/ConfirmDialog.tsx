import { Button, Group, Modal, Stack, Text, Textarea, type MantineColor } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error';
import { ErrorAlert } from './ErrorAlert';

/** A reason the person must give before confirming (kept in the audit log or shown to others). */
export interface ConfirmReason {
  label: string;
  description?: string;
  /** Shortest accepted reason once trimmed; 1 by default. */
  minLength?: number;
  maxLength?: number;
  /** The request field a server problem names for the reason; `reason` by default. */
  field?: string;
}

export interface ConfirmDialogProps {
  opened: boolean;
  onClose: () => void;
  /** The action, as a question or an imperative ("Gửi hồ sơ lên cấp trên?"). */
  title: string;
  /** What happens, and what can no longer be changed afterwards. */
  consequence: ReactNode;
  /** What is sent to whom, or who is told. */
  recipients?: ReactNode;
  /** Asks for a reason; the confirm button sends it to `onConfirm`. */
  reason?: ConfirmReason;
  /** Anything else the person should see before deciding (a warning, a summary). */
  children?: ReactNode;
  confirmLabel: string;
  color?: MantineColor;
  /**
   * Runs the action. The dialog shows it loading while the promise is pending, closes when it
   * resolves, and stays open showing the problem when it rejects.
   */
  onConfirm: (reason: string | undefined) => Promise<unknown> | void;
}

/**
 * The confirmation asked before an action that cannot be undone: titled with the action, stating
 * the consequence and the recipients, optionally asking for a reason. Mantine's modal traps the
 * focus, closes on Escape and returns the focus to the button that opened it; the dialog is named
 * by its title and described by its body. Cancel ("Hủy") has the focus first, unless a reason is
 * asked for.
 */
export function ConfirmDialog({
  opened,
  onClose,
  title,
  consequence,
  recipients,
  reason,
  children,
  confirmLabel,
  color,
  onConfirm,
}: ConfirmDialogProps) {
  const { t, i18n } = useTranslation();
  const reasonId = useId();
  const [text, setText] = useState('');
  const [isPending, setPending] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const minLength = reason?.minLength ?? 1;

  const close = () => {
    if (isPending) return;
    setText('');
    setProblem(null);
    setReasonError(null);
    onClose();
  };

  const confirm = async () => {
    const trimmed = text.trim();
    if (reason && trimmed.length < minLength) {
      setReasonError(
        minLength > 1 ? t('confirm.reasonTooShort', { count: minLength }) : t('confirm.reasonRequired'),
      );
      document.getElementById(reasonId)?.focus();
      return;
    }
    setProblem(null);
    setReasonError(null);
    setPending(true);
    try {
      await onConfirm(reason ? trimmed : undefined);
      setPending(false);
      setText('');
      onClose();
    } catch (error) {
      setPending(false);
      const field = reason?.field ?? 'reason';
      const onReason = isApiError(error) ? error.fieldErrors.find((e) => e.field === field) : undefined;
      if (onReason) {
        const isEnglish = i18n.language.startsWith('en');
        setReasonError(
          isEnglish ? onReason.messageEn || onReason.message : onReason.message || onReason.messageEn,
        );
      } else setProblem(error);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={title}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          // React bubbles through the portal: a page form around the button must not submit too.
          event.stopPropagation();
          void confirm();
        }}
      >
        <Stack gap="sm">
          <Text>{consequence}</Text>
          {recipients && (
            <Text size="sm" c="dimmed">
              {recipients}
            </Text>
          )}
          {children}
          {reason && (
            <Textarea
              id={reasonId}
              label={reason.label}
              description={reason.description}
              required
              autosize
              minRows={2}
              maxLength={reason.maxLength}
              data-autofocus
              value={text}
              error={reasonError}
              onChange={(event) => setText(event.currentTarget.value)}
            />
          )}
          <ErrorAlert error={problem} />
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={close}
              disabled={isPending}
              data-autofocus={!reason || undefined}
            >
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={color} loading={isPending}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
