import { Anchor, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/useMe';
import { ErrorAlert } from '../forms/ErrorAlert';
import { todayIsoDate } from '../i18n/format';
import { PageHeading } from '../layout/PageHeading';
import { CouncilForm, emptyMember, toCouncilInput, type CouncilFormUnit } from './CouncilForm';
import { COUNCILS_KEY, councilsApi } from './councils.api';
import { COUNCILS_NS } from './councils-i18n';

/** Set up a council: unit, term, and the members with their agency, position and role. */
export function CouncilCreatePage() {
  const { t } = useTranslation(COUNCILS_NS);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const units: CouncilFormUnit[] = me.grants
    .filter((g) => g.role === 'standing_office' && (g.unitLevel === 'province' || g.unitLevel === 'nation'))
    .map((g) => ({
      unitId: g.unitId,
      unitName: g.unitName,
      level: g.unitLevel === 'nation' ? 'central' : 'province',
    }));

  return (
    <Stack gap="lg" maw={1000}>
      <Anchor renderRoot={(props) => <Link {...props} to="/councils" />} size="sm">
        ← {t('backToCouncils')}
      </Anchor>
      <PageHeading>{t('createCouncilTitle')}</PageHeading>
      <CouncilForm
        defaultValues={{
          unitId: units[0]?.unitId ?? '',
          name: '',
          establishedBy: '',
          termFrom: todayIsoDate(),
          termTo: '',
          members: [emptyMember('chair')],
        }}
        units={units}
        submitLabel={t('saveCouncil')}
        renderError={(error) => <ErrorAlert error={error} />}
        onSubmit={async (values) => {
          const council = await councilsApi.createCouncil(toCouncilInput(values));
          await queryClient.invalidateQueries({ queryKey: COUNCILS_KEY });
          await navigate({ to: '/councils/$councilId', params: { councilId: council.id } });
        }}
      />
    </Stack>
  );
}
