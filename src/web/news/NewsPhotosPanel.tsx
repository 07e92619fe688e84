import {
  Alert,
  Button,
  Card,
  FileInput,
  Group,
  Image,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewsArticleOutput } from '../../contracts/news.contracts';
import { useMe } from '../auth/useMe';
import { ConfirmAction } from '../forms/ConfirmAction';
import { ErrorAlert } from '../forms/ErrorAlert';
import { NEWS_KEY } from './NewsPage';
import { NEWS_NS } from './news-i18n';
import { newsApi } from './news.api';

const ACCEPT = 'image/jpeg,image/png,image/webp';

/**
 * Ảnh của bản tin: the photos shown on the public article, each with a caption that is also its
 * text alternative. Adding or removing one sends a reviewed article back to draft; a published
 * article is withdrawn first.
 */
export function NewsPhotosPanel({ article }: { article: NewsArticleOutput }) {
  const { t } = useTranslation(NEWS_NS);
  const me = useMe();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [caption, setCaption] = useState('');
  const [problems, setProblems] = useState<{ file?: string; caption?: string }>({});
  const refresh = (updated: NewsArticleOutput) => {
    queryClient.setQueryData([...NEWS_KEY, article.id], updated);
    return queryClient.invalidateQueries({ queryKey: NEWS_KEY });
  };
  const upload = useMutation({
    mutationFn: (v: { file: File; caption: string }) =>
      newsApi.uploadPhoto(article.id, v.file, v.caption, me.csrfToken),
    onSuccess: async (updated) => {
      setFile(null);
      setCaption('');
      await refresh(updated);
    },
  });
  const remove = useMutation({
    mutationFn: (photoId: string) => newsApi.deletePhoto(article.id, photoId),
    onSuccess: refresh,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      ...(file ? {} : { file: t('photoFileRequired') }),
      ...(caption.trim() ? {} : { caption: t('photoCaptionRequired') }),
    };
    setProblems(found);
    if (file && caption.trim()) upload.mutate({ file, caption: caption.trim() });
  };
  const isPublished = article.status === 'published';
  return (
    <Card withBorder component="section" aria-labelledby="news-photos-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="news-photos-title">
          {t('photos')}
        </Title>
        {isPublished && (
          <Alert color="orange" variant="light">
            {t('photosPublished')}
          </Alert>
        )}
        <ErrorAlert error={upload.error} />
        {article.photos.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('photosNone')}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
            {article.photos.map((photo) => (
              <Card key={photo.id} withBorder padding="xs" component="figure" m={0}>
                <Image src={photo.url} alt={photo.caption} radius="sm" fit="contain" h={160} />
                <Text size="sm" component="figcaption" mt={4}>
                  {photo.caption}
                </Text>
                {!isPublished && (
                  <ConfirmAction
                    label={t('photoRemove')}
                    color="red"
                    buttonProps={{
                      size: 'xs',
                      variant: 'subtle',
                      mt: 4,
                      'aria-label': t('photoRemoveOf', { caption: photo.caption }),
                    }}
                    title={t('photoRemoveConfirm', { caption: photo.caption })}
                    consequence={t('photoRemoveEffect')}
                    onConfirm={() => remove.mutateAsync(photo.id)}
                  />
                )}
              </Card>
            ))}
          </SimpleGrid>
        )}
        {!isPublished && (
          <form noValidate onSubmit={submit}>
            <Group align="flex-end" wrap="wrap">
              <FileInput
                label={t('photoFile')}
                description={t('photoFileHint')}
                accept={ACCEPT}
                value={file}
                onChange={setFile}
                clearable
                error={problems.file}
                w={280}
                maw="100%"
              />
              <TextInput
                label={t('photoCaption')}
                description={t('photoCaptionHint')}
                maxLength={300}
                value={caption}
                onChange={(e) => setCaption(e.currentTarget.value)}
                error={problems.caption}
                w={320}
                maw="100%"
              />
              <Button type="submit" loading={upload.isPending}>
                {t('photoUpload')}
              </Button>
            </Group>
          </form>
        )}
      </Stack>
    </Card>
  );
}
