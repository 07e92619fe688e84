/**
 * The signing identity of this installation: the PKCS#12 named by SIGNING_P12_FILE, or — for the
 * demo, development and tests — a self-signed one created on first use and kept in
 * DATA_DIR/demo-signing.p12 (documented in docs/operations; never a real authority's key).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AppConfig } from '../../config';
import {
  createDemoSigningIdentity,
  DEMO_SIGNING_PASSPHRASE,
  type SigningIdentity,
} from './demo-signing-identity';

const identities = new WeakMap<object, SigningIdentity>();

function loadDemo(dataDir: string): SigningIdentity {
  const file = path.join(dataDir, 'demo-signing.p12');
  if (fs.existsSync(file))
    return {
      p12: fs.readFileSync(file),
      passphrase: DEMO_SIGNING_PASSPHRASE,
      commonName: 'demo',
      isDemo: true,
    };
  const identity = createDemoSigningIdentity();
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, identity.p12, { mode: 0o600 });
    fs.renameSync(temporary, file);
  } catch {
    // a read-only data directory: sign with the in-memory identity of this process
  }
  return identity;
}

/** The identity that signs certificates and decisions (cached per configuration). */
export function signingIdentityOf(config: AppConfig): SigningIdentity {
  let found = identities.get(config);
  if (!found) {
    found = config.signing
      ? {
          p12: fs.readFileSync(config.signing.p12File),
          passphrase: config.signing.passphrase,
          commonName: path.basename(config.signing.p12File),
          isDemo: false,
        }
      : loadDemo(config.dataDir);
    identities.set(config, found);
  }
  return found;
}
