package be.cpas.pst.reporting.export;

import java.util.List;

/**
 * A table to export: a title (the sheet's name), the column headers, and rows of cells. A cell is a
 * {@link String}, a {@link Number}, a {@link java.time.LocalDate} or {@code null}.
 */
public record Table(String title, List<String> headers, List<List<Object>> rows) {

    public Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
