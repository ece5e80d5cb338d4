package be.cpas.pst.domain.publication;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A version of a plan as the versions' pages list and name it: its number and kind, the council's decision, who
 * recorded it. Values only; never the copy it holds nor the deliberation's PDF.
 *
 * @param withDeliberationPdf whether the council's deliberation was attached as a PDF
 */
public record VersionView(long id, int number, VersionKind kind, boolean adopted, LocalDate decidedOn,
        String deliberation, String summary, boolean withDeliberationPdf, Instant recordedAt, String recordedBy) {

    public boolean hasDeliberationPdf() {
        return withDeliberationPdf;
    }

    public static VersionView of(PlanVersion version) {
        return new VersionView(version.getId(), version.getNumber(), version.getKind(), version.isAdopted(),
                version.getDecidedOn(), version.getDeliberation(), version.getSummary(),
                version.hasDeliberationPdf(), version.getRecordedAt(), version.getRecordedBy());
    }
}
