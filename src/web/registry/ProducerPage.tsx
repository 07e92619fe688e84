import { Card, Group, Loader, SimpleGrid, Stack, Title } from '@mantine/core';
import { IconEdit, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from './ButtonLink';
import { AnchorLink } from '../layout/AnchorLink';
import type { ProducerOutput } from '../../contracts/producers.contracts';
import { useCan } from '../auth/useCan';
import { ErrorAlert } from '../forms/ErrorAlert';
import { formatDate } from '../i18n/format';
import { PageHeading } from '../layout/PageHeading';
import { EvidenceLibrary } from './EvidenceLibrary';
import { producerTypeLabel } from './labels';
import { ProducerMembersCard } from './ProducerMembersCard';
import { ProducerTrainingCard } from '../promotion/ProducerTrainingCard';
import { ProductsTable } from './ProductsTable';
import { Fact } from './Fact';
import { REGISTRY_NS } from './registry-i18n';
import { REGISTRY_KEY, registryApi } from './registry.api';

const routeApi = getRouteApi('/authenticated/producers/$producerId');

function ProfileCard({ producer }: { producer: ProducerOutput }) {
  const { t, i18n } = useTranslation(REGISTRY_NS);
  const rep = producer.legalRepresentative;
  const workforce = producer.workforce;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('producer.sectionProfile')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0}>
        <Fact label={t('producer.type')}>{producerTypeLabel(producer.type, i18n.language)}</Fact>
        <Fact label={t('producer.registrationNumber')}>{producer.registrationNumber}</Fact>
        <Fact label={t('producer.commune')}>{producer.communeName}</Fact>
        <Fact label={t('producer.address')}>{producer.address}</Fact>
        <Fact label={t('producer.phone')}>{producer.contacts.phone}</Fact>
        <Fact label={t('producer.email')}>{producer.contacts.email}</Fact>
        <Fact label={t('producer.website')}>{producer.contacts.website}</Fact>
        <Fact label={t('producer.sectionWorkforce')}>
          {workforce.total == null
            ? ''
            : t('producer.workforceSummary', {
                total: workforce.total,
                female: workforce.female ?? 0,
                local: workforce.local ?? 0,
              })}
        </Fact>
        <Fact label={t('producer.origin')}>
          {t(`origin.${producer.origin}`)} · {formatDate(producer.createdAt, i18n.language)}
        </Fact>
      </SimpleGrid>
      {rep && (
        <>
          <Title order={3} size="h5" mt="md" mb="xs">
            {t('producer.sectionRepresentative')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0}>
            <Fact label={t('producer.repFullName')}>{rep.fullName}</Fact>
            <Fact label={t('producer.repTitle')}>{rep.title}</Fact>
            <Fact label={t('producer.repGender')}>
              {t(`gender.${rep.gender}`)}
              {rep.isEthnicMinority
                ? ` · ${t('producer.repEthnicMinorityShort')}${rep.ethnicity ? ` (${rep.ethnicity})` : ''}`
                : ''}
            </Fact>
          </SimpleGrid>
        </>
      )}
    </Card>
  );
}

/** One producer: profile, legal representative (when visible), accounts, products and evidence library. */
export function ProducerPage() {
  const { t } = useTranslation(REGISTRY_NS);
  const { producerId } = routeApi.useParams();
  const canManage = useCan('producer.manage');
  const canManageProducts = useCan('product.manage');
  const canReadEvidence = useCan('evidence.read');
  const producer = useQuery({
    queryKey: [...REGISTRY_KEY, 'producer', producerId],
    queryFn: ({ signal }) => registryApi.producer(producerId, signal),
  });
  const products = useQuery({
    queryKey: [...REGISTRY_KEY, 'products', { producerId }],
    queryFn: ({ signal }) => registryApi.products({ producerId }, signal),
  });

  return (
    <Stack gap="lg">
      <AnchorLink to="/producers" size="sm">
        ← {t('producer.backToList')}
      </AnchorLink>
      <ErrorAlert error={producer.error} />
      {producer.isPending && <Loader aria-label={t('loading')} />}
      {producer.data && (
        <>
          <Group justify="space-between" align="flex-end">
            <PageHeading>{producer.data.name}</PageHeading>
            {canManage && (
              <ButtonLink
                variant="default"
                to="/producers/$producerId/edit"
                params={{ producerId }}
                leftSection={<IconEdit size={16} aria-hidden />}
              >
                {t('producer.edit')}
              </ButtonLink>
            )}
          </Group>
          <ProfileCard producer={producer.data} />
          {canManage && <ProducerMembersCard producerId={producerId} />}
          <ProducerTrainingCard producerId={producerId} />
          <Card withBorder>
            <Group justify="space-between" mb="sm">
              <Title order={2} size="h4">
                {t('product.listTitle')}
              </Title>
              {canManageProducts && (
                <ButtonLink
                  size="sm"
                  to="/producers/$producerId/products/new"
                  params={{ producerId }}
                  leftSection={<IconPlus size={16} aria-hidden />}
                >
                  {t('product.create')}
                </ButtonLink>
              )}
            </Group>
            <ErrorAlert error={products.error} />
            {products.data && <ProductsTable items={products.data.items} />}
          </Card>
          {canReadEvidence && (
            <EvidenceLibrary producerId={producerId} products={products.data?.items ?? []} />
          )}
        </>
      )}
    </Stack>
  );
}
