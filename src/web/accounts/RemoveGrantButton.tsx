import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { GrantView } from '../../contracts/auth.contracts';
import { removeGrant } from '../api/accounts.api';
import { ErrorAlert } from '../forms/ErrorAlert';
import { roleLabel } from '../layout/roles';
import { ACCOUNTS_KEY } from './account-queries';

interface RemoveGrantButtonProps {
  accountId: string;
  grant: GrantView;
}

/** Removes one role after asking for confirmation. */
export function RemoveGrantButton({ accountId, grant }: RemoveGrantButtonProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [isOpen, modal] = useDisclosure(false);
  const role = roleLabel(grant.role, i18n.language);
  const mutation = useMutation({
    mutationFn: () => removeGrant(accountId, grant.id),
    onSuccess: async () => {
      modal.close();
      await queryClient.invalidateQueries({ queryKey: ACCOUNTS_KEY });
    },
  });

  return (
    <>
      <Button
        size="compact-sm"
        variant="subtle"
        color="red.9"
        leftSection={<IconTrash size={14} aria-hidden />}
        onClick={modal.open}
        aria-label={t('grants.removeLabel', { role, unit: grant.unitName })}
      >
        {t('grants.remove')}
      </Button>
      <Modal opened={isOpen} onClose={modal.close} title={t('grants.removeTitle')} centered>
        <Stack>
          <Text>{t('grants.removeConfirm', { role, unit: grant.unitName })}</Text>
          <ErrorAlert error={mutation.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={modal.close} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red.9" loading={mutation.isPending} onClick={() => mutation.mutate()}>
              {t('grants.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
