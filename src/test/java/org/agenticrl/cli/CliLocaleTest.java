package org.agenticrl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.agenticrl.engine.HostileLocales;
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
            "episode --max-steps 1 --max-steps 2 x y", "generate --count 3.5", "train --help");

    private record Run(int code, String out, String err) {
    }

    private static Run runIn(Locale locale, String... args) {
        Locale.setDefault(locale);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

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
        Run root = runIn(Locale.ROOT, args);
        Run local = runIn(Locale.forLanguageTag(languageTag), args);
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
                21_000_000, 100_000, 20_000));
        assertEquals("""
                sampled tokens/s   1,234,568  (2,000,000 generations of at most 12 tokens, 21,000,000 tokens)
                live episodes/s    98,765  (100,000 episodes)
                train episodes/s   4,322  (20,000 episodes with the default training settings)""",
                text.replace(System.lineSeparator(), "\n"));
        Run run = runIn(locale, "bench", "--generations", "20", "--episodes", "5", "--train-episodes", "8");
        assertEquals(0, run.code(), run.err());
        List<String> numbers = NUMBER.matcher(run.out()).results().map(MatchResult::group).toList();
        assertEquals(8, numbers.size(), "three rates, four counts and the token limit: " + run.out());
        assertTrue(numbers.stream().allMatch(number -> GROUPED_WHOLE_NUMBER.matcher(number).matches()), run.out());
        assertTrue(HostileLocales.hasOnlyAsciiDigits(run.out()), run.out());
        Run json = runIn(locale, "bench", "--json", "--generations", "20", "--episodes", "5", "--train-episodes", "8");
        assertEquals(0, json.code(), json.err());
        assertTrue(HostileLocales.hasOnlyAsciiDigits(json.out()), json.out());
    }
}
