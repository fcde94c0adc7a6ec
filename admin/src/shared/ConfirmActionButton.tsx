import { useMutation } from '@tanstack/react-query';
import { type ReactElement, useState } from 'react';
import { Button, type ButtonProps, Confirm, useNotify, useRefresh } from 'react-admin';

export interface ConfirmActionButtonProps<TResult> {
  /** i18n key of the button, and of the dialog's confirm button unless `confirmLabel` says otherwise. */
  label: string;
  icon?: ReactElement;
  /** The API call, made once the user confirms (e.g. a custom data provider method). */
  mutationFn: () => Promise<TResult>;
  /** i18n keys of the confirmation dialog; `translateOptions` fills their placeholders. */
  title: string;
  content: string;
  translateOptions?: Record<string, unknown>;
  confirmLabel?: string;
  confirmColor?: 'primary' | 'warning';
  /** i18n key notified when the call succeeds (with `messageArgs`), or `false` when the caller shows the result. */
  successMessage: string | false;
  successType?: 'success' | 'info';
  /**
   * i18n key notified when the call fails, given the API's own (Chinese) message as `%{message}`. Without it the
   * API's message is notified as it is.
   */
  errorMessage?: string;
  /** Placeholders of the success and error messages. */
  messageArgs?: Record<string, unknown>;
  /** Reads the page's data again after a success (react-admin `useRefresh`). @default true */
  refresh?: boolean;
  onSuccess?: (result: TResult) => void;
  color?: ButtonProps['color'];
  variant?: ButtonProps['variant'];
  'data-testid'?: string;
}

function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return 'ra.notification.http_error';
}

/**
 * A button that asks first, then calls the API: react-query's `useMutation` (under react-admin's query client)
 * owns the pending state, during which the button and the dialog's confirm are disabled, and the success or
 * error notification. Modelled on react-admin's demo `reviews/AcceptButton.tsx`. Clicks do not reach a list
 * row behind the button (rows open the record).
 */
export function ConfirmActionButton<TResult>({
  label,
  icon,
  mutationFn,
  title,
  content,
  translateOptions,
  confirmLabel = label,
  confirmColor = 'primary',
  successMessage,
  successType = 'success',
  errorMessage,
  messageArgs,
  refresh: refreshAfter = true,
  onSuccess,
  color,
  variant,
  'data-testid': testId,
}: ConfirmActionButtonProps<TResult>) {
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const { mutate, isPending } = useMutation({
    mutationFn: () => mutationFn(),
    onSuccess: (result) => {
      if (successMessage) notify(successMessage, { type: successType, messageArgs });
      if (refreshAfter) refresh();
      onSuccess?.(result);
    },
    onError: (error) => {
      const message = messageOf(error);
      if (errorMessage) notify(errorMessage, { type: 'error', messageArgs: { ...messageArgs, message } });
      else notify(message, { type: 'error' });
    },
    onSettled: () => setOpen(false),
  });

  return (
    <>
      <Button
        label={label}
        color={color}
        variant={variant}
        disabled={isPending}
        onClick={(event) => {
          event.stopPropagation();
          setOpen(true);
        }}
        data-testid={testId}
      >
        {icon}
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title={title}
        content={content}
        translateOptions={translateOptions}
        confirm={confirmLabel}
        confirmColor={confirmColor}
        onConfirm={() => mutate()}
        onClose={() => {
          if (!isPending) setOpen(false);
        }}
      />
    </>
  );
}
