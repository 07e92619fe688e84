import { Alert, Button, Checkbox, Group, Paper, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  UpdateCouncilSettingsInput,
  type EditableCouncilSettings,
} from '../../contracts/council-settings.contracts';
import { requiredQuorumCount } from '../../domain/rubric/round-aggregate';
import { DecimalInput } from '../forms/DecimalInput';
import { ErrorAlert } from '../forms/ErrorAlert';
import { formatDate } from '../i18n/format';
import { COUNCIL_SETTINGS_KEY, councilSettingsApi } from './council-settings.api';
import { COUNCIL_SETTINGS_NS } from './council-settings-i18n';

const PREVIEW_SIZE = 11;

/** What the rule means for an 11-member council, recomputed as the form changes. */
function QuorumPreview({ quorum }: { quorum: EditableCouncilSettings['quorum'] }) {
  const { t } = useTranslation(COUNCIL_SETTINGS_NS);
  const isShareValid = Number.isInteger(quorum.minPresentPercent);
  if (!isShareValid) return null;
  const required = requiredQuorumCount(PREVIEW_SIZE, quorum);
  return (
    <Alert
      variant="light"
      color="blue"
      title={t('previewTitle')}
      data-testid="quorum-preview"
      aria-live="polite"
    >
      <Text size="sm">
        {t('previewRequired', { required, size: PREVIEW_SIZE, percent: quorum.minPresentPercent })}
      </Text>
      <Text size="sm" fw={600}>
        {t('previewEight', { verdict: 8 >= required ? t('enough') : t('notEnough') })}
      </Text>
      {quorum.requireChair && <Text size="sm">{t('previewChair')}</Text>}
    </Alert>
  );
}

/** The form that sets the settings from a date, starting from those in force. */
export function CouncilSettingsForm({
  provinceId,
  inForce,
  today,
}: {
  provinceId: string;
  inForce: EditableCouncilSettings;
  today: string;
}) {
  const { t, i18n } = useTranslation(COUNCIL_SETTINGS_NS);
  const queryClient = useQueryClient();
  const [effectiveFrom, setEffectiveFrom] = useState(today);
  const [settings, setSettings] = useState<EditableCouncilSettings>(inForce);
  const [share, setShare] = useState<number | ''>(inForce.quorum.minPresentPercent);
  const [errors, setErrors] = useState<Partial<Record<'effectiveFrom' | 'share', string>>>({});
  const [savedFrom, setSavedFrom] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (input: UpdateCouncilSettingsInput) => councilSettingsApi.update(provinceId, input),
    onSuccess: async (_, input) => {
      setSavedFrom(input.effectiveFrom);
      await queryClient.invalidateQueries({ queryKey: COUNCIL_SETTINGS_KEY });
    },
  });
  const quorum = { ...settings.quorum, minPresentPercent: share === '' ? Number.NaN : share };
  const setQuorum = (patch: Partial<EditableCouncilSettings['quorum']>) =>
    setSettings((previous) => ({ ...previous, quorum: { ...previous.quorum, ...patch } }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSavedFrom(null);
    const parsed = UpdateCouncilSettingsInput.safeParse({ effectiveFrom, settings: { ...settings, quorum } });
    if (!parsed.success) {
      const paths = parsed.error.issues.map((issue) => issue.path.join('.'));
      setErrors({
        ...(paths.includes('effectiveFrom') ? { effectiveFrom: t('dateInvalid') } : {}),
        ...(paths.some((p) => p.endsWith('minPresentPercent')) ? { share: t('shareRange') } : {}),
      });
      return;
    }
    setErrors({});
    save.mutate(parsed.data);
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="council-settings-form-title">
      <form noValidate onSubmit={submit}>
        <Stack>
          <Title order={2} size="h3" id="council-settings-form-title">
            {t('formTitle')}
          </Title>
          <Text size="sm">{t('formHint')}</Text>
          {savedFrom && (
            <Alert color="green" role="status">
              {t('saved', { date: formatDate(savedFrom, i18n.language) })}
            </Alert>
          )}
          <ErrorAlert error={save.error} title={t('saveFailed')} />
          <TextInput
            type="date"
            label={t('effectiveFrom')}
            required
            value={effectiveFrom}
            onChange={(e) => setEffectiveFrom(e.currentTarget.value)}
            error={errors.effectiveFrom}
            w={240}
          />
          <DecimalInput
            label={t('quorumShare')}
            isWhole
            min={50}
            max={100}
            unit="%"
            value={share}
            onChange={(value) => setShare(value)}
            error={errors.share}
            w={240}
          />
          <Radio.Group
            label={t('rounding')}
            value={settings.quorum.rounding}
            onChange={(value) => setQuorum({ rounding: value === 'up' ? 'up' : 'nearest' })}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="nearest" label={t('roundingNearest')} description={t('roundingNearestHint')} />
              <Radio value="up" label={t('roundingUp')} description={t('roundingUpHint')} />
            </Stack>
          </Radio.Group>
          <Checkbox
            label={t('requireChair')}
            description={t('requireChairHint')}
            checked={settings.quorum.requireChair}
            onChange={(e) => setQuorum({ requireChair: e.currentTarget.checked })}
          />
          <Checkbox
            label={t('abstentions')}
            description={t('abstentionsHint')}
            checked={settings.quorum.abstentionsCountAsPresent}
            onChange={(e) => setQuorum({ abstentionsCountAsPresent: e.currentTarget.checked })}
          />
          <QuorumPreview quorum={quorum} />
          <Radio.Group
            label={t('forwarding')}
            value={settings.forwardingReading ?? 'procedure'}
            onChange={(value) =>
              setSettings((previous) => ({
                ...previous,
                forwardingReading: value === 'points' || value === 'stars' ? value : null,
              }))
            }
          >
            <Stack gap="xs" mt="xs">
              <Radio
                value="procedure"
                label={t('forwardingProcedure')}
                description={t('forwardingProcedureHint')}
              />
              <Radio value="points" label={t('forwardingPoints')} description={t('forwardingPointsHint')} />
              <Radio value="stars" label={t('forwardingStars')} description={t('forwardingStarsHint')} />
            </Stack>
          </Radio.Group>
          <Radio.Group
            label={t('districtReading')}
            value={settings.districtReading}
            onChange={(value) =>
              setSettings((previous) => ({
                ...previous,
                districtReading: value === 'commune' ? 'commune' : 'former-district',
              }))
            }
          >
            <Stack gap="xs" mt="xs">
              <Radio
                value="former-district"
                label={t('districtFormer')}
                description={t('districtFormerHint')}
              />
              <Radio value="commune" label={t('districtCommune')} description={t('districtCommuneHint')} />
            </Stack>
          </Radio.Group>
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
