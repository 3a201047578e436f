package dev.neurona.classroom;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** Hashes and checks secrets (instructor passwords, learner PINs) with bcrypt. */
public final class PasswordHasher {

    /** 2^11 rounds: about a tenth of a second here, slow enough for an offline attack on a leaked row. */
    private static final int COST = 11;

    private PasswordHasher() {
    }

    public static String hash(String secret) {
        return BCrypt.withDefaults().hashToString(COST, secret.toCharArray());
    }

    public static boolean matches(String secret, String hash) {
        if (secret == null || hash == null) {
            return false;
        }
        return BCrypt.verifyer().verify(secret.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8)).verified;
    }
}
