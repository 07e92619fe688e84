import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { GrantView } from '../../contracts/auth.contracts';
import { removeGrant } from '../api/accounts.api';
import { ConfirmAction } from '../forms/ConfirmAction';
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
  const role = roleLabel(grant.role, i18n.language);
  const mutation = useMutation({
    mutationFn: () => removeGrant(accountId, grant.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ACCOUNTS_KEY }),
  });

  return (
    <ConfirmAction
      label={t('grants.remove')}
      color="red.9"
      buttonProps={{
        size: 'compact-sm',
        variant: 'subtle',
        leftSection: <IconTrash size={14} aria-hidden />,
        'aria-label': t('grants.removeLabel', { role, unit: grant.unitName }),
      }}
      title={t('grants.removeTitle')}
      consequence={t('grants.removeConfirm', { role, unit: grant.unitName })}
      onConfirm={() => mutation.mutateAsync()}
    />
  );
}
