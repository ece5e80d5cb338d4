package be.cpas.pst.reporting.evaluation;

import static be.cpas.pst.reporting.export.Word.format;
import static be.cpas.pst.reporting.export.Word.heading;
import static be.cpas.pst.reporting.export.Word.paragraph;
import static be.cpas.pst.reporting.export.Word.paragraphs;

import be.cpas.pst.domain.evaluation.Appreciation;
import be.cpas.pst.domain.evaluation.Evaluation;
import be.cpas.pst.domain.evaluation.EvaluationErratum;
import be.cpas.pst.domain.evaluation.EvaluationItem;
import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.vocabulary.StateCategory;
import be.cpas.pst.reporting.export.BelgianMoney;
import be.cpas.pst.reporting.finance.FinanceFigures;
import be.cpas.pst.reporting.finance.FinancialReportFigures;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The evaluation's report for the council as a Word document (DOCX, Apache POI) that the DG can rework before sending:
 * real heading styles (Word builds its table of contents from them), real tables, the same chapters and figures as
 * the page and the PDF.
 */
public final class EvaluationDocument {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private EvaluationDocument() {
    }

    /** What the document is made of. */
    /** @param appreciation a level of appreciation as the plan words it */
    public record Report(Evaluation evaluation, FrozenFigures figures, Function<Appreciation, String> appreciation,
            FinancialReportFigures financial, String financialCommentary, List<String> minorChanges) {
    }

