package org.agenticrl.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.concurrent.Worker;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A page opened in JavaFX's WebView (WebKit), as a student's browser opens it, for tests: its scripts run, its
 * Content-Security-Policy is enforced, and everything it might do behind the reader's back is recorded: every
 * message its console printed (a script error, a refused load), every alert it raised, and every address it asked the
 * network for (through the JVM's proxy selector, which every http or https load of WebView consults). The page is in
 * a shown window of the given size, so that it is laid out as on a screen. Close it when done.
 */
final class BrowserPage implements AutoCloseable {
    private static final long TIMEOUT_SECONDS = 60;
    private static final RecordingProxySelector NETWORK = new RecordingProxySelector();

    private final Stage stage;
    private final WebView view;
    private final List<String> console = new CopyOnWriteArrayList<>();
    private final List<String> alerts = new CopyOnWriteArrayList<>();

    private BrowserPage(Stage stage, WebView view) {
        this.stage = stage;
        this.view = view;
    }

    /**
     * Opens the address in a window of width × height and waits until the page's script says it is ready.
     *
     * @param scripts whether the page's scripts run (off: a reader whose browser runs none)
     */
    static BrowserPage open(URI address, int width, int height, boolean scripts) throws TimeoutException {
        startToolkit();
        NETWORK.install();
        BrowserPage page = fx(() -> {
            WebView view = new WebView();
            view.getEngine().setJavaScriptEnabled(scripts);
            Stage stage = new Stage();
            stage.setScene(new Scene(view, width, height));
            stage.show();
            BrowserPage opened = new BrowserPage(stage, view);
            com.sun.javafx.webkit.WebConsoleListener.setDefaultListener((source, message, line, from) ->
                    opened.console.add(message + " (line " + line + ")"));
            view.getEngine().setOnAlert(event -> opened.alerts.add(event.getData()));
            view.getEngine().load(address.toString());
            return opened;
        });
        page.waitUntilLoaded(scripts);
        return page;
    }

    /**
     * Starts JavaFX as the UI tests do (TestFX's primary stage), before anything else in the test run starts it: a
     * toolkit started by {@link LessonFrames}' own headless start-up instead leaves TestFX's robot unable to open the
     * menus of the UI tests that run after it in the same JVM.
     */
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    /** Waits until the page has loaded and, when scripts run, its script says it is ready. */
    private void waitUntilLoaded(boolean scripts) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> fx(() -> {
            Worker.State state = view.getEngine().getLoadWorker().getState();
            if (state == Worker.State.FAILED) {
                throw new IllegalStateException("the page did not load: " + view.getEngine().getLoadWorker()
                        .getException());
            }
            return state == Worker.State.SUCCEEDED && (!scripts || "true".equals(view.getEngine().executeScript(
                    "document.documentElement.getAttribute('data-ready')")));
        }));
    }

    /** The page's document, for a reader without scripts (the tests' own scripts run through the DOM). */
    org.w3c.dom.Document document() {
        return fx(() -> view.getEngine().getDocument());
    }

    /** Runs a script in the page and returns what it gives, as WebView converts it. */
    Object eval(String script) {
        return fx(() -> view.getEngine().executeScript(script));
    }

    /** Runs a script that gives a string (null gives null). */
    String text(String script) {
        Object result = eval(script);
        return result == null || "undefined".equals(result) ? null : result.toString();
    }

    /** Presses a key in the page, as a reader at the keyboard does. */
    void press(KeyCode key) {
        fx(() -> {
            view.requestFocus();
            view.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
            view.fireEvent(new KeyEvent(KeyEvent.KEY_RELEASED, "", "", key, false, false, false, false));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Writes what the page shows in its window as a PNG file. */
    void picture(Path file) throws IOException {
        BufferedImage shown = fx(() -> SwingFXUtils.fromFXImage(view.snapshot(null, null), null));
        ImageIO.write(shown, "png", file.toFile());
    }

    /** Every message the page's console printed: script errors, refused loads. */
    List<String> console() {
        return List.copyOf(console);
    }

    /** Every alert the page raised. */
    List<String> alerts() {
        return List.copyOf(alerts);
    }

    /** Every address asked for over the network since the first page opened. */
    static List<URI> networkRequests() {
        return NETWORK.asked();
    }

    @Override
    public void close() {
        fx(() -> {
            view.getEngine().load(null);
            stage.hide();
            return null;
        });
    }

    private static <T> T fx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hears every network address the JVM is about to connect to (and lets it try, which fails offline). */
    private static final class RecordingProxySelector extends ProxySelector {
        private final List<URI> asked = new CopyOnWriteArrayList<>();
        private boolean installed;

        synchronized void install() {
            if (!installed) {
                ProxySelector.setDefault(this);
                installed = true;
            }
        }

        List<URI> asked() {
            return List.copyOf(asked);
        }

        @Override
        public List<Proxy> select(URI uri) {
            asked.add(uri);
            return List.of(Proxy.NO_PROXY);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException problem) {
            asked.add(uri);
        }
    }
}
