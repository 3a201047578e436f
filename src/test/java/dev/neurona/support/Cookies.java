package dev.neurona.support;

/**
 * The names of the cookies a browser holds for Neurona, for the helpers here outside {@code dev.neurona.web}
 * (whose constants are package-private). They are part of the contract with every open browser: renaming one
 * signs everybody out, so the tests spell them out.
 */
public final class Cookies {

    /** The learner's id ({@code CurrentLearner.COOKIE}). */
    public static final String LEARNER = "neurona_learner";

    /** The signed-in instructor's session ({@code CurrentInstructor.COOKIE}). */
    public static final String INSTRUCTOR = "neurona_instructor";

    private Cookies() {}
}
