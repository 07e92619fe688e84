/** The verification page's certificate look-up: one indexed query, in the repository. */
export {
  findCertificateByNumber,
  type CertificateLookup,
} from '../../db/repositories/public-certificate.repository';
