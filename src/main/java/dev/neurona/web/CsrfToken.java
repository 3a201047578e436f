package dev.neurona.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The double-submit token against cross-site request forgery: a random value the browser keeps in
 * the {@value #COOKIE} cookie and our scripts copy into the {@value #HEADER} header of every unsafe
 * request. Another site can make the browser send the cookie, but cannot read it to set the header.
 */
public final class CsrfToken {

    /** The cookie that holds the token; readable by our scripts (see {@code web/js/csrf.js}). */
    public static final String COOKIE = "neurona_csrf";

    /** The header an unsafe request must carry, equal to the cookie. */
    public static final String HEADER = "X-CSRF-Token";

    private static final int BYTES = 32;
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfToken() {
    }

    /** A new token: 256 random bits, URL-safe Base64 without padding (43 characters). */
    public static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a cookie value could be one of our tokens; anything else is replaced by a fresh one. */
    public static boolean isWellFormed(String value) {
        return value != null && WELL_FORMED.matcher(value).matches();
    }

    /**
     * Whether the header repeats the cookie. Compared in constant time, so the answer's timing
     * tells nothing about how much of a guess was right.
     */
    public static boolean matches(String cookie, String header) {
        if (!isWellFormed(cookie) || header == null) {
            return false;
        }
        return MessageDigest.isEqual(cookie.getBytes(StandardCharsets.US_ASCII), header.getBytes(StandardCharsets.US_ASCII));
    }
}
