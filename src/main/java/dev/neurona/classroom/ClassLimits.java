package dev.neurona.classroom;

import java.util.OptionalInt;
import java.util.OptionalLong;

/** What an instructor caps for every run of a class; an empty value leaves the server's own limit. */
public record ClassLimits(OptionalInt maxEpochs, OptionalLong maxParameters, OptionalInt maxWallSeconds, OptionalInt maxTrainRows) {

    public static final ClassLimits NONE = new ClassLimits(OptionalInt.empty(), OptionalLong.empty(), OptionalInt.empty(), OptionalInt.empty());

    public ClassLimits {
        check(maxEpochs.isEmpty() || maxEpochs.getAsInt() >= 1);
        check(maxParameters.isEmpty() || maxParameters.getAsLong() >= 1);
        check(maxWallSeconds.isEmpty() || maxWallSeconds.getAsInt() >= 10);
        check(maxTrainRows.isEmpty() || maxTrainRows.getAsInt() >= 100);
    }

    private static void check(boolean valid) {
        if (!valid) {
            throw new ClassroomException(ClassroomException.Reason.BAD_LIMIT);
        }
    }
}
