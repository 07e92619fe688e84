import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountOutput } from '../../contracts/accounts.contracts';

export function AccountStatusBadge({ account }: { account: Pick<AccountOutput, 'status'> }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Badge
        style={{ flexShrink: 0 }}
        styles={{ label: { overflow: 'visible' } }}
        color={account.status === 'active' ? 'ocop.8' : 'gray.8'}
        variant="outline"
      >
        {t(`accounts.status.${account.status}`)}
      </Badge>
    </Group>
  );
}
