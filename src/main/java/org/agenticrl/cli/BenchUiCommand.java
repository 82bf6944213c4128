package org.agenticrl.cli;

import java.util.concurrent.Callable;
import org.agenticrl.app.WindowLauncher;
import org.agenticrl.app.bench.LatencyBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench-ui}: the slider-to-redrawn-chart latency of the real window (needs a display, e.g. xvfb-run). */
@Command(name = BenchUiCommand.NAME, mixinStandardHelpOptions = true,
        description = "Measure λ1 slider change to redrawn loss panel in the desktop window; prints JSON.")
final class BenchUiCommand implements Callable<Integer> {
    static final String NAME = "bench-ui";
    @Spec
    CommandSpec spec;
    @Option(names = "--changes", paramLabel = "N", defaultValue = "300", description = "slider changes to time (50 to 100000)")
    int changes;

    @Override
    public Integer call() {
        Arguments.inRange(spec, "--changes", changes, 50, 100_000);
        return WindowLauncher.launch(LatencyBenchmark.class, "--changes=" + changes);
    }
}
