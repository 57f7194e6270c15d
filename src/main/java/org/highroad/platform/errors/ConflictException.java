package org.highroad.platform.errors;

/** The request is well formed but conflicts with the current state (answered 409), e.g. editing a pinned version. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
