import type { AppInstance } from '../context';
import { evidenceRoutes } from './evidence/evidence.routes';
import { importRoutes } from './imports/import.routes';
import { outboxRoutes } from './mail/outbox.routes';
import { producerRoutes } from './producers/producer.routes';
import { productRoutes } from './products/product.routes';

/** The registry part of the platform: producers, products, evidence library, imports, mail outbox. */
export async function registryRoutes(app: AppInstance): Promise<void> {
  await app.register(producerRoutes);
  await app.register(productRoutes);
  await app.register(evidenceRoutes);
  await app.register(importRoutes);
  await app.register(outboxRoutes);
}
