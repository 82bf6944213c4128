package org.agenticrl.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.agenticrl.engine.runs.Run;
import org.agenticrl.engine.runs.RunException;
import org.agenticrl.engine.runs.StepSummary;

/**
 * What {@code inspect --timing} measures beyond opening the run: reading single samples picked at random over the
 * whole run (a fixed seed, so that runs compare), one {@link Run#sample(long, int)} each as the window opens one, and
 * the process's peak resident memory (Linux's VmHWM).
 */
final class RunTiming {
    static final int SAMPLES = 50;

    private RunTiming() {
    }

    /**
     * The first random sample's time (cold: classes loaded, code not yet compiled), then the median and 99th percentile
     * (nearest rank) in milliseconds of reading {@value #SAMPLES} more.
     */
    static String randomSamples(Run run) throws RunException {
        List<StepSummary> steps = run.steps();
        if (steps.isEmpty()) {
            return "no samples to read";
        }
        Random random = new Random(0);
        double first = readOne(run, random);
        double[] millis = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            millis[i] = readOne(run, random);
        }
        Arrays.sort(millis);
        return String.format(Locale.ROOT, "one random sample: first %.2f ms, then %d more: median %.2f ms, "
                + "p99 %.2f ms", first, SAMPLES, millis[(int) Math.ceil(0.5 * SAMPLES) - 1],
                millis[(int) Math.ceil(0.99 * SAMPLES) - 1]);
    }

    private static double readOne(Run run, Random random) throws RunException {
        List<StepSummary> steps = run.steps();
        long step = steps.get(random.nextInt(steps.size())).step();
        int index = random.nextInt(run.sampleCount(step));
        long start = System.nanoTime();
        run.sample(step, index);
        return (System.nanoTime() - start) / 1e6;
    }

    /** The peak resident set of this process, where Linux reports it. */
    static String peakResident() {
        try {
            Optional<String> line = Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmHWM:")).findFirst();
            return line.map(l -> "peak resident " + l.substring("VmHWM:".length()).trim() + " (VmHWM)")
                    .orElse("peak resident unknown");
        } catch (IOException | RuntimeException e) {
            return "peak resident unknown (no /proc/self/status)";
        }
    }
}
