import type { CharterVersionDoc } from '../domain/documents';
import { TenantRepository } from './tenant-repository';

export class CharterRepository extends TenantRepository<CharterVersionDoc> {}
