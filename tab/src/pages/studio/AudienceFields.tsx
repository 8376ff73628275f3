import { Checkbox } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { locales } from '@contract/locale';
import type { Locale } from '@contract/locale';
import type { Organisation } from '@contract/organisation';
import { currentLocale } from '../../i18n/i18n';
import { localized } from '../../i18n/localized';
import { FieldGroup } from '../../ui/FieldGroup';
import { toggle } from './toggle';

/** Who a campaign, poll, event, nudge or challenge is for; an empty list leaves that criterion open. */
export interface AudienceChoice {
  groupIds: string[];
  brandIds: string[];
  /** Left out when the form does not target languages: no language checkboxes then. */
  languages?: Locale[];
}

interface AudienceFieldsProps {
  organisation: Pick<Organisation, 'groups' | 'brands'>;
  audience: AudienceChoice;
  /** Receives the one list that changed. */
  onChange: (change: Partial<AudienceChoice>) => void;
}

/** The studio editors' audience: checkbox groups for groups, brands and (optionally) languages. */
export function AudienceFields({ organisation, audience, onChange }: AudienceFieldsProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const hint = t('studio.audience.hint');
  const { languages } = audience;
  return (
    <>
      <FieldGroup legend={t('studio.audience.groups')} hint={hint}>
        {organisation.groups.map((group) => (
          <Checkbox
            key={group.id}
            label={`${localized(group.name, locale)} (${t(`groupKinds.${group.kind}`)})`}
            checked={audience.groupIds.includes(group.id)}
            onChange={(_, data) =>
              onChange({ groupIds: toggle(audience.groupIds, group.id, data.checked === true) })
            }
          />
        ))}
      </FieldGroup>
      <FieldGroup legend={t('studio.audience.brands')} hint={hint}>
        {organisation.brands.map((brand) => (
          <Checkbox
            key={brand.id}
            label={brand.name}
            checked={audience.brandIds.includes(brand.id)}
            onChange={(_, data) =>
              onChange({ brandIds: toggle(audience.brandIds, brand.id, data.checked === true) })
            }
          />
        ))}
      </FieldGroup>
      {languages && (
        <FieldGroup legend={t('studio.audience.languages')} hint={hint}>
          {locales.map((language) => (
            <Checkbox
              key={language}
              label={t(`languages.${language}`)}
              checked={languages.includes(language)}
              onChange={(_, data) =>
                onChange({ languages: toggle(languages, language, data.checked === true) })
              }
            />
          ))}
        </FieldGroup>
      )}
    </>
  );
}
