import 'i18next';
import type { en } from './resources/en';

// Type-checks every t('…') key against the English resources.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}
