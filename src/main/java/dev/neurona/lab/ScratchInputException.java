package dev.neurona.lab;

import dev.neurona.nn.FieldError;

/** A setting of the from-scratch network that was refused, with the field and the reason. */
public class ScratchInputException extends IllegalArgumentException {

    private final transient FieldError error;

    ScratchInputException(FieldError error) {
        super(error.field() + ": " + error.problem());
        this.error = error;
    }

    public FieldError error() {
        return error;
    }
}
