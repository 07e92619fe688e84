import { ActionIcon, Badge, Group, Loader, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconPoint } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../forms/ErrorAlert';
import { unitChildrenQuery } from './unit-queries';
import { unitLevelKey } from './unit-levels';

interface TreeUnit {
  id: string;
  name: string;
  level: string;
}

interface UnitTreeNodeProps {
  unit: TreeUnit;
  asOf: string | undefined;
  selectedId: string | undefined;
  onSelect: (unitId: string) => void;
  isInitiallyOpen?: boolean;
}

/**
 * One unit in the tree (disclosure pattern): a button opens or closes its children, another
 * selects it. Communes have no children.
 */
export function UnitTreeNode({
  unit,
  asOf,
  selectedId,
  onSelect,
  isInitiallyOpen = false,
}: UnitTreeNodeProps) {
  const { t, i18n } = useTranslation();
  const [isOpen, setIsOpen] = useState(isInitiallyOpen);
  const canHaveChildren = unit.level !== 'commune';
  const children = useQuery({ ...unitChildrenQuery(unit.id, asOf), enabled: isOpen && canHaveChildren });
  const items = children.data?.items;
  const hiddenCount = (children.data?.total ?? 0) - (items?.length ?? 0);
  const isSelected = selectedId === unit.id;
  const groupId = `unit-children-${unit.id}`;

  return (
    <li>
      <Group gap={4} wrap="nowrap" py={2}>
        {canHaveChildren ? (
          <ActionIcon
            variant="subtle"
            color="dark"
            size="sm"
            onClick={() => setIsOpen((open) => !open)}
            aria-expanded={isOpen}
            aria-controls={isOpen ? groupId : undefined}
            aria-label={t(isOpen ? 'units.collapse' : 'units.expand', { name: unit.name })}
          >
            {isOpen ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
          </ActionIcon>
        ) : (
          <IconPoint
            size={16}
            aria-hidden
            style={{ margin: '0 4px', color: 'var(--mantine-color-gray-6)' }}
          />
        )}
        <UnstyledButton
          onClick={() => onSelect(unit.id)}
          aria-current={isSelected ? 'true' : undefined}
          px={6}
          py={2}
          style={{
            borderRadius: 4,
            background: isSelected ? 'var(--mantine-color-ocop-0)' : undefined,
            outlineOffset: 2,
          }}
        >
          <Group gap={6} wrap="nowrap">
            <Text size="sm" fw={isSelected ? 700 : 500} c={isSelected ? 'ocop.8' : undefined}>
              {unit.name}
            </Text>
            <Badge size="xs" variant="outline" color="gray.7">
              {t(unitLevelKey(unit.level))}
            </Badge>
          </Group>
        </UnstyledButton>
        {children.isFetching && <Loader size={12} aria-label={t('common.loading')} lang={i18n.language} />}
      </Group>
      {isOpen && canHaveChildren && (
        <ul id={groupId} aria-label={t('units.childrenOf', { name: unit.name })}>
          {children.error ? (
            <li>
              <ErrorAlert error={children.error} />
            </li>
          ) : null}
          {items?.length === 0 && (
            <li>
              <Text size="sm" c="dimmed" py={2}>
                {t('units.noChildren')}
              </Text>
            </li>
          )}
          {items?.map((child) => (
            <UnitTreeNode
              key={child.id}
              unit={{ id: child.id, name: child.fullName, level: child.level }}
              asOf={asOf}
              selectedId={selectedId}
              onSelect={onSelect}
            />
          ))}
          {hiddenCount > 0 && (
            <li>
              <Text size="sm" c="dimmed" py={2}>
                {t('units.moreChildren', { count: hiddenCount })}
              </Text>
            </li>
          )}
        </ul>
      )}
    </li>
  );
}
