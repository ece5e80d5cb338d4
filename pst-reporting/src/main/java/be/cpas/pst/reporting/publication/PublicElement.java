package be.cpas.pst.reporting.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * An element of the published PST, with only its public fields.
 *
 * @param level volet, axe, os, oo, projet or action
 * @param category the published state's category in the file's words (en-cours, termine…), {@code null} when no
 *                 progress is published for it
 */
public record PublicElement(long id, Long parentId, String level, String code, String title, String description,
        String priority, String state, String category, Integer percent, String deadline, LocalDate plannedStart,
        LocalDate plannedEnd, List<String> services, List<String> partners, String pilote, String responsable,
        List<Integer> sdgs, List<Step> steps, List<Indicator> indicators, List<Budget> budget,
        List<PublicElement> children) {

    /** What a reader recognises it by. */
    public String label() {
        return code == null || code.isBlank() ? title : code + " " + title;
    }

    public boolean isWork() {
        return "projet".equals(level) || "action".equals(level);
    }

    public boolean isObjective() {
        return "os".equals(level) || "oo".equals(level);
    }

    /** The projets and actions under it, at any depth (itself if it is one). */
    public List<PublicElement> work() {
        if (isWork() && children.isEmpty()) {
            return List.of(this);
        }
        List<PublicElement> below = children.stream().flatMap(c -> c.work().stream()).toList();
        return isWork() ? java.util.stream.Stream.concat(java.util.stream.Stream.of(this), below.stream()).toList()
                : below;
    }

    /** Whether a search text is found in its code, title or description. */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String q = fold(query);
        return fold(label()).contains(q) || description != null && fold(description).contains(q);
    }

    static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).strip();
    }

    /** An étape: its title, who (when persons are public), its échéance. */
    public record Step(String title, String who, String deadline) {
    }

    /**
     * An indicator: baseline and target as adopted, the latest value published at the progress date.
     *
     * @param position where the latest value stands between baseline and target, in %, or {@code null}
     */
    public record Indicator(String name, String unit, String direction, BigDecimal baseline, LocalDate baselineDate,
            BigDecimal target, LocalDate targetDate, BigDecimal latest, LocalDate latestDate, Integer position) {

        /** The line from the baseline to the latest published value, against the target; {@code null} without data. */
        public be.cpas.pst.reporting.figures.Figures.Sparkline chart() {
            List<BigDecimal> values = java.util.stream.Stream.of(baseline, latest).filter(java.util.Objects::nonNull)
                    .toList();
            return values.size() < 2 ? null : be.cpas.pst.reporting.figures.Sparklines.of(values, target);
        }
    }

    /** A budget line's planned amount (or range), year, article and financing. */
    public record Budget(BigDecimal amount, BigDecimal amountMax, Integer year, String recurrence, String service,
            String article, String articleLabel, String financing, String subsidisingBody, String flow) {
    }
}
