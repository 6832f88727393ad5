import { startTransition, type FormEvent } from 'react';

/**
 * A form's onSubmit for useActionState forms whose values must survive an error: React resets a form after its
 * `action` runs, which would throw away what was typed (passwords included) when the server says no. This
 * submits the same FormData through the action without that reset; the form's `action` stays in place, so
 * the form still works without JavaScript. Forms clear themselves on success where that is wanted.
 */
export function keepValuesOnSubmit(dispatch: (payload: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(formData));
  };
}
