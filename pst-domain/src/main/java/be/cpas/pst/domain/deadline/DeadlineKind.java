package be.cpas.pst.domain.deadline;

/** What an échéance text turned out to mean. */
public enum DeadlineKind {
    /** A day: "15/09/2020". Due that day. */
    DATE,
    /** A month: "septembre 2020". Due at the end of the month. */
    MONTH,
    /** Part of a year: "début 2020", "mi-2021". Due at the end of that quarter or half. */
    PART_OF_YEAR,
    /** A year: "2019", "fin 2019". Due on 31 December. */
    YEAR,
    /** A period: "2019-2020". Due at the end of its last year. */
    PERIOD,
    /** A recurrence: "1x/trimestre", "bi-mensuel". No due date, a frequency. */
    RECURRENCE,
    /** Continuous work: "en continu", "permanent". Never late. */
    ONGOING,
    /** Text the parser does not understand: kept as written and flagged. */
    UNPARSED
}
