package be.cpas.pst.web.evaluation;

import be.cpas.pst.domain.evaluation.Appreciation;
import be.cpas.pst.domain.evaluation.Evaluation;
import be.cpas.pst.domain.evaluation.EvaluationDecision;
import be.cpas.pst.domain.evaluation.EvaluationItem;
import be.cpas.pst.domain.evaluation.EvaluationKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the evaluation pages, bound with Bean Validation; lengths are the entity's. */
final class EvaluationForms {

    private EvaluationForms() {
    }

    /** Opening an evaluation: its year, its kind, the day its figures are computed as of. */
    public static class Open {
        @NotNull(message = "{evaluation.form.year}")
        private Integer year;
        @NotNull(message = "{evaluation.form.kind}")
        private EvaluationKind kind = EvaluationKind.ANNUAL;
        @DateTimeFormat(pattern = "dd/MM/yyyy")
        private LocalDate referenceDate;

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public EvaluationKind getKind() {
            return kind;
        }

        public void setKind(EvaluationKind kind) {
            this.kind = kind;
        }

        public LocalDate getReferenceDate() {
            return referenceDate;
        }

        public void setReferenceDate(LocalDate referenceDate) {
            this.referenceDate = referenceDate;
        }
    }

    /** What the evaluation says of one element, built on the version the page showed ({@code null}: nothing yet). */
    public static class Assess {
        private Long version;
        private Appreciation appreciation;
        @Size(max = Evaluation.MAX_TEXT, message = "{form.tooLong}")
        private String text;
        private EvaluationDecision decision;
        @Size(max = Evaluation.MAX_TEXT, message = "{form.tooLong}")
        private String details;
        private boolean major;

