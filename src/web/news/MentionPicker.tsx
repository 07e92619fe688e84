import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NEWS_NS } from './news-i18n';
import { newsApi } from './news.api';

export interface MentionOption {
  value: string;
  label: string;
}

async function search(
  kind: 'products' | 'producers',
  q: string,
  signal: AbortSignal,
): Promise<MentionOption[]> {
  if (kind === 'products') {
    const found = await newsApi.searchProducts(q, signal);
    return found.items.map((p) => ({ value: p.id, label: `${p.name} — ${p.producerName}` }));
  }
  const found = await newsApi.searchProducers(q, signal);
  return found.items.map((p) => ({ value: p.id, label: `${p.name} (${p.registrationNumber})` }));
}

/**
 * Products or producers an article mentions: type a name, pick from what the account may see.
 * Those already chosen keep their names (`initial`) even when a search no longer finds them.
 */
export function MentionPicker(props: {
  kind: 'products' | 'producers';
  label: string;
  value: string[];
  initial: readonly MentionOption[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation(NEWS_NS);
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const [known, setKnown] = useState<Map<string, string>>(
    () => new Map(props.initial.map((o) => [o.value, o.label])),
  );
  const found = useQuery({
    queryKey: ['news-mentions', props.kind, debounced],
    queryFn: ({ signal }) => search(props.kind, debounced, signal),
    enabled: debounced.length >= 2,
    placeholderData: keepPreviousData,
  });
  const options = new Map(known);
  for (const option of found.data ?? []) options.set(option.value, option.label);
  return (
    <MultiSelect
      label={props.label}
      placeholder={t('mentionSearch')}
      description={t('mentionHint')}
      searchable
      clearable
      data={[...options].map(([value, label]) => ({ value, label }))}
      value={props.value}
      onChange={(ids) => {
        setKnown((previous) => {
          const next = new Map(previous);
          for (const chosen of ids) next.set(chosen, options.get(chosen) ?? chosen);
          return next;
        });
        props.onChange(ids);
      }}
      searchValue={text}
      onSearchChange={setText}
      filter={({ options: shown }) => shown}
      nothingFoundMessage={debounced.length >= 2 ? t('mentionNone') : t('mentionType')}
      maxValues={50}
      error={props.error}
    />
  );
}
