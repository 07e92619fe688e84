import { Badge, Card, Group, Text } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { GrantView } from '../../contracts/auth.contracts';
import { roleLabel } from '../layout/roles';
import { unitLevelKey } from '../units/unit-levels';
import { formatDate } from '../i18n/format';

/** One role the user holds in one unit. */
export function GrantCard({ grant }: { grant: GrantView }) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder padding="md" radius="md" h="100%">
      <Text fw={700} c="ocop.8">
        {roleLabel(grant.role, i18n.language)}
      </Text>
      <Group gap={6} mt="xs" wrap="nowrap" align="flex-start">
        <IconMapPin size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
        <Text fw={600}>{grant.unitName}</Text>
      </Group>
      <Group gap="xs" mt="sm">
        <Badge variant="outline" color="gray.8">
          {t(unitLevelKey(grant.unitLevel))}
        </Badge>
        <Text size="xs" c="dimmed">
          {grant.validTo
            ? t('dashboard.validRange', {
                from: formatDate(grant.validFrom, i18n.language),
                to: formatDate(grant.validTo, i18n.language),
              })
            : t('dashboard.validFrom', { from: formatDate(grant.validFrom, i18n.language) })}
        </Text>
      </Group>
    </Card>
  );
}
