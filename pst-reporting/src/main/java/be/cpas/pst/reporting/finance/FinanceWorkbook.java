package be.cpas.pst.reporting.finance;

import be.cpas.pst.reporting.export.Table;
import be.cpas.pst.reporting.export.TableWriter;
import be.cpas.pst.reporting.finance.FinanceFigures.LineFigures;
import be.cpas.pst.reporting.finance.FinanceFigures.ObjectiveTotal;
import be.cpas.pst.reporting.finance.FinanceFigures.Total;
import be.cpas.pst.reporting.finance.FinanceFigures.YearTotal;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The financial follow-up for the budget work. XLSX: a sheet of lines (by projet/action), one by article, one by year
 * and one by objective; real numbers in the euro format, totals as formulas, frozen header, filters, column widths,
 * A4 landscape. CSV: the lines, the way Excel opens it in Belgium. Texts come from {@code text} (message keys).
 */
public final class FinanceWorkbook {

    /** The money columns of every sheet, in order. */
    private static final List<String> MONEY = List.of("finance.col.planned", "finance.col.initialCredit",
            "finance.col.inscribed", "finance.col.committed", "finance.col.charged", "finance.col.remaining");

    private FinanceWorkbook() {
    }

    public static void write(FinanceFigures figures, Function<String, String> text, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            String period = figures.filter().year() == null
                    ? text.apply("finance.mandate") + " " + figures.plan().periodStart() + "-"
                            + figures.plan().periodEnd()
                    : text.apply("finance.year") + " " + figures.filter().year();
            String title = figures.plan().title() + " — " + text.apply("finance.title") + " — " + period;

            List<String> lineHeaders = new ArrayList<>(List.of(text.apply("finance.col.strategic"),
                    text.apply("finance.col.operational"), text.apply("finance.col.code"),
                    text.apply("finance.col.work"), text.apply("finance.col.article"),
                    text.apply("finance.col.articleLabel"), text.apply("finance.col.service"),
                    text.apply("finance.col.flow"), text.apply("finance.col.financing"),
                    text.apply("finance.col.subsidisingBody")));
            List<List<Object>> lineRows = new ArrayList<>();
            for (LineFigures line : figures.lines()) {
                lineRows.add(List.of(label(line.strategic()), label(line.operational()),
                        nullToEmpty(line.work() == null ? null : line.work().code()),
                        line.work() == null ? "" : line.work().title(), nullToEmpty(line.line().article()),
                        nullToEmpty(line.line().articleLabel()), enumText(text, "budget.service.", line.line().service()),
                        enumText(text, "budget.flow.", line.line().flow()),
                        enumText(text, "budget.financing.", line.line().financing()),
                        nullToEmpty(line.line().subsidisingBody()), line.amounts(),
                        line.signals().stream().map(signal -> text.apply("finance.signal." + signal.name()))
                                .collect(Collectors.joining(" ; "))));
            }
            List<Integer> lineWidths = List.of(30, 30, 9, 45, 14, 35, 18, 10, 14, 22);
            sheet(workbook, styles, text.apply("finance.sheet.lines"), title, lineHeaders, lineWidths, lineRows,
                    text, text.apply("finance.col.signals"));

            List<List<Object>> articleRows = new ArrayList<>();
            for (Total total : figures.byArticle()) {
                articleRows.add(List.of(FinanceFilter.NO_ARTICLE.equals(total.key())
                        ? text.apply("finance.noArticle") : total.key(), nullToEmpty(total.label()), total.lines(),
                        total.amounts()));
            }
            sheet(workbook, styles, text.apply("finance.sheet.articles"), title, List.of(
                    text.apply("finance.col.article"), text.apply("finance.col.articleLabel"),
                    text.apply("finance.col.lines")), List.of(16, 45, 9), articleRows, text, null);

            List<List<Object>> yearRows = new ArrayList<>();
            for (YearTotal total : figures.byYear()) {
                yearRows.add(List.of(total.year() == null ? text.apply("finance.wholeMandate") : total.year(),
                        total.lines(), total.amounts()));
            }
            sheet(workbook, styles, text.apply("finance.sheet.years"), title, List.of(text.apply("finance.col.year"),
                    text.apply("finance.col.lines")), List.of(24, 9), yearRows, text, null);

            List<List<Object>> objectiveRows = new ArrayList<>();
            for (ObjectiveTotal objective : figures.byObjective()) {
                for (Total operational : objective.operational()) {
                    objectiveRows.add(List.of(objective.strategic().label() == null ? text.apply("finance.outside")
                            : objective.strategic().label(), operational.label() == null
                            ? text.apply("finance.outside") : operational.label(), operational.lines(),
                            operational.amounts()));
                }
            }
            sheet(workbook, styles, text.apply("finance.sheet.objectives"), title, List.of(
                    text.apply("finance.col.strategic"), text.apply("finance.col.operational"),
                    text.apply("finance.col.lines")), List.of(45, 45, 9), objectiveRows, text, null);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines as CSV (UTF-8 with BOM, {@code ;}, decimal commas). */
    public static void csv(FinanceFigures figures, Function<String, String> text, OutputStream out) {
        List<String> headers = new ArrayList<>(List.of(text.apply("finance.col.strategic"),
                text.apply("finance.col.operational"), text.apply("finance.col.code"), text.apply("finance.col.work"),
                text.apply("finance.col.article"), text.apply("finance.col.articleLabel"),
                text.apply("finance.col.service"), text.apply("finance.col.flow"), text.apply("finance.col.financing"),
                text.apply("finance.col.subsidisingBody")));
        MONEY.forEach(key -> headers.add(text.apply(key)));
        headers.add(text.apply("finance.col.signals"));
        List<List<Object>> rows = new ArrayList<>();
        for (LineFigures line : figures.lines()) {
            List<Object> row = new ArrayList<>(List.of(label(line.strategic()), label(line.operational()),
                    nullToEmpty(line.work() == null ? null : line.work().code()),
                    line.work() == null ? "" : line.work().title(), nullToEmpty(line.line().article()),
                    nullToEmpty(line.line().articleLabel()), enumText(text, "budget.service.", line.line().service()),
                    enumText(text, "budget.flow.", line.line().flow()),
                    enumText(text, "budget.financing.", line.line().financing()),
                    nullToEmpty(line.line().subsidisingBody())));
            Amounts amounts = line.amounts();
            row.add(amounts.planned());
            row.add(amounts.initialCredit());
            row.add(amounts.inscribed());
            row.add(amounts.committed());
            row.add(amounts.charged());
            row.add(amounts.remaining());
            row.add(line.signals().stream().map(signal -> text.apply("finance.signal." + signal.name()))
                    .collect(Collectors.joining(" ; ")));
            rows.add(row);
        }
        TableWriter.csv(new Table(text.apply("finance.title"), headers, rows), out);
    }

    /**
     * One sheet: the given text columns, then the money columns of the row's {@link Amounts} (the remaining credits
     * as a formula), then an optional last text column; a total row of formulas under the rows.
     */
    private static void sheet(Workbook workbook, Styles styles, String name, String title, List<String> headers,
            List<Integer> widths, List<List<Object>> rows, Function<String, String> text, String lastHeader) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        List<String> allHeaders = new ArrayList<>(headers);
        MONEY.forEach(key -> allHeaders.add(text.apply(key)));
        if (lastHeader != null) {
            allHeaders.add(lastHeader);
        }
        int firstMoney = headers.size();
        Row headerRow = sheet.createRow(0);
        for (int c = 0; c < allHeaders.size(); c++) {
            Cell cell = headerRow.createCell(c);
            cell.setCellValue(allHeaders.get(c));
            cell.setCellStyle(styles.header);
        }
        int r = 1;
        for (List<Object> values : rows) {
            Row row = sheet.createRow(r);
            int c = 0;
            for (Object value : values) {
                if (value instanceof Amounts amounts) {
                    money(row, c++, amounts.planned(), styles);
                    money(row, c++, amounts.initialCredit(), styles);
                    money(row, c++, amounts.inscribed(), styles);
                    money(row, c++, amounts.committed(), styles);
                    money(row, c++, amounts.charged(), styles);
                    Cell remaining = row.createCell(c++);
                    String inscribed = new CellReference(r, firstMoney + 2).formatAsString();
                    String committed = new CellReference(r, firstMoney + 3).formatAsString();
                    // a blank "committed" counts as nothing committed; no credit inscribed, nothing remains to say
                    remaining.setCellFormula("IF(ISBLANK(" + inscribed + "),\"\"," + inscribed + "-" + committed + ")");
                    remaining.setCellStyle(styles.money);
                } else if (value instanceof Number number) {
                    Cell cell = row.createCell(c++);
                    cell.setCellValue(number.doubleValue());
                } else {
                    Cell cell = row.createCell(c++);
                    String textValue = value == null ? "" : value.toString();
                    if (!textValue.isEmpty()) {
                        cell.setCellValue(textValue);
                    }
                }
            }
            r++;
        }
        Row totalRow = sheet.createRow(r);
        Cell totalLabel = totalRow.createCell(0);
        totalLabel.setCellValue(text.apply("finance.total"));
        totalLabel.setCellStyle(styles.totalText);
        for (int c = firstMoney; c < firstMoney + MONEY.size(); c++) {
            Cell cell = totalRow.createCell(c);
            String column = CellReference.convertNumToColString(c);
            cell.setCellFormula(rows.isEmpty() ? "0" : "SUM(" + column + "2:" + column + r + ")");
            cell.setCellStyle(styles.totalMoney);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 0), 0, allHeaders.size() - 1));
        for (int c = 0; c < allHeaders.size(); c++) {
            int width = c < widths.size() ? widths.get(c) : c < firstMoney + MONEY.size() ? 15 : 45;
            sheet.setColumnWidth(c, width * 256);
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.getHeader().setCenter(title.replace("&", "&&"));
        sheet.getFooter().setRight("&P / &N");
    }

    private static void money(Row row, int column, BigDecimal amount, Styles styles) {
        Cell cell = row.createCell(column);
        if (amount != null) {
            cell.setCellValue(amount.doubleValue());
        }
        cell.setCellStyle(styles.money);
    }

    private static String label(FinanceNode node) {
        return node == null ? "" : node.label();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String enumText(Function<String, String> text, String prefix, Enum<?> value) {
        return value == null ? "" : text.apply(prefix + value.name());
    }

    /** The cell styles of the workbook. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle money;
        final CellStyle totalText;
        final CellStyle totalMoney;

        Styles(Workbook workbook) {
            short euro = workbook.createDataFormat().getFormat("#,##0.00 \"€\";-#,##0.00 \"€\"");
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setBorderBottom(BorderStyle.THIN);
            money = workbook.createCellStyle();
            money.setDataFormat(euro);
            totalText = workbook.createCellStyle();
            totalText.setFont(bold);
            totalText.setBorderTop(BorderStyle.THIN);
            totalMoney = workbook.createCellStyle();
            totalMoney.setFont(bold);
            totalMoney.setDataFormat(euro);
            totalMoney.setBorderTop(BorderStyle.THIN);
        }
    }
}
