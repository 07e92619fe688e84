import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { applyProblemToForm } from '../forms/apply-problem';

/** The list page a create form returns to once its record is saved. */
type ListPath = '/consultants' | '/points-of-sale' | '/trade-events' | '/training';

/**
 * Saving a new promotion record: send it, refresh the list it belongs to and go back to that list;
 * a problem from the API lands on the field it names.
 */
export function useCreateRecord<T extends FieldValues>(params: {
  create: (values: T) => Promise<unknown>;
  setError: UseFormSetError<T>;
  fields: readonly FieldPath<T>[];
  listKey: QueryKey;
  listPath: ListPath;
}) {
  const { i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: params.create,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: params.listKey });
      await navigate({ to: params.listPath });
    },
    onError: (error) => applyProblemToForm(error, params.setError, params.fields, i18n.language),
  });
}
