import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PERMISSIONS, type Action } from '../../domain/access/permissions';
import { useMe } from '../auth/useMe';
import { PROMOTION_NS } from './promotion-i18n';

interface GrantUnitSelectProps {
  action: Action;
  /** Only units of these levels (a consultant directory lives in a province or the nation). */
  levels?: readonly string[];
  value: string;
  onChange: (unitId: string) => void;
  onBlur?: () => void;
  error?: string | undefined;
}

/**
 * The units where the account may do `action`: the units of its grants. Units below a grant (a
 * province's communes) are reached by the server's check, not offered here.
 */
export function GrantUnitSelect({ action, levels, value, onChange, onBlur, error }: GrantUnitSelectProps) {
  const { t } = useTranslation(PROMOTION_NS);
  const roles: readonly string[] = PERMISSIONS[action];
  const units = new Map(
    useMe()
      .grants.filter((g) => roles.includes(g.role) && (!levels || levels.includes(g.unitLevel)))
      .map((g) => [g.unitId, g.unitName]),
  );
  return (
    <Select
      label={t('unit')}
      placeholder={t('chooseUnit')}
      required
      data={[...units].map(([id, name]) => ({ value: id, label: name }))}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      onBlur={onBlur}
      error={error ?? (units.size === 0 ? t('noUnit') : undefined)}
    />
  );
}
