import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ReviewStampFlagInput, type StampOutput } from '../../contracts/stamps.contracts';
import { formatSerialForPrint } from '../../domain/stamps/stamp-serial';
import { applyProblemToForm } from '../forms/apply-problem';
import { ErrorAlert } from '../forms/ErrorAlert';
import { localizedResolver } from '../forms/localized-resolver';
import { STAMPS_NS } from './stamp-i18n';
import { stampsApi } from './stamps.api';

const EMPTY: ReviewStampFlagInput = { decision: 'dismiss', reason: '' };

/**
 * The standing office confirms or dismisses a stamp's "possible copy" flag with a reason: the
 * form, then a confirmation that says what shoppers will see, then the request.
 */
export function ReviewStampFlagModal({
  stamp,
  onClose,
  onDone,
}: {
  stamp: StampOutput | null;
  onClose: () => void;
  onDone: (stamp: StampOutput) => void;
}) {
  const { t, i18n } = useTranslation(STAMPS_NS);
  const [pending, setPending] = useState<ReviewStampFlagInput | null>(null);
  const form = useForm<ReviewStampFlagInput>({
    resolver: localizedResolver(ReviewStampFlagInput),
    defaultValues: EMPTY,
  });
  const review = useMutation({
    mutationFn: (values: ReviewStampFlagInput) => stampsApi.reviewFlag(stamp?.serial ?? '', values),
    onSuccess: (updated) => {
      form.reset(EMPTY);
      setPending(null);
      onDone(updated);
    },
    onError: (error) => {
      setPending(null);
      applyProblemToForm(error, form.setError, ['decision', 'reason'], i18n.language);
    },
  });
  const close = () => {
    form.reset(EMPTY);
    setPending(null);
    review.reset();
    onClose();
  };
  const serial = stamp ? formatSerialForPrint(stamp.serial) : '';
  const canConfirm = stamp?.copyFlag === 'open';
  return (
    <Modal opened={stamp !== null} onClose={close} title={t('reviewFlagTitle', { serial })}>
      {pending ? (
        <Stack gap="sm">
          <Alert
            color={pending.decision === 'confirm' ? 'red' : 'blue'}
            role="alert"
            title={t(pending.decision === 'confirm' ? 'reviewConfirmQuestion' : 'reviewDismissQuestion', {
              serial,
            })}
          >
            {t(pending.decision === 'confirm' ? 'reviewConfirmEffect' : 'reviewDismissEffect')}
          </Alert>
          <Text size="sm">
            {t('reason')}: {pending.reason}
          </Text>
          <ErrorAlert error={review.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setPending(null)}>
              {t('reviewBack')}
            </Button>
            <Button
              color={pending.decision === 'confirm' ? 'red' : 'blue'}
              loading={review.isPending}
              onClick={() => review.mutate(pending)}
            >
              {t(pending.decision === 'confirm' ? 'reviewDoConfirm' : 'reviewDoDismiss')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form noValidate onSubmit={form.handleSubmit((values) => setPending(values))}>
          <Stack gap="sm">
            <Text size="sm">{t('reviewFlagIntro')}</Text>
            {stamp && (
              <Text size="sm" c="dimmed">
                {t(stamp.hasPublicCopyWarning ? 'reviewShownNow' : 'reviewHiddenNow')}
              </Text>
            )}
            <ErrorAlert error={review.error} />
            <Controller
              control={form.control}
              name="decision"
              render={({ field }) => (
                <Radio.Group
                  label={t('reviewDecision')}
                  required
                  value={field.value}
                  onChange={(value) => field.onChange(value)}
                >
                  <Stack gap={6} mt={4}>
                    <Radio value="dismiss" label={t('reviewDismiss')} />
                    {canConfirm && <Radio value="confirm" label={t('reviewConfirm')} />}
                  </Stack>
                </Radio.Group>
              )}
            />
            <Textarea
              label={t('reason')}
              description={t('reviewReasonHint')}
              required
              autosize
              minRows={2}
              maxLength={500}
              data-autofocus
              error={
                form.formState.errors.reason
                  ? form.formState.errors.reason.type === 'server'
                    ? form.formState.errors.reason.message
                    : t('reasonRequired')
                  : undefined
              }
              {...form.register('reason')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('cancel')}
              </Button>
              <Button type="submit">{t('reviewContinue')}</Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
