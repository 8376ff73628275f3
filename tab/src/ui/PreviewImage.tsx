import { useState } from 'react';

/**
 * A decorative preview picture (the title beside it says what it is). When it cannot be loaded it
 * disappears instead of leaving a broken-image frame.
 */
export function PreviewImage({
  src,
  className,
  lazy = false,
}: {
  src: string;
  className?: string;
  lazy?: boolean;
}) {
  const [failed, setFailed] = useState(false);
  if (failed) return null;
  return (
    <img
      src={src}
      alt=""
      loading={lazy ? 'lazy' : undefined}
      className={className}
      onError={() => setFailed(true)}
    />
  );
}
