package be.cpas.pst.domain.planfile;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * A plan file was refused: nothing was imported. Each fault names its path in the file and what is wrong, as a message
 * key with its arguments (resolved in French where the faults are shown).
 */
public class PlanFileException extends RuntimeException {

    private final transient List<Fault> faults;

    public PlanFileException(List<Fault> faults) {
        super("Plan file refused: " + faults.size() + " fault(s); first: " + faults.get(0));
        this.faults = List.copyOf(faults);
    }

    public List<Fault> faults() {
        return faults;
    }

    /**
     * One fault: where ({@code objectifs[2].objectifsOperationnels[0].actions[4].echeance}) and what (a message key of
     * {@code i18n/rules}, with its arguments; an argument may itself be a key to resolve).
     */
    public record Fault(String path, String key, List<Object> arguments) implements MessageSourceResolvable {

        public Fault {
            // an argument may be absent (a missing code is named as such)
            arguments = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(arguments));
        }

        @Override
        public String[] getCodes() {
            return new String[] {key};
        }

        @Override
        public Object[] getArguments() {
            return arguments.toArray();
        }

        @Override
        public String toString() {
            return (path.isEmpty() ? "(fichier)" : path) + " : " + key + arguments;
        }
    }
}
