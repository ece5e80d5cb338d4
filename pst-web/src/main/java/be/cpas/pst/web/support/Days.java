package be.cpas.pst.web.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/** Days as a Belgian reader types them in a form kept as text: {@code dd/MM/yyyy}, a day that exists. */
public final class Days {

    public static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Days() {
    }

    /** The day typed, {@code null} when empty; a text that is no day throws {@link java.time.DateTimeException}. */
    public static LocalDate read(String typed) {
        return typed == null || typed.isBlank() ? null : LocalDate.parse(typed.strip(), FORMAT);
    }

    /** {@code 05/03/2026}, empty for no day. */
    public static String format(LocalDate day) {
        return day == null ? null : FORMAT.format(day);
    }
}
