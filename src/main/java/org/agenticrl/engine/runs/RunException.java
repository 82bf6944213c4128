package org.agenticrl.engine.runs;

/** A run could not be opened or read; the message says why in words for the user. */
public final class RunException extends Exception {
    public RunException(String message) {
        super(message);
    }

    public RunException(String message, Throwable cause) {
        super(message, cause);
    }
}
