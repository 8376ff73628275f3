import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

/**
 * Why some of the audience got nothing, and what to do about it: the bot can only write to people who have
 * Ambassade installed in Teams, and never to those who turned messages off. Says nothing when all were reached.
 */
export function NotReached({
  outcome,
}: {
  outcome: { queued: number; unreachable: number; optedOut: number };
}) {
  const { t } = useTranslation();
  const { queued, unreachable, optedOut } = outcome;
  if (unreachable === 0 && optedOut === 0) return null;
  return (
    <MessageBar intent={queued === 0 ? 'warning' : 'info'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {queued === 0 ? t('studio.notReached.nobody') : t('studio.notReached.some', { count: queued })}
        </MessageBarTitle>
        {unreachable > 0 && t('studio.notReached.noBot', { count: unreachable })}{' '}
        {optedOut > 0 && t('studio.notReached.optedOut', { count: optedOut })}
      </MessageBarBody>
    </MessageBar>
  );
}
