import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/sessionContext';
import { ErrorState } from '../ui/ErrorState';
import { LanguageSwitch } from './LanguageSwitch';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    paddingInline: tokens.spacingHorizontalL,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
  },
  product: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  greeting: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
});

interface SaveFailure {
  error: unknown;
  retry?: () => void;
}

/** Product name, who is signed in, and the language switch. */
export function AppHeader() {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const [saveFailure, setSaveFailure] = useState<SaveFailure>();

  return (
    <header className={styles.root}>
      <div className={styles.bar}>
        <Text className={styles.product}>{t('app.name')}</Text>
        <Text className={styles.greeting}>{t('shell.greeting', { name: me.displayName })}</Text>
        <LanguageSwitch
          onSaveError={(error, retry) => setSaveFailure(error === undefined ? undefined : { error, retry })}
        />
      </div>
      {saveFailure && (
        <ErrorState error={saveFailure.error} onRetry={saveFailure.retry} title={t('language.saveFailed')} />
      )}
    </header>
  );
}
