package dev.neurona.nn;

import java.util.List;
import java.util.Optional;

/** Either a valid {@link NetworkSpec} or the list of field errors that prevented it. */
public record SpecParseResult(Optional<NetworkSpec> spec, List<FieldError> errors) {

    public boolean isValid() {
        return spec.isPresent();
    }

    public NetworkSpec orElseThrow() {
        return spec.orElseThrow(() -> new IllegalArgumentException("invalid network configuration: " + errors));
    }
}
