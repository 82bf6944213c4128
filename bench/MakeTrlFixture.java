import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Writes src/test/resources/runs/trl-current/completions/completions_0000{1,2}.parquet as TRL 0.28's GRPOTrainer.log
 * writes them (trl/trainer/grpo_trainer.py, the completions table and df.to_parquet): step int64, prompt and completion
 * decoded with the special tokens stripped (a chat keeps its role lines), one float64 column per reward function
 * (null where it returned None), the log_extra columns, advantage. Pandas is not installed here: DuckDB writes the same
 * columns and types. Run: java -cp ~/.m2/repository/org/duckdb/duckdb_jdbc/1.4.4.0/duckdb_jdbc-1.4.4.0-linux_amd64.jar
 * bench/MakeTrlFixture.java src/test/resources/runs/trl-current
 */
public class MakeTrlFixture {
    private static final String PROMPT = "system\nYou may call the calculator tool.\nuser\nWhat is 17 * 23?\nassistant\n";
    private static final String TOOL = "<tool_call>\n{\"name\": \"calculator\", \"arguments\": {\"expression\": \"17 * 23\"}}"
            + "\n</tool_call>\nuser\n<tool_response>\n391\n</tool_response>\nassistant\n";

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0], "completions");
        Files.createDirectories(out);
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = db.createStatement()) {
            String[][] steps = {
                {"1", row(1, TOOL + "The answer is 391.", "1.0", "1.0", "x = 391", 2, "0.7071")
                        + " UNION ALL " + row(1, "It is 381.", "0.0", "NULL", "x = 391", 1, "-0.7071")},
                {"2", row(2, TOOL + "The answer is 391.", "1.0", "1.0", "x = 391", 2, "0.0")
                        + " UNION ALL " + row(2, TOOL + "391", "1.0", "0.5", "x = 391", 2, "0.0")
                        + " UNION ALL " + row(2, "I cannot tell.", "NULL", "NULL", "x = 391", 1, "0.0")}};
            for (String[] step : steps) {
                sql.execute("COPY (" + step[1] + ") TO '" + out.resolve(String.format("completions_%05d.parquet",
                        Integer.parseInt(step[0]))) + "' (FORMAT parquet)");
            }
        }
    }

    private static String row(long step, String completion, String accuracy, String format, String solution,
                              int turns, String advantage) {
        return "SELECT " + step + "::BIGINT AS step, '" + PROMPT.replace("'", "''") + "' AS prompt, '"
                + completion.replace("'", "''") + "' AS completion, " + accuracy + "::DOUBLE AS accuracy_reward, "
                + format + "::DOUBLE AS format_reward, '" + solution + "' AS solution, " + turns
                + "::BIGINT AS num_turns, " + advantage + "::DOUBLE AS advantage";
    }
}
