import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One labelled value of a description list (`<dl>`); an empty value reads as a dash. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ whiteSpace: 'pre-line' }}>
        {children || '—'}
      </Text>
    </div>
  );
}
