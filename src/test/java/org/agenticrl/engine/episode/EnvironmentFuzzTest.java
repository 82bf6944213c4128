package org.agenticrl.engine.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.agenticrl.engine.environment.ParsedAction;
import org.agenticrl.engine.environment.tools.Tool;
import org.agenticrl.engine.reward.StepStatus;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioException;
import org.agenticrl.engine.scenario.ScenarioFile;
import org.agenticrl.engine.scenario.ScenarioLoader;

/**
 * Every built-in environment (parser and tools: calculator, lookups, memory, notes, finish) on mutated agent actions:
 * it never throws, and the step's status always agrees with what the parser read and what the tool said.
 */
class EnvironmentFuzzTest {
    private static final List<Scenario> SCENARIOS = builtIns();
    private static final String NOISE = "()+-*/. 0123456789eE_Action:\u0000\ud83d\ude00é°$%";

    private static List<Scenario> builtIns() {
        List<Scenario> scenarios = new ArrayList<>();
        for (String id : ScenarioLoader.BUILT_IN) {
            try {
                scenarios.add(ScenarioLoader.builtIn(id));
            } catch (ScenarioException e) {
                throw new IllegalStateException(e);
            }
        }
        return scenarios;
    }

    /** A scenario index and a scripted action of it with random characters deleted, inserted or replaced. */
    record Mutant(int scenario, String text) {
    }

    @Provide
    Arbitrary<Mutant> mutants() {
        return Arbitraries.randoms().map(random -> {
            int index = random.nextInt(SCENARIOS.size());
            List<ScenarioFile.ScriptStep> script = SCENARIOS.get(index).source().script();
            return new Mutant(index, mutate(script.get(random.nextInt(script.size())).text(), random));
        });
    }

    private static String mutate(String text, Random random) {
        StringBuilder mutant = new StringBuilder(text);
        for (int i = random.nextInt(6); i > 0; i--) {
            int at = random.nextInt(mutant.length() + 1);
            char c = NOISE.charAt(random.nextInt(NOISE.length()));
            switch (random.nextInt(3)) {
                case 0 -> mutant.insert(at, c);
                case 1 -> mutant.delete(at, Math.min(mutant.length(), at + 1 + random.nextInt(4)));
                default -> mutant.replace(at, Math.min(mutant.length(), at + 1), String.valueOf(c));
            }
        }
        return mutant.toString();
    }

    @Property(tries = 3000)
    void mutatedActionsGiveConsistentSteps(@ForAll("mutants") Mutant mutant) {
        checkStep(SCENARIOS.get(mutant.scenario()).runner().environment(), mutant.text());
    }

    @Property(tries = 1000)
    void randomTextGivesConsistentSteps(@ForAll String text) {
        SCENARIOS.forEach(scenario -> checkStep(scenario.runner().environment(), text));
    }

    private static void checkStep(Environment environment, String text) {
        Environment.Outcome outcome = environment.act(text);
        String output = outcome.result().output();
        assertTrue(output.length() < 1_000, output);
        switch (outcome.status()) {
            case UNPARSEABLE -> {
                assertTrue(outcome.parsed() instanceof ParsedAction.Unparseable, text);
                assertNull(outcome.tool());
            }
            case UNKNOWN_TOOL -> assertTrue(environment.toolbox().find(outcome.tool()).isEmpty(), text);
            case OK, TOOL_ERROR -> {
                Tool tool = environment.toolbox().find(outcome.tool()).orElseThrow();
                assertEquals(outcome.status() == StepStatus.OK, outcome.result().ok(), output);
                assertEquals(tool.isFinish(), outcome.finishes());
            }
        }
        assertEquals(outcome.status() != StepStatus.OK, output.startsWith("Error: "), output);
        assertTrue(outcome.result().recalled().stream().allMatch(output::contains), output);
    }
}
