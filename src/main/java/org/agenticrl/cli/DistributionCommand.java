package org.agenticrl.cli;

import org.agenticrl.engine.episode.History;
import org.agenticrl.engine.policy.Context;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.policy.TokenDistribution;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.text.NumberStyle;
import org.agenticrl.engine.text.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code distribution}: the pre-trained next-token distribution after a token, as the seed's get_next_token_probs. */
@Command(name = "distribution", mixinStandardHelpOptions = true,
        description = "The next-token distribution after a token, in vocabulary order.")
final class DistributionCommand extends ScenarioCommand {
    private static final int BAR_WIDTH = 40;

    @Option(names = "--after", paramLabel = "TOKEN", required = true, description = "the previous token")
    String after;
    @Option(names = "--temperature", paramLabel = "T", defaultValue = "1",
            description = "softmax temperature, 0.01 to 5 (default ${DEFAULT-VALUE})")
    double temperature;

    /** The JSON output. */
    record DistributionJson(String after, double temperature, java.util.List<String> tokens, double[] probs,
                            double[] logProbs) {
    }

    @Override
    public Integer call() throws Exception {
        Arguments.inRange(spec, "--temperature", temperature, Policy.MIN_TEMPERATURE, Policy.MAX_TEMPERATURE);
        Scenario scenario = scenarioOption.load();
        Vocabulary vocabulary = scenario.vocabulary();
        int previous = vocabulary.idOf(after);
        if (previous < 0) {
            throw Arguments.invalid(spec, "'" + after + "' is not in the vocabulary of " + scenario.id()
                    + "; tokens: " + String.join(" ", vocabulary.tokens()));
        }
        TokenDistribution distribution = scenario.pretrainedPolicy().withTemperature(temperature)
                .distribution(new Context(History.START, previous));
        DistributionJson json = new DistributionJson(after, temperature, vocabulary.tokens(),
                distribution.probabilities(), distribution.logProbabilities());
        output.print(spec.commandLine().getOut(), json, () -> text(json));
        return 0;
    }

    private static String text(DistributionJson json) {
        TextTable table = new TextTable(1);
        for (int i = 0; i < json.tokens().size(); i++) {
            double p = json.probs()[i];
            table.row("  " + json.tokens().get(i), NumberStyle.TERMINAL.percent(p),
                    "#".repeat((int) Math.round(p * BAR_WIDTH)));
        }
        return "After '" + json.after() + "' (temperature " + json.temperature() + "):" + System.lineSeparator()
                + table.render().stripTrailing();
    }
}
