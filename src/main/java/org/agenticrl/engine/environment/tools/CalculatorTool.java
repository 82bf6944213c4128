package org.agenticrl.engine.environment.tools;

import com.ezylang.evalex.BaseException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.config.MapBasedFunctionDictionary;
import com.ezylang.evalex.config.MapBasedOperatorDictionary;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.operators.arithmetic.InfixDivisionOperator;
import com.ezylang.evalex.operators.arithmetic.InfixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.InfixMultiplicationOperator;
import com.ezylang.evalex.operators.arithmetic.InfixPlusOperator;
import com.ezylang.evalex.operators.arithmetic.PrefixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.PrefixPlusOperator;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import org.agenticrl.engine.environment.ArgumentStyle;

/**
 * The calculator: + - * / with parentheses, unary signs and decimals, evaluated by EvalEx in exact decimal arithmetic
 * with only those operators enabled (no functions, variables, constants or strings; never a script engine).
 * Input is bounded ({@value #MAX_LENGTH} characters, {@value #MAX_NESTING} levels of parentheses) and checked
 * character by character first. Every failure, division by zero included, is an "Error: ..." result, never an
 * exception. Integers print without a decimal point ("Result: 8", as the seed); other values with up to
 * {@value #SIGNIFICANT_DIGITS} significant digits.
 */
public record CalculatorTool(String name, String signature) implements Tool {
    public static final int MAX_LENGTH = 200;
    public static final int MAX_NESTING = 20;
    public static final int SIGNIFICANT_DIGITS = 12;
    private static final String ALLOWED = "0123456789.+-*/() ";

    private static final ExpressionConfiguration ARITHMETIC_ONLY = ExpressionConfiguration.builder()
            .operatorDictionary(arithmeticOperators())
            .functionDictionary(new MapBasedFunctionDictionary())
            .defaultConstants(Map.of())
            .arraysAllowed(false)
            .structuresAllowed(false)
            .implicitMultiplicationAllowed(false)
            .singleQuoteStringLiteralsAllowed(false)
            .mathContext(MathContext.DECIMAL128)
            .build();

    /** The four operations and the two signs: no function, constant or other operator. */
    private static MapBasedOperatorDictionary arithmeticOperators() {
        MapBasedOperatorDictionary operators = new MapBasedOperatorDictionary();
        operators.addOperator("+", new InfixPlusOperator());
        operators.addOperator("-", new InfixMinusOperator());
        operators.addOperator("*", new InfixMultiplicationOperator());
        operators.addOperator("/", new InfixDivisionOperator());
        operators.addOperator("+", new PrefixPlusOperator());
        operators.addOperator("-", new PrefixMinusOperator());
        return operators;
    }

    @Override
    public ArgumentStyle argumentStyle() {
        return ArgumentStyle.COMPACT;
    }

    @Override
    public ToolResult run(String argument) {
        String problem = checkInput(argument);
        if (problem != null) {
            return ToolResult.error(problem);
        }
        try {
            EvaluationValue value = new Expression(argument, ARITHMETIC_ONLY).evaluate();
            if (!value.isNumberValue()) {
                return ToolResult.error("not a number");
            }
            return ToolResult.ok("Result: " + format(value.getNumberValue()));
        } catch (BaseException e) {
            return ToolResult.error(describe(e.getMessage()));
        } catch (ArithmeticException e) {
            return ToolResult.error("number out of range");
        } catch (RuntimeException e) {
            return ToolResult.error("cannot evaluate this expression");
        }
    }

    private static String checkInput(String argument) {
        if (argument == null || argument.isBlank()) {
            return "empty expression";
        }
        if (argument.length() > MAX_LENGTH) {
            return "expression longer than " + MAX_LENGTH + " characters";
        }
        int depth = 0;
        for (int i = 0; i < argument.length(); i++) {
            char c = argument.charAt(i);
            if (ALLOWED.indexOf(c) < 0) {
                return "unsupported character '" + printable(c) + "'";
            }
            if (c == '(' && ++depth > MAX_NESTING) {
                return "parentheses nested deeper than " + MAX_NESTING;
            }
            if (c == ')' && --depth < 0) {
                return "unbalanced ')'";
            }
        }
        return depth != 0 ? "unbalanced '('" : null;
    }

    private static String printable(char c) {
        return Character.isISOControl(c) || Character.isSurrogate(c) ? String.format(Locale.ROOT, "\\u%04x", (int) c)
                : String.valueOf(c);
    }

    private static String describe(String message) {
        if (message == null || message.isBlank()) {
            return "cannot evaluate this expression";
        }
        String text = message.strip();
        return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    /** Integers of up to 15 digits in full; anything else rounded to {@value #SIGNIFICANT_DIGITS} significant digits. */
    static String format(BigDecimal value) {
        BigDecimal exact = value.stripTrailingZeros();
        if (exact.signum() == 0) {
            return "0";
        }
        if (exact.scale() <= 0 && exact.precision() <= 15) {
            return exact.toPlainString();
        }
        BigDecimal rounded = exact.round(new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        int integerDigits = rounded.precision() - rounded.scale();
        return integerDigits > 15 || integerDigits < -5 ? rounded.toString() : rounded.toPlainString();
    }
}
