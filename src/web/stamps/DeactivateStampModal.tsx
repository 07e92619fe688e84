import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DeactivateStampInput } from '../../contracts/stamps.contracts';
import { applyProblemToForm } from '../forms/apply-problem';
import { ErrorAlert } from '../forms/ErrorAlert';
import { localizedResolver } from '../forms/localized-resolver';
import { STAMPS_NS } from './stamp-i18n';
import { stampsApi } from './stamps.api';

/** Deactivating one stamp (vô hiệu hoá) with the reason shoppers will see. */
export function DeactivateStampModal({
  serial,
  onClose,
  onDone,
}: {
  serial: string | null;
  onClose: () => void;
  onDone: (serial: string) => void;
}) {
  const { t, i18n } = useTranslation(STAMPS_NS);
  const form = useForm<{ reason: string }>({
    resolver: localizedResolver(DeactivateStampInput),
    defaultValues: { reason: '' },
  });
  const deactivate = useMutation({
    mutationFn: (values: { reason: string }) => stampsApi.deactivate(serial ?? '', values.reason),
    onSuccess: (stamp) => {
      form.reset({ reason: '' });
      onDone(stamp.serial);
    },
    onError: (error) => applyProblemToForm(error, form.setError, ['reason'], i18n.language),
  });
  const close = () => {
    form.reset({ reason: '' });
    deactivate.reset();
    onClose();
  };
  return (
    <Modal opened={serial !== null} onClose={close} title={t('deactivateTitle', { serial: serial ?? '' })}>
      <form noValidate onSubmit={form.handleSubmit((values) => deactivate.mutate(values))}>
        <Stack gap="sm">
          <Text size="sm">{t('deactivateIntro')}</Text>
          <ErrorAlert error={deactivate.error} />
          <Textarea
            label={t('reason')}
            description={t('reasonHint')}
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
            <Button type="submit" color="red" loading={deactivate.isPending}>
              {t('confirmDeactivate')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
