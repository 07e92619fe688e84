import { ActionIcon, Button, Card, Fieldset, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CreateProductInput } from '../../contracts/products.contracts';
import { EMPTY_POINT_OF_SALE, type ProductFormValues } from './product-form';
import { REGISTRY_NS } from './registry-i18n';

/** Points of sale (điểm bán), shown publicly: where shoppers can buy the product. */
export function PointsOfSaleFields({
  form,
}: {
  form: UseFormReturn<ProductFormValues, unknown, CreateProductInput>;
}) {
  const { t } = useTranslation(REGISTRY_NS);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'details.pointsOfSale' });
  const errors = form.formState.errors.details?.pointsOfSale;

  return (
    <Fieldset legend={t('product.pointsOfSale')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('product.pointsOfSaleHint')}
        </Text>
        {fields.map((field, index) => (
          <Card key={field.id} withBorder p="sm">
            <Group align="flex-start" wrap="nowrap">
              <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ flex: 1 }}>
                <TextInput
                  label={t('product.posName', { n: index + 1 })}
                  required
                  error={errors?.[index]?.name?.message}
                  {...form.register(`details.pointsOfSale.${index}.name`)}
                />
                <TextInput
                  label={t('product.posAddress')}
                  error={errors?.[index]?.address?.message}
                  {...form.register(`details.pointsOfSale.${index}.address`)}
                />
                <TextInput
                  label={t('product.posUrl')}
                  type="url"
                  placeholder="https://"
                  error={errors?.[index]?.url?.message}
                  {...form.register(`details.pointsOfSale.${index}.url`)}
                />
                <TextInput
                  label={t('product.posPhone')}
                  type="tel"
                  error={errors?.[index]?.phone?.message}
                  {...form.register(`details.pointsOfSale.${index}.phone`)}
                />
              </SimpleGrid>
              <ActionIcon
                variant="subtle"
                color="red"
                mt={28}
                aria-label={t('product.posRemove', { n: index + 1 })}
                onClick={() => remove(index)}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          </Card>
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => append({ ...EMPTY_POINT_OF_SALE })}
          >
            {t('product.posAdd')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
