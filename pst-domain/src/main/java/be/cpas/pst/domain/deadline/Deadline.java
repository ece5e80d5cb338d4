package be.cpas.pst.domain.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An échéance: the text as the plan wrote it, always kept, and what it means. A deadline is built by
 * {@link DeadlineParser#parse(String)}; the derived fields are stored so that SQL can sort and filter on the due date.
 *
 * @param text              the original text, never altered
 * @param kind              what the text means
 * @param dueDate           the date after which the work is late (end of the month, year, period), if any
 * @param timesPerYear      for a recurrence, how many times a year it happens
 */
@Embeddable
public record Deadline(
        @Column(name = "deadline_text", length = 300) String text,
        @Enumerated(EnumType.STRING) @Column(name = "deadline_kind", length = 20) DeadlineKind kind,
        @Column(name = "deadline_due_date") LocalDate dueDate,
        @Column(name = "deadline_times_per_year") Integer timesPerYear) {

    public Deadline {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (text.isBlank()) {
            throw new IllegalArgumentException("A deadline needs a text");
        }
        if (kind == DeadlineKind.RECURRENCE && (timesPerYear == null || timesPerYear <= 0)) {
            throw new IllegalArgumentException("A recurrence needs a frequency");
        }
        if (kind != DeadlineKind.RECURRENCE && timesPerYear != null) {
            throw new IllegalArgumentException("Only a recurrence has a frequency");
        }
        boolean dated = kind == DeadlineKind.DATE || kind == DeadlineKind.MONTH || kind == DeadlineKind.YEAR
                || kind == DeadlineKind.PERIOD || kind == DeadlineKind.PART_OF_YEAR;
        if (dated != (dueDate != null)) {
            throw new IllegalArgumentException("Kind " + kind + " and due date " + dueDate + " disagree");
        }
    }

    /** Parses the text; never fails: text it does not understand is kept as {@link DeadlineKind#UNPARSED}. */
    public static Deadline of(String text) {
        return DeadlineParser.parse(text);
    }

    /** The date used for lateness, for the kinds that have one. */
    public Optional<LocalDate> due() {
        return Optional.ofNullable(dueDate);
    }

    /** The text was not understood: the plan should say it differently, and nobody can tell if it is late. */
    public boolean isUnparsed() {
        return kind == DeadlineKind.UNPARSED;
    }

    public boolean isRecurring() {
        return kind == DeadlineKind.RECURRENCE;
    }
}
