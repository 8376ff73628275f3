import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useInRouterContext } from 'react-router';
import { signInAgain } from '../auth/session';
import { fieldLabelKey } from '../i18n/labelKeys';
import { describeError } from './describeError';
import { problemText } from './problemText';

const useStyles = makeStyles({
  root: { marginBlock: tokens.spacingVerticalM },
  detail: { margin: `${tokens.spacingVerticalXS} 0 0` },
  fields: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalXL },
  link: { color: tokens.colorBrandForegroundLink },
});

interface ErrorStateProps {
  error: unknown;
  /** Offered as "Retry" when retrying can help. */
  onRetry?: () => void;
  /** Replaces the generic title, e.g. to say which action failed. */
  title?: string;
  /** Offer "Retry" even where it rarely helps, e.g. at start-up where there is nothing else to do. */
  alwaysOfferRetry?: boolean;
}

/** Says what went wrong in the person's language and what they can do about it. */
export function ErrorState({ error, onRetry, title, alwaysOfferRetry = false }: ErrorStateProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const inRouter = useInRouterContext();
  const { kind, action, reason, fieldErrors } = describeError(error);
  const fieldLabel = (field: string) => t(fieldLabelKey(field) ?? 'fields.unnamed');

  return (
    <MessageBar
      intent={action === 'charter' ? 'warning' : 'error'}
      layout="multiline"
      className={styles.root}
    >
      <MessageBarBody>
        <MessageBarTitle>{title ?? t(`errors.${kind}.title`)}</MessageBarTitle>
        {t(`errors.${kind}.message`)}
        {action === 'charter' && inRouter && (
          <>
            {' '}
            <RouterLink to="/charter" className={styles.link}>
              {t('errors.actions.charter')}
            </RouterLink>
          </>
        )}
        {reason && action !== 'charter' && <p className={styles.detail}>{problemText(t, reason)}</p>}
        {fieldErrors.length > 0 && (
          <ul className={styles.fields}>
            {fieldErrors.map((fieldError) => (
              <li key={`${fieldError.field}:${fieldError.code}`}>
                {fieldLabel(fieldError.field)} — {problemText(t, fieldError)}
              </li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions>
        {onRetry && (action === 'retry' || (alwaysOfferRetry && action === 'none')) && (
          <Button onClick={onRetry}>{t('errors.actions.retry')}</Button>
        )}
        {action === 'signIn' && <Button onClick={signInAgain}>{t('errors.actions.signIn')}</Button>}
        {action === 'reload' && (
          <Button onClick={() => window.location.reload()}>{t('errors.actions.reload')}</Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
