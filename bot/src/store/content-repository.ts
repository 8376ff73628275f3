import type { ContentItemDoc } from '../domain/documents';
import { TenantRepository } from './tenant-repository';

export class ContentRepository extends TenantRepository<ContentItemDoc> {}
