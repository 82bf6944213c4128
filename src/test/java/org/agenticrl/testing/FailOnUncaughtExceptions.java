package org.agenticrl.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

/**
 * Fails a test when any thread (the FX thread included) hands an exception to the uncaught-exception handler while it
 * runs. JavaFX passes an exception thrown by a property listener or an event handler to that handler instead of to
 * the caller, so without this a test would pass while the app failed underneath it. Registered for every test by
 * auto-detection (META-INF/services).
 */
public final class FailOnUncaughtExceptions implements BeforeEachCallback, AfterEachCallback {
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler previous;

    @Override
    public void beforeEach(ExtensionContext context) {
        uncaught.clear();
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, problem) -> uncaught.add(problem));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Thread.setDefaultUncaughtExceptionHandler(previous);
        if (!uncaught.isEmpty()) {
            AssertionFailedError failure = new AssertionFailedError(uncaught.size()
                    + " exception(s) reached the uncaught-exception handler, the first: " + uncaught.get(0));
            uncaught.forEach(failure::addSuppressed);
            uncaught.clear();
            throw failure;
        }
    }
}
