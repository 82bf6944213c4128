package org.agenticrl.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agenticrl.engine.Identified;
import org.agenticrl.engine.loss.KlVariant;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.loss.RewardMode;
import org.agenticrl.engine.loss.SftVariant;
import org.agenticrl.engine.sweep.SeedResult;
import org.agenticrl.engine.sweep.SweepAxis;
import org.agenticrl.engine.sweep.SweepCell;
import org.agenticrl.engine.sweep.SweepMerge;
import org.agenticrl.engine.sweep.SweepMetrics;
import org.agenticrl.engine.sweep.SweepParameter;
import org.agenticrl.engine.sweep.SweepPlan;
import org.agenticrl.engine.sweep.SweepShard;
import org.agenticrl.engine.training.Divergence;
import org.agenticrl.engine.training.TrainingConfig;
import org.agenticrl.engine.training.advantage.AdvantageEstimator;
import org.agenticrl.engine.training.optimizer.OptimizerKind;

/**
 * Reads a shard's file, as {@code sweep --shard ... --json} wrote it ({@link SweepJson}), back into the plan and the
 * cells it holds, for {@code sweep --merge}. JSON's numbers are read back to the same doubles that were written, so
 * the merged result is the whole sweep's to the bit. A cell's mean, minimum and maximum are computed again from its
 * seeds, as the sweep computes them.
 */
final class SweepShardFile {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;

    private SweepShardFile(Path file) {
        this.file = file;
    }

    /**
     * The shard's part of the sweep.
     *
     * @throws IllegalArgumentException naming the file and, for a missing or wrong field, the field
     */
    static SweepMerge.Part read(Path file) {
        return new SweepShardFile(file).read();
    }

    private SweepMerge.Part read() {
        JsonNode root = tree();
        JsonNode shardNode = root.get("shard");
        if (shardNode == null || shardNode.isNull()) {
            throw refuse("a whole sweep's JSON, not a shard's (no \"shard\" field); merge what sweep --shard I/N "
                    + "wrote");
        }
        SweepShard shard = engine("shard", () -> new SweepShard(whole(shardNode, "shard.index"),
                whole(shardNode, "shard.count")));
        JsonNode settings = need(root, "settings");
        TrainingConfig base = engine("settings", () -> config(settings));
        SweepPlan plan = engine("settings", () -> new SweepPlan(axis(root, "x"), axis(root, "y"), base,
                whole(settings, "settings.episodes"), whole(settings, "settings.seeds"),
                whole(settings, "settings.eval")));
        List<SweepCell> cells = new ArrayList<>();
        JsonNode cellNodes = need(root, "cells");
        for (int i = 0; i < cellNodes.size(); i++) {
            cells.add(cell(plan, cellNodes.get(i), "cells[" + i + "]"));
        }
        return new SweepMerge.Part(file.toString(), plan, shard, text(shardNode, "shard.scenario"), cells,
                whole(root, "threads"), number(root, "seconds"));
    }

