package be.cpas.pst.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a {@link Table}. CSV: UTF-8 with a byte-order mark, {@code ;} between fields, dates {@code dd/MM/yyyy} and
 * decimal commas, the way Excel opens it in Belgium. XLSX: one sheet, bold frozen header, real dates and numbers.
 */
public final class TableWriter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .get();

    private TableWriter() {
    }

    public static void csv(Table table, OutputStream out) {
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSV);
            printer.printRecord(table.headers().stream().map(TableWriter::inert).toList());
            for (List<Object> row : table.rows()) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(csvCell(cell)));
                printer.printRecord(cells);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csvCell(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof LocalDate date) {
            return DAY.format(date);
        }
        if (cell instanceof Number number) {
            DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(new Locale("fr", "BE")));
            return format.format(number instanceof BigDecimal decimal ? decimal : number.doubleValue());
        }
        return inert(cell.toString());
    }

    /**
     * A text as a spreadsheet shows it, never as a formula: a text that starts like one ({@code =HYPERLINK(…)},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading apostrophe, which Excel and
     * LibreOffice show as text. Numbers are written as numbers and are not concerned.
     */
    static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    public static void xlsx(Table table, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Row headerRow = sheet.createRow(0);
            for (int c = 0; c < table.headers().size(); c++) {
                Cell cell = headerRow.createCell(c);
                cell.setCellValue(table.headers().get(c));
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
