package org.agenticrl.app.shell;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.transform.Transform;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.agenticrl.app.chart.ChartSlide;
import org.agenticrl.app.chart.ChartView;
import org.agenticrl.app.chart.SlideSizeModel;
import org.agenticrl.app.common.BackgroundWork;
import org.agenticrl.app.common.StatusMessage;
import org.agenticrl.app.controls.Styles;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.app.theme.AppearanceModel;
import org.agenticrl.engine.episode.EpisodeMode;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.export.EpisodeDocument;
import org.agenticrl.engine.sweep.SweepCsv;
import org.agenticrl.engine.sweep.SweepPlan;

/**
 * Export for slides and notes: a chart drawn for a slide (see {@link ChartSlide}: at the size chosen in the export
 * dialog, 1600 × 900 unless another was chosen, with its title) as PNG or SVG or on the clipboard; any view or the
 * whole window as a PNG at twice its size, or a view on the clipboard; the episode as JSON or CSV, the sweep as CSV.
 * Pictures are drawn on the FX thread; files are written on the worker and the result is reported in the status line.
 */
public final class ExportActions {
    /** What a chart is exported as. */
    public enum PictureFormat {
        PNG("PNG", "PNG image", "png"), SVG("SVG", "SVG image", "svg");

        private final String label;
        private final String kind;
        private final String extension;

        PictureFormat(String label, String kind, String extension) {
            this.label = label;
            this.kind = kind;
            this.extension = extension;
        }

        /** How menus and dialogs call it: "PNG". */
        public String label() {
            return label;
        }
    }

    private static final double SCALE = 2.0;

    private final SessionModel model;
    private final BackgroundWork background;
    private final FileDialogs dialogs;
    private final Supplier<Window> owner;
    private final SlideSizeModel slideSize = new SlideSizeModel();
    private final Lazy<ExportSizeDialog> sizeDialog;

    /** @param owner the window the export dialog belongs to (null for none) */
    public ExportActions(SessionModel model, BackgroundWork background, FileDialogs dialogs, AppearanceModel appearance,
                         Supplier<Window> owner) {
        this.model = model;
        this.background = background;
        this.dialogs = dialogs;
        this.owner = owner;
        this.sizeDialog = new Lazy<>(() -> new ExportSizeDialog(slideSize, appearance));
    }

    /** The size charts are exported at, which the export dialog sets. */
    public SlideSizeModel slideSize() {
        return slideSize;
    }

    /** Whether the export dialog is asking for a chart's size. */
    public boolean askingSize() {
        return sizeDialog.made() && sizeDialog.get().isShowing();
    }

    /** Asks where, then saves a picture of the node at twice its size. */
    public void exportNode(Node node, String name) {
        dialogs.chooseExport("Export as PNG", name + ".png", "PNG image", "*.png").ifPresent(path -> writeNode(node, path));
    }

    /**
     * Asks the size in the export dialog (it does not wait for the answer), then where, then saves the chart drawn for
     * a slide at that size.
     */
    public void exportChart(ChartView chart, PictureFormat format) {
        sizeDialog.get().ask(chart, format.label(), owner.get(), () -> dialogs.chooseExport(
                "Export chart as " + format.label(), chart.getId() + "." + format.extension, format.kind,
                "*." + format.extension).ifPresent(path -> writeChart(chart, format, path)));
    }

    /** Saves the chart drawn for a slide at the export size; call on the FX thread. */
    public void writeChart(ChartView chart, PictureFormat format, Path path) {
        int width = slideSize.exportWidth();
        int height = slideSize.exportHeight();
        if (format == PictureFormat.PNG) {
            BufferedImage picture = ChartSlide.png(chart, width, height);
            write(path, () -> ImageIO.write(picture, "png", path.toFile()));
        } else {
            String svg = ChartSlide.svg(chart, width, height);
            write(path, () -> Files.writeString(path, svg, StandardCharsets.UTF_8));
        }
    }

    /** Puts a picture of the node at twice its size on the clipboard; call on the FX thread. */
    public void copyNode(Node node, String name) {
        copy(picture(node), name);
    }

