import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../forms/ErrorAlert';
import { IdeaForm } from './IdeaCreatePage';
import { IDEAS_KEY } from './IdeasPage';
import { PROGRAMME_NS } from './programme-i18n';
import { programmeApi } from './programme.api';

/** The producer corrects an idea the commune sent back, reading the commune's reason, and submits it again. */
export function IdeaEditPage() {
  const { t } = useTranslation(PROGRAMME_NS);
  const { ideaId } = useParams({ from: '/authenticated/ideas/$ideaId/edit' });
  const idea = useQuery({
    queryKey: [...IDEAS_KEY, ideaId],
    queryFn: ({ signal }) => programmeApi.idea(ideaId, signal),
  });
  if (idea.error) return <ErrorAlert error={idea.error} />;
  if (!idea.data) return null;
  if (idea.data.status !== 'changes_requested' && idea.data.status !== 'submitted')
    return (
      <Stack>
        <Text>{t('ideaNotEditable')}</Text>
      </Stack>
    );
  return <IdeaForm key={idea.data.version} idea={idea.data} />;
}
