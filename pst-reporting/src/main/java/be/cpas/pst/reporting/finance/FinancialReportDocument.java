package be.cpas.pst.reporting.finance;

import static be.cpas.pst.reporting.export.Word.format;
import static be.cpas.pst.reporting.export.Word.heading;
import static be.cpas.pst.reporting.export.Word.paragraph;

import be.cpas.pst.reporting.export.BelgianMoney;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The directeur financier's report as a Word document (DOCX, written with Apache POI), for the council's file: the
 * same sections and figures as the page, with real headings (Titre 1, Titre 2) and tables whose first row repeats on
 * each page.
 */
public final class FinancialReportDocument {


    private FinancialReportDocument() {
    }

    public static void docx(FinancialReportFigures report, String commentary, Function<String, String> text,
            OutputStream out) {
        try (XWPFDocument document = new XWPFDocument()) {
            heading(document, format(text, "financialReport.heading." + report.kind().name(), report.year()), 1);
            paragraph(document, report.plan().title(), false);
            heading(document, text.apply("financialReport.commentary"), 2);
            if (commentary == null || commentary.isBlank()) {
                paragraph(document, text.apply("financialReport.noCommentary"), false);
            } else {
                for (String line : commentary.split("\n")) {
                    if (!line.isBlank()) {
                        paragraph(document, line.strip(), false);
                    }
                }
            }
            heading(document, format(text, "financialReport.year", report.year()), 2);
            paragraph(document, text.apply("finance.rule"), false);
            List<Row> rows = new ArrayList<>();
            for (FinanceFigures.ObjectiveTotal objective : report.expenses().byObjective()) {
                rows.add(new Row(label(objective.strategic().label(), text), objective.strategic().amounts(), true));
                for (FinanceFigures.Total operational : objective.operational()) {
                    rows.add(new Row("   " + label(operational.label(), text), operational.amounts(), false));
                }
            }
            rows.add(new Row(text.apply("financialReport.totalExpenses"), report.expenses().total(), true));
            rows.add(new Row(text.apply("financialReport.totalRevenues"), report.revenues().total(), true));
            table(document, text.apply("finance.col.objective"), rows, text);
            if (report.sinceStartOfMandate()) {
                heading(document, format(text, "financialReport.evolution", report.years().get(0), report.year()), 2);
                List<Row> years = new ArrayList<>();
                report.byYear().forEach(year -> years.add(new Row(String.valueOf(year.year()), year.amounts(), false)));
                years.add(new Row(text.apply("financialReport.sinceStart"), report.sinceStart(), true));
                table(document, text.apply("finance.col.year"), years, text);
                List<Row> objectives = new ArrayList<>();
                for (FinancialReportFigures.ObjectiveYears objective : report.byObjective()) {
                    objectives.add(new Row(label(objective.label(), text), objective.total(), true));
                    for (int year : report.years()) {
                        objectives.add(new Row("   " + year, objective.in(year), false));
                    }
                }
                table(document, text.apply("financialReport.col.objectiveYear"), objectives, text);
            }
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Row(String label, Amounts amounts, boolean bold) {
    }

    private static void table(XWPFDocument document, String firstHeader, List<Row> rows,
            Function<String, String> text) {
        List<String> headers = List.of(firstHeader, text.apply("finance.col.planned"),
                text.apply("finance.col.initialCredit"), text.apply("finance.col.inscribed"),
                text.apply("finance.col.committed"), text.apply("finance.col.charged"),
                text.apply("finance.col.remaining"));
        XWPFTable table = document.createTable(rows.size() + 1, headers.size());
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < headers.size(); c++) {
            cell(header, c, headers.get(c), true, c > 0);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            XWPFTableRow line = table.getRow(r + 1);
            Amounts a = row.amounts();
            List<String> cells = List.of(row.label(), BelgianMoney.format(a.planned()), BelgianMoney.format(a.initialCredit()),
                    BelgianMoney.format(a.inscribed()), BelgianMoney.format(a.committed()), BelgianMoney.format(a.charged()), BelgianMoney.format(a.remaining()));
            for (int c = 0; c < cells.size(); c++) {
                cell(line, c, cells.get(c), row.bold(), c > 0);
            }
        }
    }

    private static void cell(XWPFTableRow row, int column, String value, boolean bold, boolean right) {
        XWPFParagraph paragraph = row.getCell(column).getParagraphs().get(0);
        if (right) {
            paragraph.setAlignment(ParagraphAlignment.RIGHT);
        }
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setFontSize(9);
        run.setText(value);
    }

    private static String label(String label, Function<String, String> text) {
        return label == null ? text.apply("finance.outside") : label;
    }

}
