/** Reads and writes the dossier and lifecycle demos need beside the real use cases. */
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../database';
import {
  adminUnits,
  certificates,
  dossiers,
  evidence,
  producerMembers,
  producers,
  products,
  roleGrants,
} from '../schema';

type ProducerRow = typeof producers.$inferSelect;
type ProductRow = typeof products.$inferSelect;
type NewEvidenceRow = typeof evidence.$inferInsert;

/** An account's grants with their units' paths (all of them, as the demo actor is built from). */
export async function listGrantsWithUnitPaths(
  db: Database,
  accountId: string,
): Promise<{ role: string; unitId: string; unitPath: string }[]> {
  return db
    .select({ role: roleGrants.role, unitId: roleGrants.unitId, unitPath: adminUnits.path })
    .from(roleGrants)
    .innerJoin(adminUnits, eq(adminUnits.id, roleGrants.unitId))
    .where(eq(roleGrants.accountId, accountId));
}

/** A producer an account is a member of (the first found). */
export async function findProducerOfMember(
  db: Database,
  accountId: string,
): Promise<ProducerRow | undefined> {
  const [member] = await db
    .select({ producer: producers })
    .from(producerMembers)
    .innerJoin(producers, eq(producers.id, producerMembers.producerId))
    .where(eq(producerMembers.accountId, accountId));
  return member?.producer;
}

/** A producer's product with exactly this name. */
export async function findProductWithExactName(
  db: Database,
  producerId: string,
  name: string,
): Promise<ProductRow | undefined> {
  const [row] = await db
    .select()
    .from(products)
    .where(and(eq(products.producerId, producerId), eq(products.name, name)));
  return row;
}

/** A dossier's version and registration (what the next step of a demo names). */
export async function findDossierVersion(
  db: Database,
  dossierId: string,
): Promise<{ version: number; registration: (typeof dossiers.$inferSelect)['registration'] } | undefined> {
  const [row] = await db
    .select({ version: dossiers.version, registration: dossiers.registration })
    .from(dossiers)
    .where(eq(dossiers.id, dossierId));
  return row;
}

/** Ids of every evidence document of a producer (deleted ones too). */
export async function listEvidenceIdsOfProducer(db: Database, producerId: string): Promise<string[]> {
  const rows = await db.select({ id: evidence.id }).from(evidence).where(eq(evidence.producerId, producerId));
  return rows.map((r) => r.id);
}

/** Inserts evidence documents in one statement; returns their ids in order. */
export async function insertEvidenceRows(db: Database, values: NewEvidenceRow[]): Promise<string[]> {
  const rows = await db.insert(evidence).values(values).returning({ id: evidence.id });
  return rows.map((r) => r.id);
}

/** The demo dossiers of products with these names, with producer and commune names. */
export async function listDossiersOfProductNames(
  db: Database,
  names: string[],
): Promise<{ id: string; status: string; producer: string; commune: string; product: string }[]> {
  return db
    .select({
      id: dossiers.id,
      status: dossiers.status,
      producer: producers.name,
      commune: adminUnits.fullName,
      product: products.name,
    })
    .from(dossiers)
    .innerJoin(products, eq(products.id, dossiers.productId))
    .innerJoin(producers, eq(producers.id, dossiers.producerId))
    .innerJoin(adminUnits, eq(adminUnits.id, dossiers.communeId))
    .where(inArray(products.name, names));
}

/** When a certificate was revoked (null while it is not); undefined when it does not exist. */
export async function findCertificateRevokedOn(
  db: Database,
  certificateId: string,
): Promise<{ revokedOn: string | null } | undefined> {
  const [row] = await db
    .select({ revokedOn: certificates.revokedOn })
    .from(certificates)
    .where(eq(certificates.id, certificateId));
  return row;
}
