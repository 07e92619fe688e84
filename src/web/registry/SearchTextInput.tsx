import { TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

/**
 * The search box of a list: shows what is typed at once and reports it, trimmed (undefined when
 * empty), 300 ms after the last keystroke — so a list kept in the address bar is not reloaded per key.
 */
export function SearchTextInput({
  initial,
  onSearch,
  ...props
}: Omit<TextInputProps, 'value' | 'onChange' | 'type'> & {
  initial: string;
  onSearch: (q: string | undefined) => void;
}) {
  const [text, setText] = useState(initial);
  const report = useDebouncedCallback((value: string) => onSearch(value.trim() || undefined), 300);
  return (
    <TextInput
      type="search"
      leftSection={<IconSearch size={16} aria-hidden />}
      w={320}
      {...props}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        report(event.currentTarget.value);
      }}
    />
  );
}
