import type { DossierOutput } from '../../contracts/dossiers.contracts';

/**
 * The names a confirmation quotes: the producer, and the commune both as a unit inside a sentence
 * ("UBND xã Bát Tràng", the kind in lower case) and as its full name ("Xã Bát Tràng").
 */
export function confirmNames(dossier: DossierOutput) {
  const communeName = dossier.commune.name;
  return {
    producer: dossier.producer.name,
    commune: communeName.charAt(0).toLocaleLowerCase('vi') + communeName.slice(1),
    communeName,
  };
}