    public static void docx(Report report, Function<String, String> text, OutputStream out) {
        Evaluation evaluation = report.evaluation();
        FrozenFigures figures = report.figures();
        try (XWPFDocument document = new XWPFDocument()) {
            heading(document, format(text, "evaluation.report.heading." + evaluation.getKind().name(),
                    evaluation.getYear()), 1);
            paragraph(document, evaluation.getPlan().getTitle() + " — " + evaluation.getPlan().getOrganisation()
                    .getName(), false);
            paragraph(document, format(text, "evaluation.report.reference", DAY.format(figures.referenceDate())),
                    false);
            if (!evaluation.getErrata().isEmpty()) {
                heading(document, text.apply("evaluation.report.errata"), 2);
                paragraph(document, text.apply("evaluation.report.errataIntro"), false);
                for (EvaluationErratum erratum : evaluation.getErrata()) {
                    paragraph(document, erratum.getSubject() + " — " + format(text, "evaluation.erratum.heading",
                            DAY.format(erratum.getRecordedOn()), erratum.getAuthor()), true);
                    erratum(document, erratum, text);
                }
            }
            heading(document, text.apply("evaluation.report.introduction"), 2);
            paragraphs(document, evaluation.getIntroduction(), text.apply("evaluation.report.noIntroduction"));

            heading(document, text.apply("evaluation.report.brief"), 2);
            paragraph(document, format(text, "evaluation.report.progress", figures.percent()), false);
            paragraph(document, figures.indicatorShare() < 0 ? text.apply("evaluation.report.noIndicators")
                    : format(text, "evaluation.report.indicatorShare", figures.indicatorShare()), false);
            List<String> counts = new ArrayList<>();
            for (StateCategory category : StateCategory.values()) {
                counts.add(text.apply("evaluation.category." + category.name()) + " : " + figures.count(category));
            }
            paragraph(document, format(text, "evaluation.report.work", figures.workCount(), figures.late())
                    + " " + String.join(" ; ", counts), false);

            Map<Long, Integer> shares = figures.indicatorShares();
            Map<Long, List<FrozenFigures.Element>> workSaid = figures.workByOperational(work -> evaluation
                    .itemOf(work.id()).filter(item -> item.isAssessed() || item.getResponsableComment() != null)
                    .isPresent());
            for (FrozenFigures.Element strategic : figures.strategic()) {
                heading(document, strategic.label(), 2);
                element(document, strategic, shares, report, text);
                for (FrozenFigures.Element operational : figures.childrenOf(strategic.id())) {
                    if (operational.kind() == NodeKind.OPERATIONAL_OBJECTIVE) {
                        heading(document, operational.label(), 3);
                        element(document, operational, shares, report, text);
                        for (FrozenFigures.Element work : workSaid.getOrDefault(operational.id(), List.of())) {
                            heading(document, work.label(), 4);
                            element(document, work, shares, report, text);
                        }
                    }
                }
            }

            heading(document, text.apply("evaluation.report.adjustments"), 2);
            List<EvaluationItem> decided = evaluation.getItems().stream().filter(i -> i.getDecision() != null).toList();
            if (decided.isEmpty()) {
                paragraph(document, text.apply("evaluation.report.noDecision"), false);
            }
            for (boolean major : new boolean[] {true, false}) {
                List<EvaluationItem> group = decided.stream().filter(i -> i.isMajorAdjustment() == major).toList();
                if (!group.isEmpty()) {
                    paragraph(document, text.apply(major ? "evaluation.report.major" : "evaluation.report.minor"),
                            true);
                    for (EvaluationItem item : group) {
                        paragraph(document, "• " + item.getNode().auditLabel() + " : "
                                + text.apply("evaluation.decision." + item.getDecision().name())
                                + (item.getDecisionDetails() == null ? "" : " — " + item.getDecisionDetails()),
                                false);
                    }
                }
            }

            if (!report.minorChanges().isEmpty()) {
                heading(document, text.apply("evaluation.report.minorChanges"), 2);
                paragraph(document, text.apply("evaluation.report.minorChangesIntro"), false);
                report.minorChanges().forEach(change -> paragraph(document, "• " + change, false));
            }
            heading(document, text.apply("evaluation.report.synergies"), 2);
            paragraphs(document, evaluation.getSynergyReview(), text.apply("evaluation.report.noSynergies"));
            if (figures.synergies().isEmpty()) {
                paragraph(document, text.apply("evaluation.synergy.noneInPlan"), false);
            }
            figures.synergies().forEach((status, elements) -> {
                heading(document, format(text, "evaluation.synergy.group", text.apply("synergy." + status.name()),
                        elements.size()), 3);
                for (FrozenFigures.Element element : elements) {
                    paragraph(document, element.label() + (element.synergyDetails() == null ? ""
                            : " — " + element.synergyDetails()), true);
                    paragraphs(document, evaluation.itemOf(element.id()).map(EvaluationItem::getSynergyReview)
                            .orElse(null), text.apply("evaluation.synergy.notReviewed"));
                }
            });

            if (report.financial() != null) {
                heading(document, text.apply("evaluation.report.financial"), 2);
                paragraphs(document, report.financialCommentary(), text.apply("financialReport.noCommentary"));
                FinanceFigures expenses = report.financial().expenses();
                XWPFTable table = document.createTable(expenses.byObjective().size() + 2, 5);
                table.setWidth("100%");
                row(table.getRow(0), true, text.apply("finance.col.objective"), text.apply("finance.col.planned"),
                        text.apply("finance.col.inscribed"), text.apply("finance.col.committed"),
                        text.apply("finance.col.charged"));
                table.getRow(0).setRepeatHeader(true);
                int r = 1;
                for (FinanceFigures.ObjectiveTotal objective : expenses.byObjective()) {
                    var a = objective.strategic().amounts();
                    row(table.getRow(r++), false, objective.strategic().label() == null
                            ? text.apply("finance.outside") : objective.strategic().label(), BelgianMoney.format(a.planned()),
                            BelgianMoney.format(a.inscribed()), BelgianMoney.format(a.committed()), BelgianMoney.format(a.charged()));
                }
                var total = expenses.total();
                row(table.getRow(r), true, text.apply("financialReport.totalExpenses"), BelgianMoney.format(total.planned()),
                        BelgianMoney.format(total.inscribed()), BelgianMoney.format(total.committed()), BelgianMoney.format(total.charged()));
            }

            heading(document, text.apply("evaluation.report.annex"), 2);
            List<FrozenFigures.Element> work = figures.allWork();
            XWPFTable annex = document.createTable(work.size() + 1, 4);
            annex.setWidth("100%");
            row(annex.getRow(0), true, text.apply("evaluation.col.work"), text.apply("evaluation.col.state"),
                    text.apply("evaluation.col.percent"), text.apply("evaluation.col.deadline"));
            annex.getRow(0).setRepeatHeader(true);
            for (int i = 0; i < work.size(); i++) {
                FrozenFigures.Element element = work.get(i);
                row(annex.getRow(i + 1), false, element.label(), element.state() == null ? "—" : element.state()
                        + (element.isLate() ? " (" + text.apply("evaluation.late") + ")" : ""),
                        element.percent() + " %", element.deadline() == null ? "—" : element.deadline());
            }
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void element(XWPFDocument document, FrozenFigures.Element element, Map<Long, Integer> shares,
            Report report, Function<String, String> text) {
        if (element.kind().isWork()) {
            paragraph(document, format(text, "evaluation.report.workFigures", element.state() == null ? "—"
                    : element.state(), element.percent(), element.deadline() == null
                    ? text.apply("evaluation.report.noDeadline") : element.deadline())
                    + (element.isLate() ? " (" + text.apply("evaluation.late") + ")" : ""), false);
        } else {
            paragraph(document, format(text, "evaluation.report.elementFigures", element.percent(),
                    element.workCount(), element.count(StateCategory.DONE), element.count(StateCategory.IN_PROGRESS),
                    element.late(), element.count(StateCategory.SUSPENDED), element.count(StateCategory.ABANDONED)),
                    false);
            if (shares.containsKey(element.id())) {
                paragraph(document, format(text, "evaluation.report.elementIndicators", shares.get(element.id())),
                        false);
            }
        }
        for (FrozenFigures.Indicator indicator : element.indicators()) {
            paragraph(document, "• " + indicator.name() + " : " + plain(indicator.latest()) + " ("
                    + text.apply("evaluation.indicator.baseline") + " " + plain(indicator.baseline()) + ", "
                    + text.apply("evaluation.indicator.target") + " " + plain(indicator.target()) + ") — "
                    + text.apply("indicator.status." + indicator.status().name()), false);
        }
        report.evaluation().itemOf(element.id()).ifPresent(item -> {
            if (item.getAppreciation() != null) {
                paragraph(document, text.apply("evaluation.field.appreciation") + " : "
                        + report.appreciation().apply(item.getAppreciation()), true);
            }
            paragraphs(document, item.getAssessment(), null);
            if (item.getDecision() != null) {
                paragraph(document, text.apply("evaluation.field.decision") + " : "
                        + text.apply("evaluation.decision." + item.getDecision().name())
                        + (item.getDecisionDetails() == null ? "" : " — " + item.getDecisionDetails())
                        + (item.isMajorAdjustment() ? " (" + text.apply("evaluation.majorShort") + ")" : ""), false);
            }
            if (item.getResponsableComment() != null) {
                paragraph(document, format(text, "evaluation.comment.by", item.getCommentAuthor(),
                        DAY.format(item.getCommentedOn())), true);
                paragraphs(document, item.getResponsableComment(), null);
            }
        });
        for (EvaluationErratum erratum : report.evaluation().getErrata()) {
            if (erratum.getNodeId() != null && erratum.getNodeId() == element.id()) {
                paragraph(document, format(text, "evaluation.erratum.heading", DAY.format(erratum.getRecordedOn()),
                        erratum.getAuthor()), true);
                erratum(document, erratum, text);
            }
        }
    }

    private static void erratum(XWPFDocument document, EvaluationErratum erratum, Function<String, String> text) {
        paragraphs(document, erratum.getCorrection(), null);
        if (erratum.getReason() != null) {
            paragraph(document, format(text, "evaluation.erratum.reason", erratum.getReason()), false);
        }
    }

    private static void row(XWPFTableRow row, boolean bold, String... cells) {
        for (int c = 0; c < cells.length; c++) {
            XWPFRun run = row.getCell(c).getParagraphs().get(0).createRun();
            run.setBold(bold);
            run.setFontSize(9);
            run.setText(cells[c]);
        }
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

}
