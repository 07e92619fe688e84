import { z } from 'zod';

/**
 * A contract schema applied to form values after `toInput` (empty strings → null, numbers…), typed
 * for react-hook-form: the problems keep the contract's paths, which are also the form's fields.
 */
export function zodPreprocess<Values, Output>(
  toInput: (values: Values) => unknown,
  schema: z.ZodType<Output>,
): z.ZodType<Output, Values> {
  return z.preprocess((values) => toInput(values as Values), schema) as unknown as z.ZodType<Output, Values>;
}
