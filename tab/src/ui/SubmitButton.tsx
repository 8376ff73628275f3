import { Button, Spinner } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';

/**
 * A form's primary action. While the form is being sent it stays focusable (keyboard and screen-reader users
 * keep their place) but does nothing, and shows a spinner.
 */
export function SubmitButton({
  busy,
  icon,
  children,
}: {
  busy: boolean;
  icon?: ReactElement;
  children: ReactNode;
}) {
  return (
    <Button
      type="submit"
      appearance="primary"
      disabledFocusable={busy}
      icon={busy ? <Spinner size="tiny" /> : icon}
    >
      {children}
    </Button>
  );
}
