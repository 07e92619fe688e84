import { describe, expect, it } from 'vitest';
import { ProducerProfileInput } from '../../contracts/producers.contracts';
import { CreateProductInput, type ProductOutput } from '../../contracts/products.contracts';
import { ApiError } from '../api/api-error';
import { EvidenceUploadSchema, toEvidenceFields, type EvidenceFormValues } from './evidence-form';
import {
  EMPTY_PRODUCER_FORM,
  isStaleVersion,
  toProducerInput,
  type ProducerFormValues,
} from './producer-form';
import { EMPTY_PRODUCT_FORM, productToForm, toProductInput } from './product-form';

const COMMUNE_ID = '0193a3c2-6b1e-7c00-8000-000000000001';

function producerForm(overrides: Partial<ProducerFormValues> = {}): ProducerFormValues {
  return {
    ...EMPTY_PRODUCER_FORM,
    type: 'cooperative',
    name: 'HTX Gốm Bát Tràng',
    registrationNumber: '0101234567',
    communeId: COMMUNE_ID,
    address: 'Thôn 1',
    legalRepresentative: {
      fullName: 'Nguyễn Thị Hạnh',
      title: 'Giám đốc',
      gender: 'female',
      isEthnicMinority: false,
      ethnicity: '',
    },
    ...overrides,
  };
}

const issuePaths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((issue) => issue.path.join('.'));

describe('producer form → contract', () => {
  it('turns empty contact and workforce boxes into "not given"', () => {
    const input = toProducerInput(producerForm());
    expect(input.contacts).toEqual({ phone: null, email: null, website: null });
    expect(input.workforce).toEqual({ total: null, female: null, local: null, ethnicMinority: null });
    expect(ProducerProfileInput.safeParse(input).success).toBe(true);
  });

  it('names the field of each problem with the same path as the form field', () => {
    const result = ProducerProfileInput.safeParse(
      toProducerInput(
        producerForm({
          registrationNumber: '12AB',
          contacts: { phone: '', email: 'không-phải-email', website: '' },
        }),
      ),
    );
    expect(issuePaths(result)).toEqual(expect.arrayContaining(['registrationNumber', 'contacts.email']));
  });

  it('keeps the ethnic group only for an ethnic-minority representative', () => {
    const rep = {
      fullName: 'Hoàng Văn Páo',
      title: 'Chủ hộ',
      gender: 'male' as const,
      isEthnicMinority: false,
      ethnicity: 'Tày',
    };
    expect(
      toProducerInput(producerForm({ legalRepresentative: rep })).legalRepresentative.ethnicity,
    ).toBeNull();
    expect(
      toProducerInput(producerForm({ legalRepresentative: { ...rep, isEthnicMinority: true } }))
        .legalRepresentative.ethnicity,
    ).toBe('Tày');
  });
});

describe('product form → contract', () => {
  it('refuses a GTIN with a wrong check digit on the gtin field', () => {
    const result = CreateProductInput.safeParse(
      toProductInput({ ...EMPTY_PRODUCT_FORM, productSet: '1', name: 'Miến dong', gtin: '8934567890125' }),
    );
    expect(issuePaths(result)).toEqual(['gtin']);
  });

  it('asks for a product set when none is chosen', () => {
    const result = CreateProductInput.safeParse(toProductInput({ ...EMPTY_PRODUCT_FORM, name: 'Miến dong' }));
    expect(issuePaths(result)).toEqual(['productSet']);
  });

  it('round-trips story and points of sale through the edit form', () => {
    const details = {
      packaging: 'Túi 500 g',
      story: 'Làm từ củ dong riềng.',
      pointsOfSale: [{ name: 'Cửa hàng OCOP', address: null, url: 'https://cho.example.vn', phone: null }],
    };
    const product = {
      productSet: 1,
      productSetName: 'Bộ 1',
      name: 'Miến dong',
      description: '',
      gtin: null,
      details,
    } as unknown as ProductOutput;
    const input = toProductInput(productToForm(product));
    expect(input.details?.story).toBe('Làm từ củ dong riềng.');
    expect(input.details?.pointsOfSale).toEqual(details.pointsOfSale);
    expect(CreateProductInput.safeParse(input).success).toBe(true);
  });
});

describe('evidence upload form', () => {
  const values: EvidenceFormValues = {
    documentType: 'test_report',
    title: 'Phiếu kiểm nghiệm',
    issuer: '',
    issuedOn: '',
    validUntil: '',
    productId: '',
    file: null,
  };

  it('sends only the fields that were filled in', () => {
    expect(Object.keys(toEvidenceFields(values)).sort()).toEqual(['documentType', 'file', 'title']);
  });

  it('asks for the file and for a valid-until date not before the issue date', () => {
    const result = EvidenceUploadSchema.safeParse(
      toEvidenceFields({ ...values, issuedOn: '2026-05-01', validUntil: '2026-04-01' }),
    );
    expect(issuePaths(result).sort()).toEqual(['file', 'validUntil']);
  });
});

describe('isStaleVersion', () => {
  const problem = (status: number, field: string) =>
    new ApiError({
      status,
      code: 'CONFLICT',
      detail: '',
      detailEn: '',
      errors: [{ field, message: '', messageEn: '' }],
    });

  it('recognises the 409 about the version, not other conflicts', () => {
    expect(isStaleVersion(problem(409, 'version'))).toBe(true);
    expect(isStaleVersion(problem(409, 'registrationNumber'))).toBe(false);
    expect(isStaleVersion(new Error('network'))).toBe(false);
  });
});
