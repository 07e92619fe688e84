import type { ProducerOutput, ProducerProfileInput } from '../../contracts/producers.contracts';
import type { Gender, ProducerType } from '../../domain/registry/producer-types';
import { isApiError } from '../api/api-error';

/** What the producer form fields hold: text boxes give strings, empty means "not given". */
export interface ProducerFormValues {
  type: ProducerType | '';
  name: string;
  registrationNumber: string;
  communeId: string;
  address: string;
  legalRepresentative: {
    fullName: string;
    title: string;
    gender: Gender | '';
    isEthnicMinority: boolean;
    ethnicity: string;
  };
  contacts: { phone: string; email: string; website: string };
  workforce: { total: number | ''; female: number | ''; local: number | ''; ethnicMinority: number | '' };
}

/** Every form field, for putting the server's per-field problems on them. */
export const PRODUCER_FIELDS = [
  'type',
  'name',
  'registrationNumber',
  'communeId',
  'address',
  'legalRepresentative.fullName',
  'legalRepresentative.title',
  'legalRepresentative.gender',
  'legalRepresentative.isEthnicMinority',
  'legalRepresentative.ethnicity',
  'contacts.phone',
  'contacts.email',
  'contacts.website',
  'workforce.total',
  'workforce.female',
  'workforce.local',
  'workforce.ethnicMinority',
] as const;

export const EMPTY_PRODUCER_FORM: ProducerFormValues = {
  type: '',
  name: '',
  registrationNumber: '',
  communeId: '',
  address: '',
  legalRepresentative: { fullName: '', title: '', gender: '', isEthnicMinority: false, ethnicity: '' },
  contacts: { phone: '', email: '', website: '' },
  workforce: { total: '', female: '', local: '', ethnicMinority: '' },
};

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
const countOrNull = (value: number | '') => (value === '' ? null : value);

/**
 * The form values as the contract's input (validation happens on the result, so the field paths
 * of problems are the form's own). Empty choices stay empty strings so the schema names them.
 */
export function toProducerInput(values: ProducerFormValues): ProducerProfileInput {
  const rep = values.legalRepresentative;
  return {
    type: values.type as ProducerType,
    name: values.name,
    registrationNumber: values.registrationNumber,
    communeId: values.communeId,
    address: values.address,
    legalRepresentative: {
      fullName: rep.fullName,
      title: rep.title,
      gender: rep.gender as Gender,
      isEthnicMinority: rep.isEthnicMinority,
      ethnicity: rep.isEthnicMinority ? orNull(rep.ethnicity) : null,
    },
    contacts: {
      phone: orNull(values.contacts.phone),
      email: orNull(values.contacts.email),
      website: orNull(values.contacts.website),
    },
    workforce: {
      total: countOrNull(values.workforce.total),
      female: countOrNull(values.workforce.female),
      local: countOrNull(values.workforce.local),
      ethnicMinority: countOrNull(values.workforce.ethnicMinority),
    },
  };
}

/** A producer read from the API, as form values (for editing). */
export function producerToForm(producer: ProducerOutput): ProducerFormValues {
  const rep = producer.legalRepresentative;
  return {
    type: producer.type,
    name: producer.name,
    registrationNumber: producer.registrationNumber,
    communeId: producer.communeId,
    address: producer.address,
    legalRepresentative: rep
      ? {
          fullName: rep.fullName,
          title: rep.title,
          gender: rep.gender,
          isEthnicMinority: rep.isEthnicMinority,
          ethnicity: rep.ethnicity ?? '',
        }
      : EMPTY_PRODUCER_FORM.legalRepresentative,
    contacts: {
      phone: producer.contacts.phone ?? '',
      email: producer.contacts.email ?? '',
      website: producer.contacts.website ?? '',
    },
    workforce: {
      total: producer.workforce.total ?? '',
      female: producer.workforce.female ?? '',
      local: producer.workforce.local ?? '',
      ethnicMinority: producer.workforce.ethnicMinority ?? '',
    },
  };
}

/** True when the API refused a write because someone else saved first (optimistic concurrency). */
export function isStaleVersion(error: unknown): boolean {
  return (
    isApiError(error) &&
    error.status === 409 &&
    error.fieldErrors.some((problem) => problem.field === 'version')
  );
}
