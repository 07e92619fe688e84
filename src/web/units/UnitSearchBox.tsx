import { Badge, Group, Loader, Paper, Select, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../forms/ErrorAlert';
import { unitNameWithParent } from './unit-label';
import { UNIT_LEVELS, unitLevelKey } from './unit-levels';
import { useUnitSearch } from './useUnitSearch';

interface UnitSearchBoxProps {
  asOf: string | undefined;
  onSelect: (unitId: string) => void;
}

/** Search units by name, with or without diacritics ("tan lap" finds "Tân Lập"). */
export function UnitSearchBox({ asOf, onSelect }: UnitSearchBoxProps) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [level, setLevel] = useState<string | null>(null);
  const { units, isSearching, error, isEnabled } = useUnitSearch(text, {
    asOf,
    level: level ?? undefined,
    limit: 30,
  });

  return (
    <Paper withBorder p="md" role="search" aria-label={t('units.searchTitle')}>
      <Stack gap="sm">
        <Group grow align="flex-start" preventGrowOverflow={false}>
          <TextInput
            type="search"
            label={t('units.searchLabel')}
            description={t('units.searchHint')}
            leftSection={<IconSearch size={16} aria-hidden />}
            rightSection={isSearching ? <Loader size={14} aria-hidden /> : undefined}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
          />
          <Select
            label={t('units.levelFilter')}
            placeholder={t('units.allLevels')}
            clearable
            data={UNIT_LEVELS.map((value) => ({ value, label: t(unitLevelKey(value)) }))}
            value={level}
            onChange={setLevel}
            maw={200}
          />
        </Group>
        <ErrorAlert error={error} />
        <Text size="sm" role="status" aria-live="polite" c={isEnabled ? undefined : 'dimmed'}>
          {isEnabled
            ? isSearching && units.length === 0
              ? t('common.loading')
              : t('units.found', { count: units.length })
            : ''}
        </Text>
        {units.length > 0 && (
          <ul className="unit-tree" aria-label={t('units.searchResults')}>
            {units.map((unit) => (
              <li key={unit.id}>
                <UnstyledButton
                  onClick={() => onSelect(unit.id)}
                  py={4}
                  px={6}
                  w="100%"
                  style={{ borderRadius: 4 }}
                >
                  <Group gap={6} wrap="wrap">
                    <Text size="sm" fw={500}>
                      {unitNameWithParent(unit, i18n.language)}
                    </Text>
                    <Badge size="xs" variant="outline" color="gray.7">
                      {t(unitLevelKey(unit.level))}
                    </Badge>
                    {unit.validTo && (
                      <Badge size="xs" variant="outline" color="red.9">
                        {t('units.defunct')}
                      </Badge>
                    )}
                  </Group>
                </UnstyledButton>
              </li>
            ))}
          </ul>
        )}
      </Stack>
    </Paper>
  );
}
