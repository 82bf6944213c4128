package org.agenticrl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.agenticrl.engine.HostileLocales;
import org.agenticrl.engine.sweep.SweepPlan;
import org.agenticrl.engine.sweep.SweepResult;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command prints the same text and JSON whatever the default locale ({@link HostileLocales#ALL}): '.' as the
 * decimal point and the digits 0-9.
 */
@ExtendWith(HostileLocales.class)
class CliLocaleTest {
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d,\\d");
    /** A number in text: digits, with any '.' or ',' between them. */
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9.,]*[0-9]|[0-9]");
    private static final Pattern GROUPED_WHOLE_NUMBER = Pattern.compile("[0-9]{1,3}(,[0-9]{3})*");
    /** Every deterministic command, refusals by the commands and by picocli, and a help, each also with --json. */
    private static final List<String> COMMAND_LINES = List.of(
            "generate --seed 3 --count 4", "generate --greedy --max-tokens 12 --temperature 0.5",
            "distribution --after I --temperature 1.5", "episode", "episode --mode live --seed 7",
            "episode --scenario stock-pe", "losses", "losses --mode live --seed 3 --lambda1 0.25",
            "tool calculate 7/2", "tool calculate 1.5*-2", "scenarios", "train --episodes 24 --seed 0 --eval 50",
            "distribution --after I --temperature 9.5", "train --episodes 8 --seed 0 --lambda1 10.5",
            "episode --max-steps 1 --max-steps 2 x y", "generate --count 3.5", "train --help", "sweep --x lambda1=0,1.5e1",
            "sweep --y group=2.5");

    /** Fails if the text has a digit other than 0-9, or a comma between two digits. */
    private static void assertAsciiNumbers(String text) {
        assertTrue(HostileLocales.hasOnlyAsciiDigits(text), text);
        assertFalse(DECIMAL_COMMA.matcher(text).find(), text);
    }

    static Stream<Arguments> commandLinesInEveryLocale() {
        List<Arguments> cases = new ArrayList<>();
        for (Locale locale : HostileLocales.ALL) {
            for (String line : COMMAND_LINES) {
                String[] words = line.split(" ");
                List<String> json = new ArrayList<>(List.of(words));
                json.add(1, "--json");
                cases.add(Arguments.of(locale.toLanguageTag(), words));
                cases.add(Arguments.of(locale.toLanguageTag(), json.toArray(String[]::new)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("commandLinesInEveryLocale")
    void everyCommandPrintsWhatItPrintsInTheRootLocale(String languageTag, String[] args) {
        CliRun root = CliRun.in(Locale.ROOT, args);
        CliRun local = CliRun.in(Locale.forLanguageTag(languageTag), args);
        assertEquals(root, local);
        assertFalse(local.out().isBlank() && local.err().isBlank(), "the command printed something");
        assertAsciiNumbers(local.out() + local.err());
    }

    /** bench's rates depend on the machine, so its text is checked on fixed figures and its real run for its digits. */
    @ParameterizedTest
    @MethodSource("org.agenticrl.engine.HostileLocales#tags")
    void benchPrintsAsciiNumbersWithCommasBetweenThousands(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        Locale.setDefault(locale);
        String text = BenchCommand.text(new BenchCommand.BenchJson(1234567.8, 98765.4, 4321.5, 2_000_000,
                21_000_000, 100_000, 20_000, null));
        assertEquals("""
                sampled tokens/s   1,234,568  (2,000,000 generations of at most 12 tokens, 21,000,000 tokens)
                live episodes/s    98,765  (100,000 episodes)
                train episodes/s   4,322  (20,000 episodes with the default training settings)""",
                text.replace(System.lineSeparator(), "\n"));
        String sweep = BenchCommand.text(new BenchCommand.BenchJson(1, 1, 1, 1, 1, 1, 1,
                new BenchCommand.SweepBenchJson(4.5678, 8.1234, 1.7784, 2, 42, 126, 252_000)));
        assertEquals("sweep cells/s      4.57 on 1 thread, 8.12 on 2 threads: 1.78x  (42 cells, 126 runs, 252,000 "
                + "training episodes)", sweep.lines().reduce((first, second) -> second).orElseThrow());
        CliRun run = CliRun.in(locale, "bench", "--generations", "20", "--episodes", "5", "--train-episodes", "8");
        assertEquals(0, run.code(), run.err());
        List<String> numbers = NUMBER.matcher(run.out()).results().map(MatchResult::group).toList();
        assertEquals(8, numbers.size(), "three rates, four counts and the token limit: " + run.out());
        assertTrue(numbers.stream().allMatch(number -> GROUPED_WHOLE_NUMBER.matcher(number).matches()), run.out());
        assertTrue(HostileLocales.hasOnlyAsciiDigits(run.out()), run.out());
        CliRun json = CliRun.in(locale, "bench", "--json", "--generations", "20", "--episodes", "5", "--train-episodes", "8");
        assertEquals(0, json.code(), json.err());
        assertTrue(HostileLocales.hasOnlyAsciiDigits(json.out()), json.out());
    }

    /** A sweep prints the same in every locale but for how long it took, and its speed line is ASCII with commas. */
    @ParameterizedTest
    @MethodSource("org.agenticrl.engine.HostileLocales#tags")
    void sweepPrintsTheSameInEveryLocaleButForItsTimes(String languageTag) throws Exception {
        Locale locale = Locale.forLanguageTag(languageTag);
        String[] sweep = "sweep --x lambda1=0,0.25 --y lr=1.5,3 --episodes 16 --seeds 2 --eval 10 --threads 2".split(" ");
        CliRun rootText = CliRun.in(Locale.ROOT, sweep);
        CliRun localText = CliRun.in(locale, sweep);
        assertEquals(0, localText.code(), localText.err());
        assertEquals(withoutLastLine(rootText.out()), withoutLastLine(localText.out()));
        assertAsciiNumbers(localText.out());
        List<String> json = new ArrayList<>(List.of(sweep));
        json.add("--json");
        ObjectNode rootJson = (ObjectNode) new ObjectMapper().readTree(CliRun.in(Locale.ROOT, json.toArray(String[]::new)).out());
        String localJson = CliRun.in(locale, json.toArray(String[]::new)).out();
        assertTrue(HostileLocales.hasOnlyAsciiDigits(localJson), localJson);
        ObjectNode local = (ObjectNode) new ObjectMapper().readTree(localJson);
        for (ObjectNode node : List.of(rootJson, local)) {
            node.remove(List.of("seconds", "cellsPerSecond"));
        }
        assertEquals(rootJson, local);
        List<String> csv = new ArrayList<>(List.of(sweep));
        csv.add("--csv");
        assertEquals(CliRun.in(Locale.ROOT, csv.toArray(String[]::new)), CliRun.in(locale, csv.toArray(String[]::new)));
        Locale.setDefault(locale);
        assertEquals("0 cells (126 runs, 252,000 training episodes) in 1234.57 s on 2 threads: 0.00 cells/s",
                SweepText.speed(new SweepResult(SweepPlan.defaults(), List.of(), SweepResult.Outcome.CANCELLED,
                        Optional.empty(), 2, 1234.5678)));
    }

    private static String withoutLastLine(String text) {
        return text.strip().substring(0, text.strip().lastIndexOf('\n'));
    }
}
