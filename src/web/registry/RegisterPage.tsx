import { Alert, Button, Fieldset, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useForm, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../layout/AnchorLink';
import { RegisterProducerInput } from '../../contracts/producers.contracts';
import { applyProblemToForm } from '../forms/apply-problem';
import { ErrorAlert } from '../forms/ErrorAlert';
import { localizedResolver } from '../forms/localized-resolver';
import { PasswordField } from '../forms/PasswordField';
import { formatDate } from '../i18n/format';
import { ProducerFields } from './ProducerFields';
import {
  EMPTY_PRODUCER_FORM,
  PRODUCER_FIELDS,
  toProducerInput,
  type ProducerFormValues,
} from './producer-form';
import { PublicPageFrame } from './PublicPageFrame';
import { REGISTRY_NS } from './registry-i18n';
import { registryApi } from './registry.api';
import { zodPreprocess } from './zod-preprocess';

interface RegisterFormValues {
  account: { username: string; email: string; displayName: string; password: string };
  producer: ProducerFormValues;
}

const schema = zodPreprocess(
  (values: RegisterFormValues) => ({ account: values.account, producer: toProducerInput(values.producer) }),
  RegisterProducerInput,
);

const FIELDS = [
  'account.username',
  'account.email',
  'account.displayName',
  'account.password',
  ...PRODUCER_FIELDS.map((field) => `producer.${field}` as const),
] as const;

/**
 * Self-registration of a producer (public): an account and the producer profile. Nothing can sign
 * in until the link e-mailed to the given address is opened (/app/confirm-registration).
 */
export function RegisterPage() {
  const { t, i18n } = useTranslation(REGISTRY_NS);
  const form = useForm<RegisterFormValues, unknown, RegisterProducerInput>({
    resolver: localizedResolver(schema),
    defaultValues: {
      account: { username: '', email: '', displayName: '', password: '' },
      producer: EMPTY_PRODUCER_FORM,
    },
  });
  const mutation = useMutation({
    mutationFn: registryApi.register,
    onError: (error) => applyProblemToForm(error, form.setError, FIELDS, i18n.language),
  });
  const { errors } = form.formState;

  useEffect(() => {
    document.title = `${t('register.title')} — ${t('translation:app.name')}`;
  }, [t]);

  if (mutation.data) {
    return (
      <PublicPageFrame>
        <Stack>
          <Title order={1} size="h2">
            {t('register.checkEmailTitle')}
          </Title>
          <Alert color="green" icon={<IconMailCheck aria-hidden />} role="status">
            {t('register.checkEmail', {
              email: mutation.data.email,
              date: formatDate(mutation.data.expiresAt, i18n.language),
            })}
          </Alert>
          <AnchorLink to="/login">{t('register.toLogin')}</AnchorLink>
        </Stack>
      </PublicPageFrame>
    );
  }

  return (
    <PublicPageFrame width={900}>
      <form noValidate onSubmit={form.handleSubmit((input) => mutation.mutate(input))}>
        <Stack>
          <Title order={1} size="h2">
            {t('register.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('register.intro')}
          </Text>
          <ErrorAlert error={mutation.error} />
          <Fieldset legend={t('register.sectionAccount')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('register.displayName')}
                required
                autoComplete="name"
                error={errors.account?.displayName?.message}
                {...form.register('account.displayName')}
              />
              <TextInput
                label={t('register.email')}
                description={t('register.emailHint')}
                type="email"
                required
                autoComplete="email"
                error={errors.account?.email?.message}
                {...form.register('account.email')}
              />
              <TextInput
                label={t('register.username')}
                required
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                error={errors.account?.username?.message}
                {...form.register('account.username')}
              />
              <PasswordField
                label={t('register.password')}
                description={t('translation:password.rule')}
                required
                autoComplete="new-password"
                error={errors.account?.password?.message}
                {...form.register('account.password')}
              />
            </SimpleGrid>
          </Fieldset>
          <ProducerFields form={form as unknown as UseFormReturn<FieldValues>} prefix="producer." />
          <Button type="submit" loading={mutation.isPending}>
            {t('register.submit')}
          </Button>
          <Text size="sm">
            {t('register.haveAccount')} <AnchorLink to="/login">{t('register.toLogin')}</AnchorLink>
          </Text>
        </Stack>
      </form>
    </PublicPageFrame>
  );
}
