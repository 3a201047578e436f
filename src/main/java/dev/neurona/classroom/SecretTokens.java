package dev.neurona.classroom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random tokens for sessions, join codes and PINs, and the digest under which a session token is stored. */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** No 0/O, 1/I/L: a code read aloud or copied from a projector is typed right the first time. */
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

    private SecretTokens() {
    }

    /** 256 random bits, URL-safe. */
    public static String sessionToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** A class's join code: 6 characters from an unambiguous alphabet (about 887 million codes). */
    public static String joinCode() {
        char[] code = new char[6];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }

    /** A learner's recovery PIN: 6 digits. Sign-in is rate limited, so guessing it online is impractical. */
    public static String pin() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    /** The setup code printed in the server log, which proves the instructor can read it: XXXX-XXXX. */
    public static String setupCode() {
        String code = joinCode() + joinCode();
        return code.substring(0, 4) + "-" + code.substring(4, 8);
    }

    /** Compares two secrets in time independent of where they differ. */
    public static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
