import { Card, Checkbox, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReEvaluationSection as Section } from '../../domain/dossier/re-evaluation';
import { i18next } from '../i18n/i18n';

/** The `reEvaluation` namespace: the "results after 3 years" part of a re-evaluation dossier. */
const NS = 'reEvaluation';
i18next.addResourceBundle(
  'vi',
  NS,
  {
    title: 'Kết quả sau 3 năm (đánh giá lại)',
    intro:
      'Hồ sơ đánh giá lại kế thừa hồ sơ trước: chỉ cần sửa những gì đã thay đổi và khai kết quả 3 năm qua.',
    rawMaterials: 'Nguyên liệu (nguồn, vùng nguyên liệu, sản lượng)',
    market: 'Thị trường (doanh thu, kênh bán, thị trường mới)',
    qualityDeclarations: 'Công bố chất lượng (tiêu chuẩn, công bố, kiểm nghiệm)',
    changes: 'Thay đổi so với lần công nhận trước',
    hasOnSiteCheck: 'Có biên bản kiểm tra thực tế tại cơ sở',
    checkedOn: 'Ngày kiểm tra',
    checkedBy: 'Người/đoàn kiểm tra',
    findings: 'Kết quả kiểm tra',
  },
  true,
  true,
);
i18next.addResourceBundle(
  'en',
  NS,
  {
    title: 'Results after 3 years (re-evaluation)',
    intro:
      'A re-evaluation dossier starts from the previous one: change only what changed and report the last three years.',
    rawMaterials: 'Raw materials (sources, growing area, volumes)',
    market: 'Market (revenue, sales channels, new markets)',
    qualityDeclarations: 'Quality declarations (standards, declarations, tests)',
    changes: 'Changes since the last recognition',
    hasOnSiteCheck: 'An on-site check record exists',
    checkedOn: 'Checked on',
    checkedBy: 'Checked by',
    findings: 'Findings',
  },
  true,
  true,
);

const TEXT_FIELDS = ['rawMaterials', 'market', 'qualityDeclarations', 'changes'] as const;

/**
 * Biểu 1's re-evaluation part (kết quả sau 3 năm): raw materials, market, quality declarations,
 * changes, and the on-site check record when the office checked the producer.
 */
export function ReEvaluationSection({
  value,
  onChange,
}: {
  value: Section;
  onChange: (next: Section) => void;
}) {
  const { t } = useTranslation(NS);
  const check = value.onSiteCheck;
  return (
    <Card withBorder component="section" aria-labelledby="re-evaluation-title">
      <Title order={2} size="h4" mb="xs" id="re-evaluation-title">
        {t('title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('intro')}
      </Text>
      <Stack gap="sm">
        {TEXT_FIELDS.map((field) => (
          <Textarea
            key={field}
            label={t(field)}
            autosize
            minRows={2}
            maxLength={5000}
            value={value[field]}
            onChange={(e) => onChange({ ...value, [field]: e.currentTarget.value })}
          />
        ))}
        <Checkbox
          label={t('hasOnSiteCheck')}
          checked={check !== null}
          onChange={(e) =>
            onChange({
              ...value,
              onSiteCheck: e.currentTarget.checked ? { checkedOn: '', checkedBy: '', findings: '' } : null,
            })
          }
        />
        {check && (
          <Stack gap="xs" pl="md">
            <Group grow align="start">
              <TextInput
                type="date"
                label={t('checkedOn')}
                required
                value={check.checkedOn}
                onChange={(e) =>
                  onChange({ ...value, onSiteCheck: { ...check, checkedOn: e.currentTarget.value } })
                }
              />
              <TextInput
                label={t('checkedBy')}
                value={check.checkedBy}
                onChange={(e) =>
                  onChange({ ...value, onSiteCheck: { ...check, checkedBy: e.currentTarget.value } })
                }
              />
            </Group>
            <Textarea
              label={t('findings')}
              autosize
              minRows={2}
              value={check.findings}
              onChange={(e) =>
                onChange({ ...value, onSiteCheck: { ...check, findings: e.currentTarget.value } })
              }
            />
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
