package be.cpas.pst.domain.deadline;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the échéance texts of real PSTs. Each form is one pattern, tried in order; the first that matches wins.
 * Accents and case do not matter ("Fin 2019", "fin 2019", "FIN 2019").
 */
public final class DeadlineParser {

    private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();

    static {
        String[][] names = {{"janvier", "janv"}, {"fevrier", "fevr", "fev"}, {"mars"}, {"avril", "avr"}, {"mai"},
                {"juin"}, {"juillet", "juil"}, {"aout"}, {"septembre", "sept"}, {"octobre", "oct"},
                {"novembre", "nov"}, {"decembre", "dec"}};
        for (int month = 0; month < names.length; month++) {
            for (String name : names[month]) {
                MONTHS.put(name, month + 1);
            }
        }
    }

    private static final String MONTH_NAME = "(janvier|janv|fevrier|fevr|fev|mars|avril|avr|mai|juin|juillet|juil"
            + "|aout|septembre|sept|octobre|oct|novembre|nov|decembre|dec)\\.?";
    private static final String YEAR = "((?:19|20)\\d{2})";

    private static final Pattern NUMERIC_DATE = Pattern.compile("(?:le )?(\\d{1,2})[/.-](\\d{1,2})[/.-]" + YEAR);
    private static final Pattern ISO_DATE = Pattern.compile(YEAR + "-(\\d{2})-(\\d{2})");
    private static final Pattern WRITTEN_DATE = Pattern.compile("(?:le )?(\\d{1,2})(?:er)? " + MONTH_NAME + " " + YEAR);
    private static final Pattern WRITTEN_MONTH = Pattern.compile("(?:(?:fin|courant|en|pour|d'ici|debut|mi)[- ])?"
            + "(?:(?:le )?mois (?:de |d'))?" + MONTH_NAME + " " + YEAR);
    private static final Pattern NUMERIC_MONTH = Pattern.compile("(\\d{1,2})[/.-]" + YEAR);
    private static final Pattern PERIOD = Pattern.compile("(?:de |entre |periode )?" + YEAR
            + " ?(?:-|/|a|au|et|–) ?" + YEAR);
    private static final Pattern START_OF_YEAR = Pattern.compile("(?:debut|1er trimestre|premier trimestre) " + YEAR);
    private static final Pattern MIDDLE_OF_YEAR = Pattern.compile("(?:mi|milieu|1er semestre|premier semestre)[- ]"
            + "(?:de )?" + YEAR);
    private static final Pattern YEAR_ONLY = Pattern.compile("(?:fin |courant |en |pour |d'ici |d'ici fin |annee |"
            + "dans le courant de |au plus tard en |2e semestre |second semestre )?" + YEAR);
    private static final Pattern TIMES_PER = Pattern.compile("(\\d+) ?(?:x|fois) ?(?:/|par|l'|le |la |chaque )? ?"
            + "(an|annee|semestre|trimestre|mois|semaine|jour)");
    private static final Pattern EVERY_N = Pattern.compile("(?:tous les|toutes les) (\\d+|deux|trois|six) "
            + "(jours|semaines|mois|ans)");
    private static final Map<Pattern, Integer> RECURRENCE_WORDS = new LinkedHashMap<>();

    static {
        RECURRENCE_WORDS.put(Pattern.compile("(?:bi-?mensuel(?:le)?|deux fois par mois)"), 24);
        RECURRENCE_WORDS.put(Pattern.compile("(?:hebdomadaire(?:ment)?|chaque semaine|toutes les semaines)"), 52);
        RECURRENCE_WORDS.put(Pattern.compile("(?:quotidien(?:ne)?(?:ment)?|chaque jour|tous les jours)"), 365);
        RECURRENCE_WORDS.put(Pattern.compile("(?:mensuel(?:le)?(?:ment)?|chaque mois|tous les mois)"), 12);
        RECURRENCE_WORDS.put(Pattern.compile("(?:bi-?annuel(?:le)?|semestriel(?:le)?(?:ment)?|chaque semestre)"), 2);
        RECURRENCE_WORDS.put(Pattern.compile("(?:trimestriel(?:le)?(?:ment)?|chaque trimestre|tous les trimestres)"),
                4);
        RECURRENCE_WORDS.put(Pattern.compile("(?:annuel(?:le)?(?:ment)?|chaque annee|tous les ans|une fois par an)"),
                1);
    }

    /** A dated form followed by words: "janvier 2020 - Rapport au Conseil", "fin 2019 : validation". */
    private static final Pattern DATE_THEN_WORDS = Pattern.compile("(.*?" + YEAR + ")\\.?\\s*(?:[-–:;,(]|\\s)\\s*"
            + "[a-z].*");

    private static final Pattern ONGOING = Pattern.compile("(?:en )?(?:continu|permanence|permanent|recurrent"
            + "|toute la (?:mandature|legislature|duree du plan)|action continue|en cours)");

