/**
 * A self-signed signing identity for the demo and the tests, made at run time (no private key is
 * ever committed): an RSA key from Node's crypto, wrapped by node-forge into a PKCS#12 with a
 * certificate named after the issuing authority. A real deployment sets SIGNING_P12_FILE instead.
 */
import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';

export interface SigningIdentity {
  p12: Buffer;
  passphrase: string;
  /** The common name of the signing certificate (shown by `pdfsig` as the signer). */
  commonName: string;
  isDemo: boolean;
}

export const DEMO_SIGNING_PASSPHRASE = 'ocop-demo';
export const DEMO_SIGNER_COMMON_NAME = 'UBND tinh (chung thu so demo OCOP)';

/** A new self-signed PKCS#12 valid for ten years from `now`. */
export function createDemoSigningIdentity(now: Date = new Date()): SigningIdentity {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const forgePrivate = forge.pki.privateKeyFromPem(
    privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
  );
  const forgePublic = forge.pki.publicKeyFromPem(
    publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  );
  const cert = forge.pki.createCertificate();
  cert.publicKey = forgePublic;
  cert.serialNumber = `01${forge.util.bytesToHex(forge.random.getBytesSync(8))}`;
  cert.validity.notBefore = new Date(now.getTime() - 24 * 3600_000);
  cert.validity.notAfter = new Date(now.getTime() + 10 * 365 * 24 * 3600_000);
  const subject = [
    { name: 'commonName', value: DEMO_SIGNER_COMMON_NAME },
    { name: 'organizationName', value: 'OCOP demo' },
    { name: 'countryName', value: 'VN' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
  ]);
  cert.sign(forgePrivate, forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(forgePrivate, [cert], DEMO_SIGNING_PASSPHRASE, {
    algorithm: '3des',
  });
  const p12 = Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
  return { p12, passphrase: DEMO_SIGNING_PASSPHRASE, commonName: DEMO_SIGNER_COMMON_NAME, isDemo: true };
}
