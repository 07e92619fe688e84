import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../forms/ConfirmDialog';
import { STAMPS_NS } from './stamp-i18n';
import { stampsApi } from './stamps.api';

/** Deactivating one stamp (vô hiệu hóa), after a confirmation, with the reason shoppers will see. */
export function DeactivateStampModal({
  serial,
  onClose,
  onDone,
}: {
  serial: string | null;
  onClose: () => void;
  onDone: (serial: string) => void;
}) {
  const { t } = useTranslation(STAMPS_NS);
  const deactivate = useMutation({
    mutationFn: (reason: string) => stampsApi.deactivate(serial ?? '', reason),
    onSuccess: (stamp) => onDone(stamp.serial),
  });
  return (
    <ConfirmDialog
      opened={serial !== null}
      onClose={onClose}
      title={t('deactivateTitle', { serial: serial ?? '' })}
      consequence={t('deactivateIntro')}
      recipients={t('deactivateWho')}
      reason={{ label: t('reason'), description: t('reasonHint'), minLength: 3, maxLength: 500 }}
      confirmLabel={t('confirmDeactivate')}
      color="red"
      onConfirm={(reason) => deactivate.mutateAsync(reason ?? '')}
    />
  );
}
