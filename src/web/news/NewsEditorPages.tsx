import { Stack } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CreateNewsArticleInput, type NewsArticleOutput } from '../../contracts/news.contracts';
import { applyProblemToForm } from '../forms/apply-problem';
import { ErrorAlert } from '../forms/ErrorAlert';
import { localizedResolver } from '../forms/localized-resolver';
import { PageHeading } from '../layout/PageHeading';
import { NEWS_FIELDS, NewsArticleForm } from './NewsArticleForm';
import { NewsPhotosPanel } from './NewsPhotosPanel';
import { NEWS_KEY } from './NewsPage';
import { NEWS_NS } from './news-i18n';
import { newsApi } from './news.api';

const EMPTY: CreateNewsArticleInput = { unitId: '', kind: 'announcement', title: '', summary: '', body: '' };

/** Drafts a new article of a province (or the nation). */
export function NewsCreatePage() {
  const { t, i18n } = useTranslation(NEWS_NS);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm<CreateNewsArticleInput>({
    resolver: localizedResolver(CreateNewsArticleInput),
    defaultValues: EMPTY,
  });
  const save = useMutation({
    mutationFn: (values: CreateNewsArticleInput) => newsApi.create(values),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: NEWS_KEY });
      await navigate({ to: '/news' });
    },
    onError: (error) => applyProblemToForm(error, form.setError, NEWS_FIELDS, i18n.language),
  });
  return (
    <Stack>
      <PageHeading>{t('new')}</PageHeading>
      <NewsArticleForm
        form={form}
        withUnit
        error={save.error}
        isSaving={save.isPending}
        onSubmit={(v) => save.mutate(v)}
      />
    </Stack>
  );
}

function EditForm({ article }: { article: NewsArticleOutput }) {
  const { i18n } = useTranslation(NEWS_NS);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm<CreateNewsArticleInput>({
    resolver: localizedResolver(CreateNewsArticleInput),
    defaultValues: {
      unitId: article.unit.id,
      kind: article.kind,
      title: article.title,
      summary: article.summary,
      body: article.body,
      productIds: article.products.map((p) => p.id),
      producerIds: article.producers.map((p) => p.id),
    },
  });
  const save = useMutation({
    mutationFn: ({ unitId: _unit, ...values }: CreateNewsArticleInput) => newsApi.update(article.id, values),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: NEWS_KEY });
      await navigate({ to: '/news' });
    },
    onError: (error) => applyProblemToForm(error, form.setError, NEWS_FIELDS, i18n.language),
  });
  return (
    <NewsArticleForm
      form={form}
      withUnit={false}
      mentioned={{
        products: article.products.map((p) => ({ value: p.id, label: p.name })),
        producers: article.producers.map((p) => ({ value: p.id, label: p.name })),
      }}
      error={save.error}
      isSaving={save.isPending}
      onSubmit={(v) => save.mutate(v)}
    />
  );
}

/** Edits an article (a reviewed or withdrawn one goes back to draft). */
export function NewsEditPage() {
  const { t } = useTranslation(NEWS_NS);
  const { articleId } = useParams({ from: '/authenticated/news/$articleId/edit' });
  const article = useQuery({
    queryKey: [...NEWS_KEY, articleId],
    queryFn: ({ signal }) => newsApi.get(articleId, signal),
  });
  return (
    <Stack>
      <PageHeading>{t('edit')}</PageHeading>
      <ErrorAlert error={article.error} />
      {article.data && <EditForm article={article.data} />}
      {article.data && <NewsPhotosPanel article={article.data} />}
    </Stack>
  );
}
