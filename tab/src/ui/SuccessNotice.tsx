import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** What an action achieved, announced to screen readers; `children` follow it, such as where to go next. */
export function SuccessNotice({ message, children }: { message: string; children?: ReactNode }) {
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <span role="status">{message}</span>
        {children && <> {children}</>}
      </MessageBarBody>
    </MessageBar>
  );
}
