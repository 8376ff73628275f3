import { clientConfigSchema } from '@contract/client-config';
import type { ClientConfig } from '@contract/client-config';
import { apiRequest } from './apiRequest';

export function getClientConfig(): Promise<ClientConfig> {
  return apiRequest('/api/v1/client-config', clientConfigSchema, { authenticated: false });
}
