import { Field, Select } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { locales } from '@contract/locale';
import type { Locale } from '@contract/locale';
import { networks } from '@contract/network';
import type { Network } from '@contract/network';
import { networkNames } from '@contract/network';

interface NetworkLanguageSelectsProps {
  network: Network;
  language: Locale;
  onNetworkChange: (network: Network) => void;
  onLanguageChange: (language: Locale) => void;
  labels: { network: string; language: string };
  className?: string;
}

/** The pair of choices every text belongs to: which network, which language. */
export function NetworkLanguageSelects(props: NetworkLanguageSelectsProps) {
  const { t } = useTranslation();
  return (
    <div className={props.className}>
      <Field label={props.labels.network}>
        <Select value={props.network} onChange={(_, data) => props.onNetworkChange(data.value as Network)}>
          {networks.map((option) => (
            <option key={option} value={option}>
              {networkNames[option]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={props.labels.language}>
        <Select value={props.language} onChange={(_, data) => props.onLanguageChange(data.value as Locale)}>
          {locales.map((option) => (
            <option key={option} value={option}>
              {t(`languages.${option}`)}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
