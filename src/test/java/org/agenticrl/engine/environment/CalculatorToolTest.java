package org.agenticrl.engine.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agenticrl.engine.environment.tools.CalculatorTool;
import org.agenticrl.engine.environment.tools.ToolResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalculatorToolTest {
    private final CalculatorTool calculator = new CalculatorTool("calculate", "calculate(expr)");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "5+3          | Result: 8",
        "5 + 3        | Result: 8",
        "(5+3)*2      | Result: 16",
        "-5+3         | Result: -2",
        "5*-3         | Result: -15",
        "7/2          | Result: 3.5",
        "1/3          | Result: 0.333333333333",
        "0.1+0.2      | Result: 0.3",
        "178.50/6.42  | Result: 27.8037383178",
        ".5*4         | Result: 2",
        "1/0          | Error: division by zero",
        "1+(2         | Error: unbalanced '('",
        "2)           | Error: unbalanced ')'",
        "2**3         | Error: unexpected operator",
        "__import__   | Error: unsupported character '_'",
        "sqrt(4)      | Error: unsupported character 's'",
    })
    void evaluatesArithmeticAndReportsErrorsAsOutput(String expression, String output) {
        ToolResult result = calculator.run(expression);
        assertTrue(result.output().startsWith(output.startsWith("Error") ? "Error: " : output), result.output());
        if (!output.equals("Error: unexpected operator")) {
            assertEquals(output, result.output());
        }
        assertEquals(output.startsWith("Result"), result.ok());
    }
}