    private JsonNode tree() {
        try {
            return MAPPER.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (JsonProcessingException e) {
            throw refuse("not JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw refuse("cannot be read (" + e.getMessage() + ")");
        }
    }

    private TrainingConfig config(JsonNode settings) {
        LossSettings loss = new LossSettings(number(settings, "settings.gamma"), number(settings, "settings.lambda1"),
                number(settings, "settings.lambda2"), choice(RewardMode.class, settings, "settings.reward", "reward mode"),
                choice(SftVariant.class, settings, "settings.sft", "SFT variant"),
                choice(KlVariant.class, settings, "settings.kl", "KL variant"));
        double clip = number(settings, "settings.clip");
        return new TrainingConfig(longNumber(settings, "settings.seed"), whole(settings, "settings.group"),
                choice(AdvantageEstimator.class, settings, "settings.advantage", "advantage estimator"), loss,
                choice(OptimizerKind.class, settings, "settings.optimizer", "optimizer"), number(settings, "settings.lr"),
                clip == 0 ? Double.POSITIVE_INFINITY : clip);
    }

    private SweepAxis axis(JsonNode root, String name) {
        JsonNode axis = need(root, name);
        SweepParameter parameter = choice(SweepParameter.class, axis, name + ".name", "sweep setting");
        JsonNode values = need(axis, name + ".values");
        List<Double> read = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            read.add(value(values.get(i), name + ".values[" + i + "]"));
        }
        return new SweepAxis(parameter, read);
    }

    private SweepCell cell(SweepPlan plan, JsonNode cell, String at) {
        int xIndex = plan.x().values().indexOf(number(cell, at + ".x"));
        int yIndex = plan.y().values().indexOf(number(cell, at + ".y"));
        if (xIndex < 0 || yIndex < 0) {
            throw refuse(at + " is at (" + cell.get("x") + ", " + cell.get("y") + "), which is not on the grid");
        }
        JsonNode seedNodes = need(cell, at + ".seeds");
        if (seedNodes.size() != plan.seeds()) {
            throw refuse(at + ".seeds has " + seedNodes.size() + " seeds, the sweep " + plan.seeds());
        }
        List<SeedResult> seeds = new ArrayList<>();
        for (int i = 0; i < seedNodes.size(); i++) {
            String seedAt = at + ".seeds[" + i + "]";
            JsonNode seed = seedNodes.get(i);
            long trainingSeed = longNumber(seed, seedAt + ".seed");
            if (trainingSeed != plan.seed(i)) {
                throw refuse(seedAt + ".seed is " + trainingSeed + ", seed " + i + " of the sweep trains from "
                        + plan.seed(i));
            }
            SweepMetrics metrics = new SweepMetrics(number(seed, seedAt + ".successRate"),
                    number(seed, seedAt + ".calculatorRate"), number(seed, seedAt + ".meanReturn"),
                    number(seed, seedAt + ".meanSteps"), numberOrNaN(seed, seedAt + ".klToReference"),
                    numberOrNaN(seed, seedAt + ".finalLoss"));
            seeds.add(new SeedResult(i, trainingSeed, whole(seed, seedAt + ".episodes"), metrics,
                    divergence(seed.get("divergence"), seedAt + ".divergence")));
        }
        return SweepCell.of(plan, plan.cell(xIndex, yIndex), seeds, null, List.of());
    }

    private Optional<Divergence> divergence(JsonNode divergence, String at) {
        if (divergence == null || divergence.isNull()) {
            return Optional.empty();
        }
        return Optional.of(engine(at, () -> new Divergence(whole(divergence, at + ".update"),
                text(divergence, at + ".problem"), text(divergence, at + ".advice"))));
    }

    /** The field at a dotted path's last name in node; refused if missing or null. */
    private JsonNode need(JsonNode node, String path) {
        JsonNode field = node.get(path.substring(path.lastIndexOf('.') + 1));
        if (field == null || field.isNull()) {
            throw refuse("no field " + path);
        }
        return field;
    }

    private double number(JsonNode node, String path) {
        return value(need(node, path), path);
    }

    private double value(JsonNode field, String path) {
        if (field == null || !field.isNumber() || !Double.isFinite(field.doubleValue())) {
            throw refuse(path + " is not a finite number");
        }
        return field.doubleValue();
    }

    private double numberOrNaN(JsonNode node, String path) {
        JsonNode field = node.get(path.substring(path.lastIndexOf('.') + 1));
        return field == null || field.isNull() ? Double.NaN : number(node, path);
    }

    private int whole(JsonNode node, String path) {
        JsonNode field = need(node, path);
        if (!field.canConvertToInt() || !field.isIntegralNumber()) {
            throw refuse(path + " is not a whole number");
        }
        return field.intValue();
    }

    private long longNumber(JsonNode node, String path) {
        JsonNode field = need(node, path);
        if (!field.canConvertToLong() || !field.isIntegralNumber()) {
            throw refuse(path + " is not a whole number");
        }
        return field.longValue();
    }

    private String text(JsonNode node, String path) {
        JsonNode field = need(node, path);
        if (!field.isTextual()) {
            throw refuse(path + " is not text");
        }
        return field.textValue();
    }

    private <E extends Enum<E> & Identified> E choice(Class<E> type, JsonNode node, String path, String kind) {
        return engine(path, () -> Identified.fromId(type, text(node, path), kind));
    }

    /** What the engine makes of the file's values; its refusal (a value out of range) names the file and where. */
    private <T> T engine(String at, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (ShardFileException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw refuse(at + ": " + e.getMessage());
        }
    }

    private ShardFileException refuse(String why) {
        return new ShardFileException(file + ": " + why);
    }

    /** A refusal already naming the file and the field, which {@link #engine} passes on unchanged. */
    private static final class ShardFileException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        ShardFileException(String message) {
            super(message);
        }
    }
}
