package org.agenticrl.engine.session;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agenticrl.engine.FieldCheck;
import org.agenticrl.engine.policy.Context;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.policy.PretrainedTable;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.text.Vocabulary;

/**
 * A trained policy as the rows a session file holds, and back: the reference's identity (the scenario's id and a
 * fingerprint of its pre-trained logits), then each trained context's logits in the order training first touched it,
 * so that the policy read back is equal to the bit and iterates its contexts in the same order.
 */
final class PolicyRows {
    private PolicyRows() {
    }

    static SessionFile.PolicySpec toSpec(Scenario scenario, Policy policy) {
        Vocabulary vocabulary = scenario.vocabulary();
        List<SessionFile.RowSpec> rows = new ArrayList<>();
        for (Context context : policy.trainedContexts()) {
            rows.add(new SessionFile.RowSpec(context.history(), vocabulary.token(context.previous()),
                    Arrays.stream(policy.logits(context)).boxed().toList()));
        }
        return new SessionFile.PolicySpec(new SessionFile.ReferenceSpec(scenario.id(), fingerprint(scenario.table())),
                rows);
    }

    static Policy fromSpec(Scenario scenario, SessionFile.PolicySpec spec, FieldCheck<SessionException> fields) throws SessionException {
        SessionFile.ReferenceSpec reference = fields.required(spec.reference(), "policy.reference");
        String id = fields.required(reference.scenario(), "policy.reference.scenario");
        if (!id.equals(scenario.id())) {
            throw fields.refuse("policy.reference.scenario", "the policy was trained from scenario '" + id
                    + "', not from this session's scenario '" + scenario.id() + "'");
        }
        String print = fields.required(reference.fingerprint(), "policy.reference.fingerprint");
        if (!print.equals(fingerprint(scenario.table()))) {
            throw fields.refuse("policy.reference.fingerprint", "the scenario's pre-trained model is not the one the "
                    + "policy was trained from (its logits changed since the session was saved)");
        }
        Vocabulary vocabulary = scenario.vocabulary();
        Map<Context, double[]> rows = new LinkedHashMap<>();
        List<SessionFile.RowSpec> specs = fields.required(spec.rows(), "policy.rows");
        for (int i = 0; i < specs.size(); i++) {
            String at = "policy.rows[" + i + "]";
            SessionFile.RowSpec row = fields.required(specs.get(i), at);
            String history = fields.required(row.history(), at + ".history");
            String previous = fields.required(row.previous(), at + ".previous");
            if (!vocabulary.contains(previous)) {
                throw fields.refuse(at + ".previous", "'" + previous + "' is not in the scenario's vocabulary");
            }
            List<Double> logits = fields.required(row.logits(), at + ".logits");
            if (logits.size() != vocabulary.size()) {
                throw fields.refuse(at + ".logits", "has " + logits.size() + " logits, but the scenario's vocabulary has "
                        + vocabulary.size() + " tokens");
            }
            double[] values = new double[logits.size()];
            for (int t = 0; t < values.length; t++) {
                values[t] = fields.finite(logits.get(t), at + ".logits[" + t + "]");
            }
            if (rows.put(new Context(history, vocabulary.idOf(previous)), values) != null) {
                throw fields.refuse(at, "the context (history '" + history + "', previous '" + previous
                        + "') has a row already");
            }
        }
        return scenario.pretrainedPolicy().withLogits(rows);
    }

    /** A SHA-256 of the vocabulary and of every pre-trained logit's bits, in hex. */
    static String fingerprint(PretrainedTable table) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        Vocabulary vocabulary = table.vocabulary();
        ByteBuffer bits = ByteBuffer.allocate(Double.BYTES * vocabulary.size());
        for (int previous = 0; previous < vocabulary.size(); previous++) {
            digest.update(vocabulary.token(previous).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            bits.clear();
            for (double logit : table.logits(previous)) {
                bits.putLong(Double.doubleToRawLongBits(logit));
            }
            digest.update(bits.array());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
