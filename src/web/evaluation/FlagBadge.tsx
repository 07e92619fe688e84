import { Badge, Tooltip } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlagLabel } from '../../domain/rubric/flag-labels';

/**
 * A mandatory-criterion flag as a labelled badge ("Bắt buộc để đạt 3 sao") whose explanation
 * shows on hover and on keyboard focus; screen readers read it as the badge's description.
 */
export function FlagBadge({ label }: { label: FlagLabel }) {
  const { i18n } = useTranslation();
  const id = useId();
  const en = i18n.language === 'en';
  const explanation = en ? label.explanationEn : label.explanationVi;
  return (
    <Tooltip
      label={explanation}
      multiline
      w={320}
      withArrow
      events={{ hover: true, focus: true, touch: true }}
    >
      <Badge
        component="span"
        tabIndex={0}
        ml="xs"
        color="grape"
        variant="light"
        style={{ textTransform: 'none', cursor: 'help' }}
        aria-describedby={id}
        data-testid="flag-badge"
      >
        {en ? label.en : label.vi}
        <span id={id} className="visually-hidden">
          {explanation}
        </span>
      </Badge>
    </Tooltip>
  );
}
