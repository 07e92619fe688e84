import {
  Button,
  Fieldset,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from './ButtonLink';
import { CreateProductInput, type ProductOutput } from '../../contracts/products.contracts';
import { applyProblemToForm } from '../forms/apply-problem';
import { DecimalInput } from '../forms/DecimalInput';
import { localizedResolver } from '../forms/localized-resolver';
import { labelLanguage } from './labels';
import { PointsOfSaleFields } from './PointsOfSaleFields';
import {
  EMPTY_PRODUCT_FORM,
  PRODUCT_FIELDS,
  productToForm,
  toProductInput,
  type ProductFormValues,
} from './product-form';
import { REGISTRY_NS } from './registry-i18n';
import { SaveErrorAlert } from './SaveErrorAlert';
import { REGISTRY_KEY, registryApi } from './registry.api';
import { zodPreprocess } from './zod-preprocess';
import { useProductSets } from './useProductSets';

const schema = zodPreprocess(toProductInput, CreateProductInput);

function fieldsOf(values: ProductFormValues): FieldPath<ProductFormValues>[] {
  const points = values.details.pointsOfSale.flatMap((_point, index) =>
    (['name', 'address', 'url', 'phone'] as const).map(
      (key) => `details.pointsOfSale.${index}.${key}` as const,
    ),
  );
  return [...points, ...PRODUCT_FIELDS];
}

interface ProductFormProps {
  producerId: string;
  product?: ProductOutput | undefined;
  onSaved: (product: ProductOutput) => Promise<void>;
}

/** Create or edit a product: product set of the taxonomy in force, GTIN, details, story, points of sale. */
export function ProductForm({ producerId, product, onSaved }: ProductFormProps) {
  const { t, i18n } = useTranslation(REGISTRY_NS);
  const queryClient = useQueryClient();
  const lang = labelLanguage(i18n.language);
  const sets = useProductSets();
  const setOptions = sets.map((set) => ({
    value: String(set.setNumber),
    label: `${set.setNumber}. ${lang === 'en' ? set.nameEn : set.nameVi}`,
  }));
  if (product && !sets.some((set) => set.setNumber === product.productSet)) {
    setOptions.unshift({
      value: String(product.productSet),
      label: `${product.productSet}. ${product.productSetName}`,
    });
  }
  const form = useForm<ProductFormValues, unknown, CreateProductInput>({
    resolver: localizedResolver(schema),
    defaultValues: product ? productToForm(product) : EMPTY_PRODUCT_FORM,
  });
  const mutation = useMutation({
    mutationFn: (input: CreateProductInput) =>
      product
        ? registryApi.updateProduct(product.id, { ...input, version: product.version })
        : registryApi.createProduct(producerId, input),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: REGISTRY_KEY });
      await onSaved(saved);
    },
    onError: (error) => applyProblemToForm(error, form.setError, fieldsOf(form.getValues()), i18n.language),
  });
  const { errors } = form.formState;
  const capacityUnit = form.watch('details.capacityUnit');
  const cancel = product
    ? { to: '/products/$productId' as const, params: { productId: product.id } }
    : { to: '/producers/$producerId' as const, params: { producerId } };

  return (
    <Paper withBorder p="lg">
      <form noValidate onSubmit={form.handleSubmit((input) => mutation.mutate(input))}>
        <Stack>
          <SaveErrorAlert error={mutation.error} staleMessage={t('staleBodyProduct')} />
          <Fieldset legend={t('product.sectionMain')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('product.name')}
                required
                error={errors.name?.message}
                {...form.register('name')}
              />
              <Controller
                control={form.control}
                name="productSet"
                render={({ field }) => (
                  <Select
                    label={t('product.productSet')}
                    description={t('product.productSetHint')}
                    required
                    searchable
                    placeholder={t('choose')}
                    data={setOptions}
                    value={field.value || null}
                    onChange={(value) => field.onChange(value ?? '')}
                    onBlur={field.onBlur}
                    error={
                      errors.productSet
                        ? errors.productSet.type === 'server'
                          ? errors.productSet.message
                          : t('product.productSetRequired')
                        : undefined
                    }
                  />
                )}
              />
              <TextInput
                label={t('product.gtin')}
                description={t('product.gtinHint')}
                inputMode="numeric"
                error={errors.gtin?.message}
                {...form.register('gtin')}
              />
              <TextInput
                label={t('product.packaging')}
                error={errors.details?.packaging?.message}
                {...form.register('details.packaging')}
              />
            </SimpleGrid>
            <Textarea
              mt="sm"
              label={t('product.description')}
              autosize
              minRows={2}
              error={errors.description?.message}
              {...form.register('description')}
            />
          </Fieldset>
          <Fieldset legend={t('product.sectionCapacity')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {(['rawMaterialAreaHectares', 'annualCapacity'] as const).map((key) => (
                <Controller
                  key={key}
                  control={form.control}
                  name={`details.${key}`}
                  render={({ field }) => (
                    <DecimalInput
                      label={t(`product.${key}`)}
                      min={0}
                      unit={key === 'rawMaterialAreaHectares' ? 'ha' : capacityUnit.trim() || undefined}
                      value={field.value}
                      onChange={field.onChange}
                      onBlur={field.onBlur}
                      error={errors.details?.[key]?.message}
                    />
                  )}
                />
              ))}
              <TextInput
                label={t('product.capacityUnit')}
                placeholder={t('product.capacityUnitPlaceholder')}
                error={errors.details?.capacityUnit?.message}
                {...form.register('details.capacityUnit')}
              />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={t('product.story')}>
            <Textarea
              label={t('product.storyLabel')}
              description={t('product.storyHint')}
              autosize
              minRows={4}
              maxLength={5000}
              error={errors.details?.story?.message}
              {...form.register('details.story')}
            />
          </Fieldset>
          <PointsOfSaleFields form={form} />
          <Group justify="flex-end">
            <ButtonLink variant="default" {...cancel}>
              {t('cancel')}
            </ButtonLink>
            <Button type="submit" loading={mutation.isPending}>
              {product ? t('save') : t('product.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
