package org.assessor.web;

/**
 * A sign-in through the organisation's provider that did not go through: why, for the page the
 * person sees, and a detail for the log (never a token, a code or a secret).
 */
public final class OidcFailed extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a sign-in did not go through. */
    public enum Reason {
        /** The browser came back without the sign-in it started (expired, another browser, tampered or used state). */
        STATE,
        /** The provider answered with an error (the person cancelled, or the provider refused). */
        PROVIDER_ERROR,
        /** The provider's tokens did not pass the checks (signature, issuer, audience, expiry, nonce). */
        TOKEN_REFUSED,
        /** The verified identity has no usable e-mail address. */
        NO_EMAIL,
        /** The provider could not be reached or answered what is not OpenID Connect. */
        UNAVAILABLE
    }

    private final Reason reason;

    public OidcFailed(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public OidcFailed(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    /** Why. */
    public Reason reason() {
        return reason;
    }
}
