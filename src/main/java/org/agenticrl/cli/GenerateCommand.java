package org.agenticrl.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.agenticrl.engine.episode.History;
import org.agenticrl.engine.generation.Generation;
import org.agenticrl.engine.generation.TokenChooser;
import org.agenticrl.engine.numeric.NumpyRandom;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.text.NumberStyle;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code generate}: token sequences from the pre-trained model, as the seed's {@code generate_text}. With
 * {@code --seed N --count C} the C sequences are those numpy gives after {@code np.random.seed(N)}.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate text token by token from the pre-trained model, as the seed's generate_text.")
final class GenerateCommand extends ScenarioCommand {
    @ArgGroup(exclusive = true)
    Choice choice = new Choice();

    static final class Choice {
        @Option(names = "--greedy", description = "always take the most probable token")
        boolean greedy;
        @Option(names = "--seed", paramLabel = "N", description = "numpy seed of the sampling, 0 to 4294967295 (default 0)")
        long seed;
    }

    @Option(names = "--count", paramLabel = "C", defaultValue = "1", description = "how many sequences (1 to 10000)")
    int count;
    @Option(names = "--max-tokens", paramLabel = "K", defaultValue = "10",
            description = "token limit per sequence, 1 to 64 (default ${DEFAULT-VALUE}, as generate_text)")
    int maxTokens;
    @Option(names = "--temperature", paramLabel = "T", defaultValue = "1",
            description = "softmax temperature, 0.01 to 5 (default ${DEFAULT-VALUE})")
    double temperature;

    /** One generated sequence in the JSON output. */
    record GenerationJson(String text, List<String> tokens, double[] logProbs, double totalLogProb) {
    }

    @Override
    public Integer call() throws Exception {
        Arguments.inRange(spec, "--count", count, 1, 10_000);
        Arguments.inRange(spec, "--max-tokens", maxTokens, 1, 64);
        Arguments.inRange(spec, "--temperature", temperature, Policy.MIN_TEMPERATURE, Policy.MAX_TEMPERATURE);
        Arguments.inRange(spec, "--seed", choice.seed, 0, 0xffffffffL);
        Scenario scenario = scenarioOption.load();
        Policy policy = scenario.pretrainedPolicy().withTemperature(temperature);
        TokenChooser chooser = choice.greedy ? TokenChooser.greedy() : TokenChooser.sampling(new NumpyRandom(choice.seed));
        List<GenerationJson> results = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Generation generation = scenario.generator().generate(policy, History.START, maxTokens, chooser);
            List<String> tokens = Arrays.stream(generation.tokens()).mapToObj(scenario.vocabulary()::token).toList();
            results.add(new GenerationJson(generation.text(scenario.vocabulary()), tokens, generation.logProbs(),
                    generation.totalLogProb()));
        }
        output.print(spec.commandLine().getOut(), results, () -> results.stream()
                .map(r -> "'" + r.text() + "'  log \u03c0 = " + NumberStyle.TERMINAL.fixed(r.totalLogProb(), 2) + "  ("
                        + r.totalLogProb() + ")")
                .collect(Collectors.joining(System.lineSeparator())));
        return 0;
    }
}
