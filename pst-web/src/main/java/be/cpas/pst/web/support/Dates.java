package be.cpas.pst.web.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Dates as a Belgian reader expects them ({@code dd/MM/yyyy}, Brussels time); templates call {@code @dates}. */
@Component("dates")
public class Dates {

    private static final ZoneId BRUSSELS = BelgianClock.BRUSSELS;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Clock clock;

    public Dates(Optional<Clock> clock) {
        this.clock = clock.orElse(Clock.system(BRUSSELS));
    }

    /** Today in Brussels, for the words that depend on it ("en retard"). */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(BRUSSELS));
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DAY_TIME.format(instant.atZone(BRUSSELS));
    }

    /** The ISO form a {@code datetime} attribute wants. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
