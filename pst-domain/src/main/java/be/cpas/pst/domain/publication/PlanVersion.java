package be.cpas.pst.domain.publication;

import be.cpas.pst.domain.audit.Audited;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.shared.RuleViolation;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A version of a plan: what the council adopted on a day (or the minor changes the DG recorded), kept as it was —
 * the plan's content and its publication settings of that day. Nothing changes it once recorded (the database
 * refuses any update).
 */
@Entity
@Table(name = "plan_version")
public class PlanVersion implements Audited {

    /** The longest deliberation reference and file name. */
    public static final int MAX_REFERENCE = 300;
    /** The longest summary of the changes. */
    public static final int MAX_SUMMARY = 5_000;
    /** The largest deliberation PDF kept with a version. */
    public static final int MAX_PDF_BYTES = 10 * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private VersionKind kind;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(length = MAX_REFERENCE)
    private String deliberation;

    @Column(columnDefinition = "text")
    private String summary;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "deliberation_pdf")
    private byte[] deliberationPdf;

    @Column(name = "deliberation_pdf_name", length = 200)
    private String deliberationPdfName;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "text")
    private String content;

    @Column(nullable = false, columnDefinition = "text")
    private String settings;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", length = 200)
    private String recordedBy;

    @Version
    private long version;

    protected PlanVersion() {
        // for JPA
    }

    public PlanVersion(Plan plan, int number, VersionKind kind, LocalDate decidedOn, String deliberation, String summary,
            PlanContentSnapshot.Taken snapshot, Instant recordedAt, String recordedBy) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.number = number;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.decidedOn = Objects.requireNonNull(decidedOn, "date");
        this.deliberation = limited(deliberation, MAX_REFERENCE);
        this.summary = limited(summary, MAX_SUMMARY);
        this.content = snapshot.content();
        this.settings = snapshot.settings();
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** Keeps the council's deliberation with the version, as the PDF it was given in. */
    void attachDeliberation(String fileName, byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            return;
        }
        if (pdf.length > MAX_PDF_BYTES) {
            throw new RuleViolation("version.pdf.tooLarge", "Deliberation PDF too large", MAX_PDF_BYTES / 1024 / 1024);
        }
        if (pdf.length < 5 || pdf[0] != '%' || pdf[1] != 'P' || pdf[2] != 'D' || pdf[3] != 'F') {
            throw new RuleViolation("version.pdf.notPdf", "Not a PDF file");
        }
        this.deliberationPdf = pdf.clone();
        String name = fileName == null || fileName.isBlank() ? "deliberation.pdf"
                : fileName.replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        this.deliberationPdfName = name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String limited(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new RuleViolation("node.text.tooLong", "Text too long", max);
        }
        return stripped;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String auditLabel() {
        return "Version " + number;
    }

    @Override
    public Long auditPlanId() {
        return plan.getId();
    }

    public Plan getPlan() {
        return plan;
    }

    public int getNumber() {
        return number;
    }

    public VersionKind getKind() {
        return kind;
    }

    public boolean isAdopted() {
        return kind == VersionKind.ADOPTED;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDeliberation() {
        return deliberation;
    }

    public String getSummary() {
        return summary;
    }

    public boolean hasDeliberationPdf() {
        return deliberationPdfName != null;
    }

    public byte[] getDeliberationPdf() {
        return deliberationPdf == null ? null : deliberationPdf.clone();
    }

    public String getDeliberationPdfName() {
        return deliberationPdfName;
    }

    /** The plan's content as it was, in the plan-file format. */
    public String getContent() {
        return content;
    }

    /** The publication settings of that day. */
    public String getSettings() {
        return settings;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public long getVersion() {
        return version;
    }
}
