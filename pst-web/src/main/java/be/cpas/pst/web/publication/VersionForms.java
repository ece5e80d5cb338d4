package be.cpas.pst.web.publication;

import be.cpas.pst.domain.plan.PublicationSettings;
import be.cpas.pst.domain.publication.PlanVersion;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** The forms of the versions and publication pages, bound with Bean Validation; lengths are the entities'. */
final class VersionForms {

    private VersionForms() {
    }

    /** An adoption by the council (or minor changes): the number offered, the day, the deliberation, a summary. */
    public static class Adoption {
        private int number;
        @NotNull(message = "{version.form.date}")
        @DateTimeFormat(pattern = "dd/MM/yyyy")
        private LocalDate decidedOn;
        @Size(max = PlanVersion.MAX_REFERENCE, message = "{form.tooLong}")
        private String deliberation;
        @Size(max = PlanVersion.MAX_SUMMARY, message = "{form.tooLong}")
        private String summary;
        private MultipartFile pdf;

        public int getNumber() {
            return number;
        }

        public void setNumber(int number) {
            this.number = number;
        }

        public LocalDate getDecidedOn() {
            return decidedOn;
        }

        public void setDecidedOn(LocalDate decidedOn) {
            this.decidedOn = decidedOn;
        }

        public String getDeliberation() {
            return deliberation;
        }

        public void setDeliberation(String deliberation) {
            this.deliberation = deliberation;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }

        public MultipartFile getPdf() {
            return pdf;
        }

        public void setPdf(MultipartFile pdf) {
            this.pdf = pdf;
        }
    }

    /** What the public PST shows, on the plan's version the page showed. */
    public static class Settings {
        private long version;
        private boolean context;
        private boolean swot;
        private boolean budget;
        private boolean indicators;
        private boolean progress;
        private boolean persons;
        @Size(max = PublicationSettings.MAX_LICENCE, message = "{form.tooLong}")
        private String licence;
        private Set<Long> keptPrivate = new HashSet<>();

        static Settings of(long version, PublicationSettings s, Set<Long> keptPrivate) {
            Settings form = new Settings();
            form.version = version;
            form.context = s.context();
            form.swot = s.swot();
            form.budget = s.budget();
            form.indicators = s.indicators();
            form.progress = s.progress();
            form.persons = s.persons();
            form.licence = s.licence();
            form.keptPrivate = new HashSet<>(keptPrivate);
            return form;
        }

        PublicationSettings settings() {
            return new PublicationSettings(context, swot, budget, indicators, progress, persons, licence);
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public boolean isContext() {
            return context;
        }

        public void setContext(boolean context) {
            this.context = context;
        }

        public boolean isSwot() {
            return swot;
        }

        public void setSwot(boolean swot) {
            this.swot = swot;
        }

        public boolean isBudget() {
            return budget;
        }

        public void setBudget(boolean budget) {
            this.budget = budget;
        }

        public boolean isIndicators() {
            return indicators;
        }

        public void setIndicators(boolean indicators) {
            this.indicators = indicators;
        }

        public boolean isProgress() {
            return progress;
        }

        public void setProgress(boolean progress) {
            this.progress = progress;
        }

        public boolean isPersons() {
            return persons;
        }

        public void setPersons(boolean persons) {
            this.persons = persons;
        }

        public String getLicence() {
            return licence;
        }

        public void setLicence(String licence) {
            this.licence = licence;
        }

        public Set<Long> getKeptPrivate() {
            return keptPrivate;
        }

        public void setKeptPrivate(Set<Long> keptPrivate) {
            this.keptPrivate = keptPrivate == null ? new HashSet<>() : keptPrivate;
        }
    }

    /** The day as of which progress is published. */
    public static class ProgressDate {
        @NotNull(message = "{version.form.date}")
        @DateTimeFormat(pattern = "dd/MM/yyyy")
        private LocalDate asOf;

        public LocalDate getAsOf() {
            return asOf;
        }

        public void setAsOf(LocalDate asOf) {
            this.asOf = asOf;
        }
    }
}
