import { Button, Card, Group, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { CertificateOutput } from '../../contracts/evaluation.contracts';
import { ErrorAlert } from '../forms/ErrorAlert';
import { AnchorLink } from '../layout/AnchorLink';
import { dossiersApi } from '../dossiers/dossiers.api';
import { CERTIFICATES_NS } from './certificates-i18n';

/**
 * For the producer holding the certificate: "Đăng ký đánh giá lại" opens a re-evaluation dossier
 * that starts from the product's last dossier (Biểu 1 and the answers carried over), or links to
 * the re-evaluation already open. The server decides whether the window is open.
 */
export function StartReEvaluation({ certificate }: { certificate: CertificateOutput }) {
  const { t } = useTranslation(CERTIFICATES_NS);
  const navigate = useNavigate();
  const options = useQuery({
    queryKey: ['dossiers', 'start-options'],
    queryFn: ({ signal }) => dossiersApi.startOptions(signal),
  });
  const product = options.data?.products.find((p) => p.productId === certificate.productId);
  const open = product?.dossiers.find((d) => d.type === 're-evaluation' && d.status !== 'accepted_into_pool');
  const create = useMutation({
    mutationFn: () => {
      // Dossiers come newest first: the last one accepted is the one to carry over.
      const previousId =
        product?.validCertificate?.dossierId ??
        product?.dossiers.find((d) => d.status === 'accepted_into_pool')?.id;
      return dossiersApi.create({
        productId: certificate.productId,
        type: 're-evaluation',
        ...(previousId ? { previousDossierId: previousId } : {}),
      });
    },
    onSuccess: (dossier) => navigate({ to: '/dossiers/$dossierId', params: { dossierId: dossier.id } }),
  });
  if (!product || certificate.status !== 'valid') return null;
  return (
    <Card withBorder>
      <Text fw={600} mb="xs">
        {t('reEvaluationTitle')}
      </Text>
      {open ? (
        <AnchorLink to="/dossiers/$dossierId" params={{ dossierId: open.id }}>
          {t('reEvaluationOpen')}
        </AnchorLink>
      ) : (
        <>
          <Text size="sm" mb="sm">
            {t('reEvaluationIntro')}
          </Text>
          <Group>
            <Button
              onClick={() => create.mutate()}
              loading={create.isPending}
              disabled={!product.allowedTypes.includes('re-evaluation')}
            >
              {t('reEvaluationStart')}
            </Button>
          </Group>
        </>
      )}
      <ErrorAlert error={create.error} />
    </Card>
  );
}
