import {
  Alert,
  Button,
  Card,
  Group,
  List,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { OrderStampBatchInput, type OrderStampBatchFormInput } from '../../contracts/stamps.contracts';
import { LABEL_LAYOUT_IDS, LABEL_LAYOUTS } from '../../domain/stamps/label-layouts';
import { MAX_STAMPS_PER_BATCH } from '../../domain/stamps/stamp-status';
import { applyProblemToForm } from '../forms/apply-problem';
import { DecimalInput } from '../forms/DecimalInput';
import { ErrorAlert } from '../forms/ErrorAlert';
import { localizedResolver } from '../forms/localized-resolver';
import { formatDate, todayIsoDate } from '../i18n/format';
import { PageHeading } from '../layout/PageHeading';
import { STAMP_BATCHES_KEY } from './StampBatchesPage';
import { STAMPS_NS } from './stamp-i18n';
import { stampsApi } from './stamps.api';

const FIELDS = ['productId', 'lot', 'productionDate', 'expiryDate', 'quantity', 'labelLayout'] as const;

/** Ordering stamps for one lot: only products with a valid certificate are offered, the others say why. */
export function OrderStampBatchPage() {
  const { t, i18n } = useTranslation(STAMPS_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const products = useQuery({
    queryKey: ['stamps', 'products'],
    queryFn: ({ signal }) => stampsApi.products(signal),
  });
  const form = useForm<OrderStampBatchFormInput, unknown, OrderStampBatchInput>({
    resolver: localizedResolver(OrderStampBatchInput),
    defaultValues: {
      productId: '',
      lot: '',
      productionDate: todayIsoDate(),
      expiryDate: undefined,
      quantity: 1000,
      labelLayout: 'a4-24',
    },
  });
  const order = useMutation({
    mutationFn: (values: OrderStampBatchInput) => stampsApi.order(values),
    onSuccess: async (batch) => {
      await queryClient.invalidateQueries({ queryKey: STAMP_BATCHES_KEY });
      await navigate({ to: '/stamps/$batchId', params: { batchId: batch.id } });
    },
    onError: (error) => applyProblemToForm(error, form.setError, FIELDS, i18n.language),
  });
  const offered = (products.data?.items ?? []).filter((p) => p.canOrder);
  const chosen = offered.find((p) => p.productId === form.watch('productId'));
  // Handicrafts, ornamental plants…: their labels carry no expiry date, so none is asked for.
  const isExpiryDateRequired = chosen?.isExpiryDateRequired ?? true;
  const refused = (products.data?.items ?? []).filter((p) => !p.canOrder);
  const { errors } = form.formState;

  return (
    <Stack>
      <PageHeading>{t('orderTitle')}</PageHeading>
      <Text>{t('orderIntro')}</Text>
      <ErrorAlert error={products.error} />
      {products.data && offered.length === 0 && <Alert color="yellow">{t('noProducts')}</Alert>}
      <form
        noValidate
        onSubmit={form.handleSubmit((values) => order.mutate(values))}
        aria-labelledby="page-heading"
      >
        <Card withBorder>
          <Stack gap="sm">
            <ErrorAlert error={order.error} />
            <Controller
              control={form.control}
              name="productId"
              render={({ field }) => (
                <Select
                  label={t('product')}
                  placeholder={t('chooseProduct')}
                  required
                  searchable
                  data={offered.map((p) => ({
                    value: p.productId,
                    label: `${p.productName} — ${p.producerName} (${p.certificate?.number ?? ''})`,
                  }))}
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  onBlur={field.onBlur}
                  error={
                    errors.productId
                      ? errors.productId.type === 'server'
                        ? errors.productId.message
                        : t('productRequired')
                      : undefined
                  }
                />
              )}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('lot')}
                description={t('lotHint')}
                required
                maxLength={20}
                error={errors.lot?.message}
                {...form.register('lot')}
              />
              <Controller
                control={form.control}
                name="quantity"
                render={({ field }) => (
                  <DecimalInput
                    label={t('quantity')}
                    description={t('quantityHint')}
                    required
                    isWhole
                    min={1}
                    max={MAX_STAMPS_PER_BATCH}
                    value={field.value}
                    onChange={(value) => field.onChange(value === '' ? Number.NaN : value)}
                    onBlur={field.onBlur}
                    error={errors.quantity?.message}
                  />
                )}
              />
              <TextInput
                type="date"
                label={t('productionDate')}
                required
                error={errors.productionDate?.message}
                {...form.register('productionDate')}
              />
              <TextInput
                type="date"
                label={t('expiryDate')}
                required={isExpiryDateRequired}
                description={isExpiryDateRequired ? undefined : t('expiryDateOptional')}
                error={errors.expiryDate?.message}
                {...form.register('expiryDate', {
                  setValueAs: (value: string | undefined) => (value ? value : undefined),
                })}
              />
            </SimpleGrid>
            <Controller
              control={form.control}
              name="labelLayout"
              render={({ field }) => (
                <Radio.Group
                  label={t('labelLayout')}
                  value={field.value}
                  onChange={field.onChange}
                  error={errors.labelLayout?.message}
                >
                  <Group mt="xs">
                    {LABEL_LAYOUT_IDS.map((id) => (
                      <Radio key={id} value={id} label={LABEL_LAYOUTS[id][lang]} />
                    ))}
                  </Group>
                </Radio.Group>
              )}
            />
            <Group justify="flex-end">
              <Button component={Link} to="/stamps" variant="default">
                {t('cancel')}
              </Button>
              <Button type="submit" loading={order.isPending} disabled={offered.length === 0}>
                {t('submitOrder')}
              </Button>
            </Group>
          </Stack>
        </Card>
      </form>
      {refused.length > 0 && (
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('notOffered')}
          </Title>
          <Text size="sm" mb="xs">
            {t('notOfferedIntro')}
          </Text>
          <List size="sm">
            {refused.map((p) => (
              <List.Item key={p.productId}>
                <strong>{p.productName}</strong> ({p.producerName}): {lang === 'en' ? p.reasonEn : p.reasonVi}
                {p.certificate &&
                  ` — ${p.certificate.number}, ${formatDate(p.certificate.validUntil, i18n.language)}`}
              </List.Item>
            ))}
          </List>
        </Card>
      )}
    </Stack>
  );
}
