import { Loader, Select } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/useMe';
import { unitLevelKey } from './unit-levels';
import { unitNameWithParent } from './unit-label';
import { useUnitSearch } from './useUnitSearch';

interface UnitOption {
  value: string;
  label: string;
}

interface UnitPickerProps {
  label: string;
  value: string | null;
  onChange: (unitId: string | null) => void;
  /** Label of the current value when it is not among the user's own units (e.g. when editing). */
  valueLabel?: string;
  description?: string;
  error?: string | undefined;
  required?: boolean;
  onBlur?: () => void;
}

/**
 * Pick an administrative unit by typing part of its name (with or without diacritics). Before
 * typing, it offers the units of the user's own grants.
 */
export function UnitPicker({
  label,
  value,
  onChange,
  valueLabel,
  description,
  error,
  required,
  onBlur,
}: UnitPickerProps) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [searchText, setSearchText] = useState('');
  const [chosen, setChosen] = useState<UnitOption | null>(
    value && valueLabel ? { value, label: valueLabel } : null,
  );
  const { units, isSearching } = useUnitSearch(searchText);

  const ownUnits = useMemo(() => {
    const seen = new Map<string, UnitOption>();
    for (const grant of me.grants) {
      if (!seen.has(grant.unitId)) {
        seen.set(grant.unitId, {
          value: grant.unitId,
          label: `${grant.unitName} — ${t(unitLevelKey(grant.unitLevel))}`,
        });
      }
    }
    return [...seen.values()];
  }, [me.grants, t]);

  const data = useMemo(() => {
    const found = units.map((unit) => ({
      value: unit.id,
      label: `${unitNameWithParent(unit, i18n.language)} — ${t(unitLevelKey(unit.level))}`,
    }));
    const options = found.length > 0 ? found : ownUnits;
    const current =
      chosen && chosen.value === value ? chosen : ownUnits.find((option) => option.value === value);
    return current && !options.some((option) => option.value === current.value)
      ? [current, ...options]
      : options;
  }, [units, ownUnits, chosen, value, t, i18n.language]);

  return (
    <Select
      label={label}
      description={description ?? t('unitPicker.hint')}
      placeholder={t('unitPicker.placeholder')}
      searchable
      clearable
      required={required}
      data={data}
      value={value}
      onChange={(next, option) => {
        setChosen(next ? option : null);
        onChange(next);
      }}
      searchValue={searchText}
      onSearchChange={setSearchText}
      filter={({ options }) => options}
      nothingFoundMessage={
        searchText.trim().length >= 2 ? t('unitPicker.nothingFound') : t('unitPicker.typeMore')
      }
      rightSection={isSearching ? <Loader size={14} aria-label={t('common.loading')} /> : undefined}
      error={error}
      onBlur={onBlur}
      maxDropdownHeight={320}
    />
  );
}
