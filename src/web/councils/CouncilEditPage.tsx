import { Anchor, Loader, Stack } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { SaveErrorAlert } from '../registry/SaveErrorAlert';
import { CouncilForm, councilToFormValues, toCouncilInput } from './CouncilForm';
import { COUNCILS_KEY, councilsApi } from './councils.api';
import { COUNCILS_NS } from './councils-i18n';

/**
 * Sửa hội đồng — the creation form, prefilled. A save over someone else's newer change is refused
 * (409 on the version) and explained with a reload button; a member still scoring keeps the seat.
 */
export function CouncilEditPage() {
  const { t } = useTranslation(COUNCILS_NS);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { councilId } = useParams({ from: '/authenticated/councils/$councilId/edit' });
  const council = useQuery({
    queryKey: ['councils', councilId],
    queryFn: ({ signal }) => councilsApi.council(councilId, signal),
  });
  const c = council.data;
  return (
    <Stack gap="lg" maw={1000}>
      <Anchor
        renderRoot={(props) => <Link {...props} to="/councils/$councilId" params={{ councilId }} />}
        size="sm"
      >
        ← {t('backToCouncil')}
      </Anchor>
      <PageHeading documentTitle={t('editCouncilTitle')}>
        {t('editCouncilTitle')}
        {c ? `: ${c.name}` : ''}
      </PageHeading>
      <ErrorAlert error={council.error} />
      {council.isPending && <Loader aria-label={t('loading')} />}
      {c && (
        <CouncilForm
          key={c.version}
          defaultValues={councilToFormValues(c)}
          units={[{ unitId: c.unitId, unitName: c.unitName, level: c.level }]}
          isUnitFixed
          submitLabel={t('saveCouncilChanges')}
          renderError={(error) => <SaveErrorAlert error={error} staleMessage={t('staleCouncil')} />}
          onSubmit={async (values) => {
            const { unitId: _unitId, ...rest } = toCouncilInput(values);
            await councilsApi.updateCouncil(c.id, { ...rest, version: c.version });
            await queryClient.invalidateQueries({ queryKey: COUNCILS_KEY });
            await navigate({ to: '/councils/$councilId', params: { councilId: c.id } });
          }}
        />
      )}
    </Stack>
  );
}
