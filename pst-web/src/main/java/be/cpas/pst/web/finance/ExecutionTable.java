package be.cpas.pst.web.finance;

import be.cpas.pst.domain.finance.ExecutionImport;
import be.cpas.pst.domain.shared.RuleViolation;
import be.cpas.pst.web.support.BelgianDecimalFormatter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a table of execution figures (CSV with {@code ;} or {@code ,}, UTF-8 with or without BOM, or the first sheet
 * of an XLSX) into rows: a header names the columns (article, année or exercice, code of the projet/action, budget
 * initial, inscrit, engagé, imputé, in any order, accents and case ignored); amounts are read the Belgian way, as on
 * every form. A cell that cannot be read refuses its row, with its number, not the file.
 */
final class ExecutionTable {

    static final int MAX_ROWS = 20_000;

    private static final Map<String, String> COLUMNS = new HashMap<>();

    static {
        for (String name : List.of("article", "article budgetaire", "code article", "codearticle")) {
            COLUMNS.put(name, "article");
        }
        for (String name : List.of("annee", "exercice", "annee budgetaire")) {
            COLUMNS.put(name, "year");
        }
        for (String name : List.of("code", "code action", "code de l'action", "code du projet", "action")) {
            COLUMNS.put(name, "code");
        }
        for (String name : List.of("budget initial", "initial", "inscrit initial", "credits initiaux")) {
            COLUMNS.put(name, "initial");
        }
        for (String name : List.of("inscrit", "inscrit apres mb", "credits inscrits", "budget apres mb",
                "inscrit apres modifications budgetaires")) {
            COLUMNS.put(name, "inscribed");
        }
        for (String name : List.of("engage", "engagements", "montant engage")) {
            COLUMNS.put(name, "committed");
        }
        for (String name : List.of("impute", "imputations", "montant impute")) {
            COLUMNS.put(name, "charged");
        }
    }

    private ExecutionTable() {
    }

    static List<ExecutionImport.Row> read(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new RuleViolation("ecomptes.file.empty", "Empty file");
        }
        List<List<String>> table = isWorkbook(fileName, content) ? workbook(content) : csv(content);
        if (table.isEmpty()) {
            throw new RuleViolation("ecomptes.file.empty", "Empty table");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = table.get(0);
        for (int c = 0; c < header.size(); c++) {
            String role = COLUMNS.get(normalise(header.get(c)));
            if (role != null) {
                columns.putIfAbsent(role, c);
            }
        }
        if (!columns.containsKey("article") || !columns.containsKey("year")) {
            throw new RuleViolation("execution.file.columns", "The table needs an article and a year column");
        }
        if (table.size() - 1 > MAX_ROWS) {
            throw new RuleViolation("execution.file.tooManyRows", "Too many rows");
        }
        List<ExecutionImport.Row> rows = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                continue;
            }
            rows.add(row(r + 1, cells, columns));
        }
        return rows;
    }

    private static ExecutionImport.Row row(int number, List<String> cells, Map<String, Integer> columns) {
        String refusal = null;
        Integer year = null;
        String yearText = cell(cells, columns.get("year"));
        if (yearText != null && !yearText.isBlank()) {
            try {
                year = new BigDecimal(yearText.strip()).intValueExact();
            } catch (NumberFormatException | ArithmeticException unreadable) {
                refusal = "ecomptes.refusal.year";
            }
        }
        BigDecimal[] amounts = new BigDecimal[4];
        String[] roles = {"initial", "inscribed", "committed", "charged"};
        for (int i = 0; i < roles.length; i++) {
            String text = cell(cells, columns.get(roles[i]));
            try {
                amounts[i] = BelgianDecimalFormatter.read(text);
            } catch (ParseException unreadable) {
                refusal = refusal == null ? "execution.refusal.amount" : refusal;
            }
        }
        String article = cell(cells, columns.get("article"));
        String code = cell(cells, columns.get("code"));
        if (article != null && article.length() > 50 || code != null && code.length() > 50) {
            refusal = "execution.refusal.article";
            article = null;
        }
        return new ExecutionImport.Row(number, article == null ? null : article.strip(),
                code == null || code.isBlank() ? null : code.strip(), year, amounts[0], amounts[1], amounts[2],
                amounts[3], refusal);
    }

    private static String cell(List<String> cells, Integer column) {
        return column == null || column >= cells.size() ? null : cells.get(column);
    }

    private static boolean isWorkbook(String fileName, byte[] content) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")
                || content.length > 4 && content[0] == 'P' && content[1] == 'K';
    }

    private static List<List<String>> csv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() >= firstLine.chars().filter(c -> c == ',')
                .count() ? ';' : ',';
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8); CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter)
                .setIgnoreSurroundingSpaces(true).get().parse(reader)) {
            List<List<String>> table = new ArrayList<>();
            for (CSVRecord record : parser) {
                table.add(record.toList());
                if (table.size() > MAX_ROWS + 1) {
                    break;
                }
            }
            return table;
        } catch (IOException | RuntimeException unreadable) {
            throw new RuleViolation("execution.file.unreadable", "Unreadable CSV: " + unreadable.getMessage());
        }
    }

    private static List<List<String>> workbook(byte[] content) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> table = new ArrayList<>();
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), MAX_ROWS + 1); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? null : cell.getCellType() == CellType.NUMERIC
                                ? BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP)
                                        .stripTrailingZeros().toPlainString()
                                : formatter.formatCellValue(cell));
                    }
                }
                table.add(cells);
            }
            return table;
        } catch (IOException | RuntimeException unreadable) {
            throw new RuleViolation("execution.file.unreadable", "Unreadable workbook: " + unreadable.getMessage());
        }
    }

    private static String normalise(String header) {
        if (header == null) {
            return "";
        }
        String plain = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('’', '\'').replace('\uFEFF', ' ').toLowerCase(Locale.ROOT).strip();
        return plain.replaceAll("\\s+", " ");
    }
}
