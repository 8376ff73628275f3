/** One way of obtaining the bearer token the API expects: Teams SSO, the local dev sign-in or MSAL. */
export interface Authenticator {
  /** Resolves with a token, or navigates to sign-in (and then never settles). */
  getAccessToken(): Promise<string>;
  /** The API answered 401: forgets the token and goes back to sign-in unless that was just tried. */
  handleUnauthorized(): Promise<void>;
  /** The person asked to sign in again. */
  signInAgain(): Promise<void>;
  /** Forgets the token so the next load signs in afresh, e.g. once the person's data is erased. */
  signOut(): Promise<void>;
}

/** Sign-in cannot proceed without the person: the UI offers "Sign in again". */
export class SignInRequiredError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SignInRequiredError';
  }
}
