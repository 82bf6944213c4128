package org.agenticrl.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.agenticrl.app.AgenticRlApp;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.session.SessionDocument;
import org.agenticrl.engine.text.NumberStyle;
import org.agenticrl.engine.training.TrainingMetrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code session FILE}: what a session file holds (scenario, settings, the trained policy and how far it trained,
 * pins, sweep, window), checked as the window would open it; a bad file exits 2 with the file, field and reason.
 */
@Command(name = "session", mixinStandardHelpOptions = true,
        description = "Show what a session file (.arl) holds; exits 2 with the reason if the window would refuse it.")
final class SessionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "FILE", description = "the session file")
    Path file;
    @Mixin
    Output output;

    /** The JSON output: what the file holds, in brief. */
    record Summary(String file, String scenario, String scenarioTitle, boolean builtIn, String task, String mode,
                   long seed, boolean greedy, double temperature, int playbackPosition, int selectedStep,
                   int selectedToken, LossSettings loss, double previewStepSize, Policy policy, Run run,
                   List<Curve> pins, Sweep sweep, SessionDocument.Window window) {
    }

    /** @param trainedContexts the contexts whose logits differ from the pre-trained policy's */
    record Policy(boolean trained, int trainedContexts, String reference) {
    }

    record Run(int updates, int episodes, double lastSuccessRate, String optimizer, double learningRate) {
    }

    record Curve(String label, int updates, int episodes) {
    }

    record Sweep(String x, String y, int cells, int cellsFinished, String metric) {
    }

    @Override
    public Integer call() throws Exception {
        SessionDocument session = AgenticRlApp.readSession(file);
        SessionDocument.Episode episode = session.episode();
        Summary summary = new Summary(file.toString(), session.scenario().id(), session.scenario().title(),
                ScenarioLoader.BUILT_IN.contains(session.scenario().id()),
                session.scenario().tasks().get(episode.task()).prompt(), episode.mode().name().toLowerCase(Locale.ROOT),
                episode.seed(), episode.greedy(), episode.temperature(), session.playback().position(),
                session.selection().step(), session.selection().token(), session.loss().objective(),
                session.loss().previewStepSize(),
                new Policy(!session.policy().trainedContexts().isEmpty(), session.policy().trainedContexts().size(),
                        "the pre-trained policy of " + session.scenario().id()),
                session.training().run().map(run -> new Run(run.curve().size(), last(run.curve()).episodes(),
                        last(run.curve()).batch().successRate(), run.config().optimizer().id(),
                        run.config().learningRate())).orElse(null),
                session.pins().stream().map(pin -> new Curve(pin.label(), pin.curve().size(),
                        pin.curve().isEmpty() ? 0 : last(pin.curve()).episodes())).toList(),
                session.sweep().map(sweep -> new Sweep(sweep.plan().x().parameter().id(),
                        sweep.plan().y().parameter().id(), sweep.plan().cells(), sweep.cells().size(), sweep.metric()))
                        .orElse(null),
                session.window());
        output.print(spec.commandLine().getOut(), summary, () -> text(summary));
        return 0;
    }

    private static TrainingMetrics last(List<TrainingMetrics> curve) {
        return curve.get(curve.size() - 1);
    }

    private static String text(Summary s) {
        StringBuilder out = new StringBuilder();
        out.append("Session: ").append(s.file()).append('\n');
        out.append("Scenario: ").append(s.scenario()).append(s.builtIn() ? " (built in)" : " (embedded)").append(": ")
                .append(s.scenarioTitle()).append('\n');
        out.append("Episode: ").append(s.mode()).append(s.mode().equals("live") ? s.greedy() ? ", greedy"
                : ", seed " + s.seed() : "").append(", temperature ").append(s.temperature()).append(", task \"")
                .append(s.task()).append("\"\n");
        out.append("Playback: ").append(s.playbackPosition()).append(" beats shown; selected token ")
                .append(s.selectedToken() + 1).append(" of step ").append(s.selectedStep() + 1).append('\n');
        LossSettings loss = s.loss();
        out.append("Loss panel: gamma ").append(loss.gamma()).append(", lambda1 ").append(loss.lambda1())
                .append(", lambda2 ").append(loss.lambda2()).append(", reward ").append(loss.rewardMode().id())
                .append(", SFT ").append(loss.sft().id()).append(", KL ").append(loss.kl().id())
                .append("; preview step ").append(s.previewStepSize()).append('\n');
        out.append("Trained policy: ").append(s.policy().trained() ? "yes, " + s.policy().trainedContexts()
                + " contexts changed from " + s.policy().reference() : "no (the pre-trained policy)").append('\n');
        out.append("Training run: ").append(s.run() == null ? "none" : s.run().updates() + " updates, "
                + s.run().episodes() + " episodes (" + s.run().optimizer() + " " + s.run().learningRate()
                + "), success " + NumberStyle.TERMINAL.percent(s.run().lastSuccessRate())
                + " in the last batch").append('\n');
        out.append("Pinned runs: ").append(s.pins().size()).append('\n');
        for (Curve pin : s.pins()) {
            out.append("  ").append(pin.label()).append(": ").append(pin.updates()).append(" updates, ")
                    .append(pin.episodes()).append(" episodes\n");
        }
        out.append("Sweep: ").append(s.sweep() == null ? "none" : s.sweep().x() + " x " + s.sweep().y() + ", "
                + s.sweep().cellsFinished() + " of " + s.sweep().cells() + " cells (figures only, no agents)")
                .append('\n');
        SessionDocument.Window window = s.window();
        out.append("Window: ").append(window.theme()).append(" theme, text scale ").append(window.textScale())
                .append(", views ").append(window.maximised()).append(", tab ").append(window.tab());
        return out.toString();
    }
}
