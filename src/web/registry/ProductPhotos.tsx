import { Card, Group, Image, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ProductOutput } from '../../contracts/products.contracts';
import { useCan } from '../auth/useCan';
import { ErrorAlert } from '../forms/ErrorAlert';
import { DeleteEvidenceButton } from './EvidenceLibrary';
import { EvidenceUploadForm } from './EvidenceUploadForm';
import { REGISTRY_NS } from './registry-i18n';
import { evidenceFileUrl, REGISTRY_KEY, registryApi } from './registry.api';

/** Photos of a product: evidence of type `photo` linked to it, as thumbnails, with an upload. */
export function ProductPhotos({ product }: { product: ProductOutput }) {
  const { t } = useTranslation(REGISTRY_NS);
  const canRead = useCan('evidence.read');
  const canManage = useCan('evidence.manage');
  const photos = useQuery({
    queryKey: [...REGISTRY_KEY, 'evidence', { productId: product.id, documentType: 'photo' }],
    queryFn: ({ signal }) => registryApi.evidence({ productId: product.id, documentType: 'photo' }, signal),
    enabled: canRead,
  });
  if (!canRead) return null;
  const items = photos.data?.items ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="photos-heading">
      <Title order={2} size="h4" mb="sm" id="photos-heading">
        {t('photo.title')}
      </Title>
      <Stack>
        <ErrorAlert error={photos.error} />
        {photos.data && items.length === 0 && <Text c="dimmed">{t('photo.none')}</Text>}
        {items.length > 0 && (
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {items.map((photo) => (
              <Stack key={photo.id} gap={4}>
                <Image src={evidenceFileUrl(photo.id)} alt={photo.title} h={140} fit="cover" radius="sm" />
                <Group justify="space-between" wrap="nowrap">
                  <Text size="sm" lineClamp={1}>
                    {photo.title}
                  </Text>
                  {canManage && <DeleteEvidenceButton evidence={photo} />}
                </Group>
              </Stack>
            ))}
          </SimpleGrid>
        )}
        {canManage && (
          <EvidenceUploadForm producerId={product.producerId} productId={product.id} documentType="photo" />
        )}
      </Stack>
    </Card>
  );
}