        static Assess of(EvaluationItem item) {
            Assess form = new Assess();
            if (item != null) {
                form.version = item.getVersion();
                form.appreciation = item.getAppreciation();
                form.text = item.getAssessment();
                form.decision = item.getDecision();
                form.details = item.getDecisionDetails();
                form.major = item.isMajorAdjustment();
            }
            return form;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public Appreciation getAppreciation() {
            return appreciation;
        }

        public void setAppreciation(Appreciation appreciation) {
            this.appreciation = appreciation;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public EvaluationDecision getDecision() {
            return decision;
        }

        public void setDecision(EvaluationDecision decision) {
            this.decision = decision;
        }

        public String getDetails() {
            return details;
        }

        public void setDetails(String details) {
            this.details = details;
        }

        public boolean isMajor() {
            return major;
        }

        public void setMajor(boolean major) {
            this.major = major;
        }
    }

    /** The introduction and the synergy review. */
    public static class Description {
        private long version;
        @Size(max = Evaluation.MAX_TEXT, message = "{form.tooLong}")
        private String introduction;
        @Size(max = Evaluation.MAX_TEXT, message = "{form.tooLong}")
        private String synergyReview;

        static Description of(Evaluation evaluation) {
            Description form = new Description();
            form.version = evaluation.getVersion();
            form.introduction = evaluation.getIntroduction();
            form.synergyReview = evaluation.getSynergyReview();
            return form;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public String getIntroduction() {
            return introduction;
        }

        public void setIntroduction(String introduction) {
            this.introduction = introduction;
        }

        public String getSynergyReview() {
            return synergyReview;
        }

        public void setSynergyReview(String synergyReview) {
            this.synergyReview = synergyReview;
        }
    }

    /** A step of the evaluation's life: validation, presentation to the council (its date and deliberation). */
    public static class Step {
        private long version;
        @DateTimeFormat(pattern = "dd/MM/yyyy")
        private LocalDate on;
        @Size(max = 200, message = "{form.tooLong}")
        private String deliberation;

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public LocalDate getOn() {
            return on;
        }

        public void setOn(LocalDate on) {
            this.on = on;
        }

        public String getDeliberation() {
            return deliberation;
        }

        public void setDeliberation(String deliberation) {
            this.deliberation = deliberation;
        }
    }

    /** Applying a decision: the new échéance, or the title of the element to add. */
    public static class Apply {
        @Size(max = 500, message = "{form.tooLong}")
        private String input;

        public String getInput() {
            return input;
        }

        public void setInput(String input) {
            this.input = input;
        }
    }

    /** The responsable's comment on his action, built on the version the page showed ({@code null}: nothing yet). */
    public static class Comment {
        private Long version;
        @Size(max = Evaluation.MAX_TEXT, message = "{form.tooLong}")
        private String comment;

        static Comment of(EvaluationItem item) {
            Comment form = new Comment();
            if (item != null) {
                form.version = item.getVersion();
                form.comment = item.getResponsableComment();
            }
            return form;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }

    /** An erratum to a presented evaluation: on an element ({@code element}) or the report as a whole. */
    public static class Erratum {
        private Long element;
        @Size(max = Evaluation.MAX_TEXT, message = "{form.tooLong}")
        private String correction;
        @Size(max = Evaluation.MAX_TEXT, message = "{form.tooLong}")
        private String reason;

        public Long getElement() {
            return element;
        }

        public void setElement(Long element) {
            this.element = element;
        }

        public String getCorrection() {
            return correction;
        }

        public void setCorrection(String correction) {
            this.correction = correction;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** What the synergy review says of one element's synergy, built on the version the page showed. */
    public static class SynergyReview {
        private Long version;
        @Size(max = Evaluation.MAX_TEXT, message = "{form.tooLong}")
        private String text;

        static SynergyReview of(EvaluationItem item) {
            SynergyReview form = new SynergyReview();
            if (item != null) {
                form.version = item.getVersion();
                form.text = item.getSynergyReview();
            }
            return form;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    /** The plan's appreciation scale: its wording of each level (blank: the default) and the levels it uses. */
    public static class ScaleForm {
        private long version = -1;
        @Size(max = be.cpas.pst.domain.evaluation.AppreciationScale.MAX_LABEL, message = "{form.tooLong}")
        private String achieved;
        @Size(max = be.cpas.pst.domain.evaluation.AppreciationScale.MAX_LABEL, message = "{form.tooLong}")
        private String onTrack;
        @Size(max = be.cpas.pst.domain.evaluation.AppreciationScale.MAX_LABEL, message = "{form.tooLong}")
        private String toStrengthen;
        @Size(max = be.cpas.pst.domain.evaluation.AppreciationScale.MAX_LABEL, message = "{form.tooLong}")
        private String notAchieved;
        @Size(max = be.cpas.pst.domain.evaluation.AppreciationScale.MAX_LABEL, message = "{form.tooLong}")
        private String notApplicable;
        private java.util.Set<Appreciation> used = java.util.EnumSet.noneOf(Appreciation.class);

        static ScaleForm of(be.cpas.pst.domain.evaluation.Evaluations.Scale scale) {
            ScaleForm form = new ScaleForm();
            form.version = scale.version();
            form.achieved = scale.wording().get(Appreciation.ACHIEVED);
            form.onTrack = scale.wording().get(Appreciation.ON_TRACK);
            form.toStrengthen = scale.wording().get(Appreciation.TO_STRENGTHEN);
            form.notAchieved = scale.wording().get(Appreciation.NOT_ACHIEVED);
            form.notApplicable = scale.wording().get(Appreciation.NOT_APPLICABLE);
            form.used = java.util.EnumSet.noneOf(Appreciation.class);
            form.used.addAll(scale.used());
            return form;
        }

        /** The wording by level, as the domain takes it. */
        java.util.Map<Appreciation, String> wording() {
            java.util.Map<Appreciation, String> wording = new java.util.EnumMap<>(Appreciation.class);
            java.util.Arrays.stream(Appreciation.values()).forEach(level -> {
                if (label(level) != null) {
                    wording.put(level, label(level));
                }
            });
            return wording;
        }

        /** The wording of one level as typed. */
        public String label(Appreciation level) {
            return switch (level) {
                case ACHIEVED -> achieved;
                case ON_TRACK -> onTrack;
                case TO_STRENGTHEN -> toStrengthen;
                case NOT_ACHIEVED -> notAchieved;
                case NOT_APPLICABLE -> notApplicable;
            };
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public String getAchieved() {
            return achieved;
        }

        public void setAchieved(String achieved) {
            this.achieved = achieved;
        }

        public String getOnTrack() {
            return onTrack;
        }

        public void setOnTrack(String onTrack) {
            this.onTrack = onTrack;
        }

        public String getToStrengthen() {
            return toStrengthen;
        }

        public void setToStrengthen(String toStrengthen) {
            this.toStrengthen = toStrengthen;
        }

        public String getNotAchieved() {
            return notAchieved;
        }

        public void setNotAchieved(String notAchieved) {
            this.notAchieved = notAchieved;
        }

        public String getNotApplicable() {
            return notApplicable;
        }

        public void setNotApplicable(String notApplicable) {
            this.notApplicable = notApplicable;
        }

        public java.util.Set<Appreciation> getUsed() {
            return used;
        }

        public void setUsed(java.util.Set<Appreciation> used) {
            this.used = used == null ? java.util.EnumSet.noneOf(Appreciation.class) : used;
        }
    }
}
