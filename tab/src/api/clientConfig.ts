import type { ClientConfig } from '@contract/client-config';
import { apiRequest } from './apiRequest';

export function getClientConfig(): Promise<ClientConfig> {
  return apiRequest<ClientConfig>('/api/v1/client-config', { authenticated: false });
}
