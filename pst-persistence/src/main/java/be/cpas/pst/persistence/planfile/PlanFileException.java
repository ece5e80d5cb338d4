package be.cpas.pst.persistence.planfile;

import java.util.List;

/** A plan file was refused: nothing was imported. Each fault names its path in the file and says what is wrong. */
public class PlanFileException extends RuntimeException {

    private final transient List<Fault> faults;

    public PlanFileException(List<Fault> faults) {
        super("Plan file refused: " + faults.size() + " fault(s); first: " + faults.get(0));
        this.faults = List.copyOf(faults);
    }

    public List<Fault> faults() {
        return faults;
    }

    /** One fault: where ({@code objectifs[2].objectifsOperationnels[0].actions[4].echeance}) and what, in French. */
    public record Fault(String path, String message) {

        @Override
        public String toString() {
            return (path.isEmpty() ? "(fichier)" : path) + " : " + message;
        }
    }
}
