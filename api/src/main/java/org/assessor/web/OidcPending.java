package org.assessor.web;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A single sign-on under way, kept in the browser: its state, nonce and PKCE verifier and when it
 * expires, sealed with AES-256-GCM under a key derived from the client secret, issuer and client
 * id into the {@code assessor_oidc} cookie, so any node can finish what another began; and, on
 * this node, the states already used, so a callback is taken once. Thread-safe.
 */
final class OidcPending {
    /** The most sign-ins remembered as used (for {@link OidcSignIn#FLOW_TIMEOUT}) on one node. */
    static final int MAX_REMEMBERED = 100_000;

    private final Clock clock;
    private final byte[] sealKey;
    private final Map<String, Instant> used = new ConcurrentHashMap<>();

    OidcPending(OidcConfig config, Clock clock) {
        this.clock = clock;
        this.sealKey = hmac(config.clientSecret().getBytes(StandardCharsets.UTF_8),
                "assessor oidc sign-in cookie v1\n" + config.issuer() + "\n" + config.clientId());
    }

    /** What a sign-in under way must be finished with. */
    record Pending(String state, String nonce, String verifier, Instant expires) {
    }

    String seal(Pending pending) {
        JWEObject jwe = new JWEObject(new JWEHeader(JWEAlgorithm.DIR, EncryptionMethod.A256GCM), new Payload(Map.of(
                "s", pending.state(), "n", pending.nonce(), "v", pending.verifier(), "e", pending.expires().getEpochSecond())));
        try {
            jwe.encrypt(new DirectEncrypter(sealKey));
        } catch (JOSEException e) {
            throw new IllegalStateException("AES-256-GCM is in every Java runtime", e);
        }
        return jwe.serialize();
    }

    Pending unseal(String cookie) throws OidcFailed {
        if (cookie == null || cookie.isEmpty()) {
            throw new OidcFailed(OidcFailed.Reason.STATE, "no sign-in cookie (another browser, cookies off, or it expired)");
        }
        Map<String, Object> fields;
        try {
            JWEObject jwe = JWEObject.parse(cookie);
            if (!JWEAlgorithm.DIR.equals(jwe.getHeader().getAlgorithm())
                    || !EncryptionMethod.A256GCM.equals(jwe.getHeader().getEncryptionMethod())) {
                throw new OidcFailed(OidcFailed.Reason.STATE, "the sign-in cookie is not one of ours");
            }
            jwe.decrypt(new DirectDecrypter(sealKey));
            fields = jwe.getPayload().toJSONObject();
        } catch (ParseException | JOSEException | RuntimeException e) {
            throw new OidcFailed(OidcFailed.Reason.STATE, "the sign-in cookie is not one of ours (or the client"
                    + " secret changed since)", e);
        }
        if (fields == null || !(fields.get("s") instanceof String state) || !(fields.get("n") instanceof String nonce)
                || !(fields.get("v") instanceof String verifier) || !(fields.get("e") instanceof Number expires)) {
            throw new OidcFailed(OidcFailed.Reason.STATE, "the sign-in cookie is incomplete");
        }
        Pending pending = new Pending(state, nonce, verifier, Instant.ofEpochSecond(expires.longValue()));
        if (!clock.instant().isBefore(pending.expires())) {
            throw new OidcFailed(OidcFailed.Reason.STATE, "the sign-in took longer than " + OidcSignIn.FLOW_TIMEOUT.toMinutes()
                    + " minutes");
        }
        return pending;
    }

    /** Marks {@code pending}'s state used; refuses one used before. */
    void remember(Pending pending) throws OidcFailed {
        Instant now = clock.instant();
        if (used.size() >= MAX_REMEMBERED) {
            used.values().removeIf(expires -> !now.isBefore(expires));
            if (used.size() >= MAX_REMEMBERED) {
                throw new OidcFailed(OidcFailed.Reason.UNAVAILABLE, "too many sign-ins under way on this node");
            }
        }
        if (used.putIfAbsent(pending.state(), pending.expires()) != null) {
            throw new OidcFailed(OidcFailed.Reason.STATE, "this sign-in's state was used before (a replay?)");
        }
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
