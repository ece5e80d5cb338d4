package be.cpas.pst.reporting.figures;

import be.cpas.pst.domain.progress.FollowUpRules;
import be.cpas.pst.domain.vocabulary.StateCategory;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which projets and actions a figure counts, so that every figure leads to the list behind it. Typed in the code;
 * its {@link #key()} is the word the address of a drill-down list carries ({@code late}, {@code priority-3}, …).
 */
public sealed interface WorkSelector {

    /** Whether a line of work is counted, on a given day. */
    boolean test(WorkLine line, LocalDate today);

    /** The word of the list's address. */
    String key();

    /** The kind of list, the key's first word ({@code priority} for {@code priority-3}): its title's message. */
    default String kind() {
        String key = key();
        int dash = key.indexOf('-');
        return dash < 0 ? key : key.substring(0, dash);
    }

    /** Every projet and action. */
    record All() implements WorkSelector {
        public boolean test(WorkLine line, LocalDate today) {
            return true;
        }

        public String key() {
            return "all";
        }
    }

    /** Past their échéance and not done, suspended or abandoned. */
    record Late() implements WorkSelector {
        public boolean test(WorkLine line, LocalDate today) {
            return line.late();
        }

        public String key() {
            return "late";
        }
    }

    /** Without an update for longer than the plan allows. */
    record Stale() implements WorkSelector {
        public boolean test(WorkLine line, LocalDate today) {
            return line.stale();
        }

        public String key() {
            return "stale";
        }
    }

    /** Falling due within the plan's "échéance proche" delay. */
    record DueSoon() implements WorkSelector {
        public boolean test(WorkLine line, LocalDate today) {
            return line.dueSoon();
        }

        public String key() {
            return "dueSoon";
        }
    }

    /** Falling due within this many days. */
    record DueWithin(int days) implements WorkSelector {
        public boolean test(WorkLine line, LocalDate today) {
            return FollowUpRules.isDueSoon(line.node().effectiveDue(), line.node().category(), today, days);
        }

        public String key() {
            return "due" + days;
        }
    }

    /** In a state of this category ({@code NOT_STARTED} includes work without a state). */
    record InCategory(StateCategory category) implements WorkSelector {
        public boolean test(WorkLine line, LocalDate today) {
            return line.category() == category;
        }

        public String key() {
            return switch (category) {
                case SUSPENDED -> "suspended";
                case ABANDONED -> "abandoned";
                default -> "category-" + category.name();
            };
        }
    }

    /** Suspended or abandoned. */
    record Stopped() implements WorkSelector {
        public boolean test(WorkLine line, LocalDate today) {
            return line.category() == StateCategory.SUSPENDED || line.category() == StateCategory.ABANDONED;
        }

        public String key() {
            return "stopped";
        }
    }

    /** Of this priority of the plan's scale ({@code null}: without priority). */
    record WithPriority(Long priorityId) implements WorkSelector {
        public boolean test(WorkLine line, LocalDate today) {
            return Objects.equals(line.node().priorityId(), priorityId);
        }

        public String key() {
            return priorityId == null ? "priority-none" : "priority-" + priorityId;
        }
    }

    /** Serving this ODD. */
    record ServingSdg(int number) implements WorkSelector {
        public boolean test(WorkLine line, LocalDate today) {
            return line.node().sdgs().contains(number);
        }

        public String key() {
            return "sdg-" + number;
        }
    }

    /** Serving this Walloon enjeu. */
    record ServingEnjeu(int number) implements WorkSelector {
        public boolean test(WorkLine line, LocalDate today) {
            return line.node().enjeux().contains(number);
        }

        public String key() {
            return "enjeu-" + number;
        }
    }

    WorkSelector ALL = new All();
    WorkSelector LATE = new Late();
    WorkSelector STALE = new Stale();
    WorkSelector DUE_SOON = new DueSoon();
    WorkSelector STOPPED = new Stopped();

    /** The selector an address names; empty for a word that names none. */
    static Optional<WorkSelector> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        try {
            WorkSelector selector = switch (key) {
                case "all" -> ALL;
                case "late" -> LATE;
                case "stale" -> STALE;
                case "dueSoon" -> DUE_SOON;
                case "due30" -> new DueWithin(30);
                case "due90" -> new DueWithin(90);
                case "suspended" -> new InCategory(StateCategory.SUSPENDED);
                case "abandoned" -> new InCategory(StateCategory.ABANDONED);
                case "stopped" -> STOPPED;
                case "priority-none" -> new WithPriority(null);
                default -> prefixed(key);
            };
            return Optional.ofNullable(selector);
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static WorkSelector prefixed(String key) {
        if (key.startsWith("category-")) {
            return new InCategory(StateCategory.valueOf(key.substring("category-".length())));
        }
        if (key.startsWith("priority-")) {
            return new WithPriority(Long.parseLong(key.substring("priority-".length())));
        }
        if (key.startsWith("sdg-")) {
            int number = Integer.parseInt(key.substring("sdg-".length()));
            return number >= 1 && number <= 17 ? new ServingSdg(number) : null;
        }
        if (key.startsWith("enjeu-")) {
            int number = Integer.parseInt(key.substring("enjeu-".length()));
            return number >= 1 && number <= 4 ? new ServingEnjeu(number) : null;
        }
        return null;
    }
}
