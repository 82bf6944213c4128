package org.agenticrl.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line in this process: its exit code and what it wrote to stdout and stderr. */
record CliRun(int code, String out, String err) {
    /** Runs args with the default locale set to locale first (the caller restores it). */
    static CliRun in(java.util.Locale locale, String... args) {
        java.util.Locale.setDefault(locale);
        return of(args);
    }

    /** What was written to stdout, read as JSON. */
    com.fasterxml.jackson.databind.JsonNode json() throws java.io.IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(out);
    }

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
