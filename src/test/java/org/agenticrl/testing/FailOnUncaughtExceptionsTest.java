package org.agenticrl.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

/** The guard that no test can pass while a listener threw: it is installed, and it turns the swallowed exception into a failure. */
class FailOnUncaughtExceptionsTest {
    @Test
    void aListenersExceptionReachesTheGuardNotTheCaller() {
        FailOnUncaughtExceptions guard = new FailOnUncaughtExceptions();
        guard.beforeEach((ExtensionContext) null);
        SimpleIntegerProperty value = new SimpleIntegerProperty();
        value.addListener((o, before, after) -> {
            throw new IllegalStateException("listener failed");
        });
        value.set(1);
        assertEquals(1, value.get(), "JavaFX swallowed the exception: the caller never saw it");
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> guard.afterEach(null));
        assertEquals("listener failed", failure.getSuppressed()[0].getMessage());
    }
}