    /** Puts the chart, drawn for a slide at the export size, on the clipboard; call on the FX thread. */
    public void copyChart(ChartView chart) {
        copy(SwingFXUtils.toFXImage(ChartSlide.png(chart, slideSize.exportWidth(), slideSize.exportHeight()), null),
                chart.name());
    }

    private void copy(Image picture, String name) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(picture);
        Clipboard.getSystemClipboard().setContent(content);
        model.report(StatusMessage.info("Copied " + name + " to the clipboard as a picture ("
                + (int) picture.getWidth() + " \u00d7 " + (int) picture.getHeight() + " pixels)"));
    }

    /** Asks where, then saves the episode as JSON. */
    public void exportJson() {
        dialogs.chooseExport("Export episode as JSON", "episode.json", "JSON", "*.json").ifPresent(this::writeJson);
    }

    /** Asks where, then saves the episode as CSV. */
    public void exportCsv() {
        dialogs.chooseExport("Export episode as CSV", "episode.csv", "CSV", "*.csv").ifPresent(this::writeCsv);
    }

    /** Asks where, then saves the sweep's finished runs as CSV (a row per run); says so when there is nothing yet. */
    public void exportSweepCsv() {
        SweepPlan plan = model.sweep().planProperty().get();
        if (plan == null || model.sweep().cellsProperty().get().isEmpty()) {
            model.report(StatusMessage.error("No sweep to export: run one on the Sweep tab first"));
            return;
        }
        dialogs.chooseExport("Export sweep as CSV", "sweep.csv", "CSV", "*.csv").ifPresent(this::writeSweepCsv);
    }

    /** Saves the sweep's finished runs as CSV. */
    public void writeSweepCsv(Path path) {
        String csv = SweepCsv.of(model.sweep().planProperty().get(), model.sweep().cellsProperty().get());
        write(path, () -> Files.writeString(path, csv, StandardCharsets.UTF_8));
    }

    /** Saves a picture of the node at twice its size; call on the FX thread. */
    public void writeNode(Node node, Path path) {
        BufferedImage picture = SwingFXUtils.fromFXImage(picture(node), null);
        write(path, () -> ImageIO.write(picture, "png", path.toFile()));
    }

    /** The node at twice its size, with every speaker-notes node in it left blank: notes never leave the app. */
    private static WritableImage picture(Node node) {
        List<Node> notes = List.copyOf(node.lookupAll("." + Styles.SPEAKER_NOTES));
        List<Double> opacities = notes.stream().map(Node::getOpacity).toList();
        notes.forEach(hidden -> hidden.setOpacity(0));
        try {
            return node.snapshot(doubled(), null);
        } finally {
            for (int i = 0; i < notes.size(); i++) {
                notes.get(i).setOpacity(opacities.get(i));
            }
        }
    }

    private static SnapshotParameters doubled() {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(SCALE, SCALE));
        return parameters;
    }

    /** Saves the current episode as JSON. */
    public void writeJson(Path path) {
        String json = document().toJson();
        write(path, () -> Files.writeString(path, json, StandardCharsets.UTF_8));
    }

    /** Saves the current episode as CSV. */
    public void writeCsv(Path path) {
        String csv = document().toCsv();
        write(path, () -> Files.writeString(path, csv, StandardCharsets.UTF_8));
    }

    private EpisodeDocument document() {
        Trajectory trajectory = model.episode().trajectory();
        return EpisodeDocument.of(trajectory, model.episode().scenario(), trajectory.mode() == EpisodeMode.NOTEBOOK);
    }

    private interface Writing {
        Object write() throws IOException;
    }

    private void write(Path path, Writing writing) {
        background.run(() -> {
            writing.write();
            return path;
        }, saved -> model.report(StatusMessage.info("Saved " + saved)),
                problem -> model.report(StatusMessage.error("Could not save " + path + ": " + reason(problem))));
    }

    private static String reason(Exception problem) {
        return problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage();
    }
}