    private DeadlineParser() {
    }

    /** Never throws for a non-blank text; returns {@code null} for a blank or absent one (no deadline). */
    public static Deadline parse(String original) {
        if (original == null || original.isBlank()) {
            return null;
        }
        String text = original.strip();
        String s = normalise(text);
        Matcher m;
        try {
            if ((m = NUMERIC_DATE.matcher(s)).matches()) {
                return dated(text, DeadlineKind.DATE, LocalDate.of(year(m, 3), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
            if ((m = ISO_DATE.matcher(s)).matches()) {
                return dated(text, DeadlineKind.DATE, LocalDate.of(year(m, 1), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            if ((m = WRITTEN_DATE.matcher(s)).matches()) {
                return dated(text, DeadlineKind.DATE, LocalDate.of(year(m, 3), MONTHS.get(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
        } catch (DateTimeException impossible) {
            // 31/02/2026 and the like: keep the text, flag it
            return unparsed(text);
        }
        if ((m = WRITTEN_MONTH.matcher(s)).matches()) {
            return dated(text, DeadlineKind.MONTH, YearMonth.of(year(m, 2), MONTHS.get(m.group(1))).atEndOfMonth());
        }
        if ((m = NUMERIC_MONTH.matcher(s)).matches()) {
            int month = Integer.parseInt(m.group(1));
            if (month >= 1 && month <= 12) {
                return dated(text, DeadlineKind.MONTH, YearMonth.of(year(m, 2), month).atEndOfMonth());
            }
            return unparsed(text);
        }
        if ((m = PERIOD.matcher(s)).matches()) {
            int from = year(m, 1);
            int to = year(m, 2);
            if (to < from) {
                return unparsed(text);
            }
            return dated(text, DeadlineKind.PERIOD, LocalDate.of(to, 12, 31));
        }
        if ((m = START_OF_YEAR.matcher(s)).matches()) {
            return dated(text, DeadlineKind.PART_OF_YEAR, LocalDate.of(year(m, 1), 3, 31));
        }
        if ((m = MIDDLE_OF_YEAR.matcher(s)).matches()) {
            return dated(text, DeadlineKind.PART_OF_YEAR, LocalDate.of(year(m, 1), 6, 30));
        }
        if ((m = YEAR_ONLY.matcher(s)).matches()) {
            return dated(text, DeadlineKind.YEAR, LocalDate.of(year(m, 1), 12, 31));
        }
        Integer timesPerYear = recurrence(s);
        if (timesPerYear != null) {
            return new Deadline(text, DeadlineKind.RECURRENCE, null, timesPerYear);
        }
        if (ONGOING.matcher(s).matches()) {
            return new Deadline(text, DeadlineKind.ONGOING, null, null);
        }
        if ((m = DATE_THEN_WORDS.matcher(s)).matches()) {
            // the words say what is due; the date before them says when
            Deadline lead = parse(m.group(1));
            if (lead != null && lead.dueDate() != null) {
                return dated(text, lead.kind(), lead.dueDate());
            }
        }
        return unparsed(text);
    }

    private static Integer recurrence(String s) {
        Matcher m = TIMES_PER.matcher(s);
        if (m.matches()) {
            int times = Integer.parseInt(m.group(1));
            int perYear = switch (m.group(2)) {
                case "an", "annee" -> 1;
                case "semestre" -> 2;
                case "trimestre" -> 4;
                case "mois" -> 12;
                case "semaine" -> 52;
                default -> 365;
            };
            return times > 0 ? times * perYear : null;
        }
        m = EVERY_N.matcher(s);
        if (m.matches()) {
            int n = switch (m.group(1)) {
                case "deux" -> 2;
                case "trois" -> 3;
                case "six" -> 6;
                default -> Integer.parseInt(m.group(1));
            };
            if (n <= 0) {
                return null;
            }
            int perYear = switch (m.group(2)) {
                case "jours" -> 365 / n;
                case "semaines" -> 52 / n;
                case "mois" -> 12 / n;
                default -> 1;
            };
            return Math.max(perYear, 1);
        }
        for (Map.Entry<Pattern, Integer> word : RECURRENCE_WORDS.entrySet()) {
            if (word.getKey().matcher(s).matches()) {
                return word.getValue();
            }
        }
        return null;
    }

    private static Deadline dated(String text, DeadlineKind kind, LocalDate due) {
        return new Deadline(text, kind, due, null);
    }

    private static Deadline unparsed(String text) {
        return new Deadline(text, DeadlineKind.UNPARSED, null, null);
    }

    private static int year(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static String normalise(String text) {
        String withoutAccents = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replaceAll("[\\s\u00a0]+", " ")
                .replaceAll("[ .;:,]+$", "")
                .strip();
    }
}
