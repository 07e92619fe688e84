import { Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGISTRY_NS } from './registry-i18n';
import { registryApi } from './registry.api';

interface CommunePickerProps {
  label: string;
  value: string | null;
  onChange: (communeId: string | null) => void;
  /** Name of the current commune when editing (it is not among the search hits yet). */
  valueLabel?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  onBlur?: () => void;
}

/**
 * Pick a current commune by typing part of its name (with or without diacritics). Uses the public
 * look-up, so it also works on the self-registration page before anyone signs in.
 */
export function CommunePicker({
  label,
  value,
  onChange,
  valueLabel,
  error,
  required,
  onBlur,
}: CommunePickerProps) {
  const { t } = useTranslation(REGISTRY_NS);
  const [searchText, setSearchText] = useState('');
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(
    value && valueLabel ? { value, label: valueLabel } : null,
  );
  const [debounced] = useDebouncedValue(searchText.trim(), 250);
  const search = useQuery({
    queryKey: ['registry', 'communes', debounced],
    queryFn: ({ signal }) => registryApi.communes(debounced, signal),
    enabled: debounced.length >= 2 && debounced !== chosen?.label,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const data = useMemo(() => {
    const found = (search.data?.items ?? []).map((unit) => ({
      value: unit.id,
      label: unit.parentName ? `${unit.fullName}, ${unit.parentName}` : unit.fullName,
    }));
    return chosen && !found.some((option) => option.value === chosen.value) ? [chosen, ...found] : found;
  }, [search.data, chosen]);

  return (
    <Select
      label={label}
      description={t('communeHint')}
      placeholder={t('communePlaceholder')}
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
      nothingFoundMessage={debounced.length >= 2 ? t('communeNothingFound') : t('communeTypeMore')}
      rightSection={search.isFetching ? <Loader size={14} aria-label={t('loading')} /> : undefined}
      error={error}
      onBlur={onBlur}
      maxDropdownHeight={320}
    />
  );
}
