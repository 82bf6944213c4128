package org.agenticrl.engine.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.agenticrl.engine.environment.tools.CalculatorTool;
import org.agenticrl.engine.environment.tools.ToolResult;

/** Thousands of random and hostile inputs: the calculator answers every one with a result or an error line. */
class CalculatorFuzzTest {
    private final CalculatorTool calculator = new CalculatorTool("calculate", "calculate(expr)");

    @Property(tries = 3000)
    void neverThrowsOnRandomText(@ForAll String input) {
        assertWellFormed(calculator.run(input));
    }

    @Property(tries = 3000)
    void neverThrowsOnHostileArithmetic(@ForAll("hostile") String input) {
        assertWellFormed(calculator.run(input));
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> pieces = Arbitraries.of("(", ")", "+", "-", "*", "/", ".", "0", "9", "1e9", " ",
                "99999999999999999999", "0.0000000001", "((((((((((((((((((((((", "/0", "--", "..", "eval", "\u0000");
        return pieces.list().ofMaxSize(120).map(list -> String.join("", list));
    }

    private static void assertWellFormed(ToolResult result) {
        assertTrue(result.output().startsWith("Result: ") || result.output().startsWith("Error: "), result.output());
        assertEquals(result.output().startsWith("Result: "), result.ok());
        assertTrue(result.output().length() < 400, "output is bounded");
    }
}
