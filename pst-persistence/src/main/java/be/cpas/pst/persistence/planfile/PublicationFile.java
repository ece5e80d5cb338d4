package be.cpas.pst.persistence.planfile;

import java.util.List;

/**
 * The publication settings a version keeps with its content: what the public PST shows and the elements kept out of
 * it (with everything under them). Keys are French, as in the plan file.
 */
public record PublicationFile(boolean contexte, boolean afom, boolean budget, boolean indicateurs,
        boolean avancement, boolean personnes, String licence, List<Long> elementsNonPublics) {

    public PublicationFile {
        elementsNonPublics = elementsNonPublics == null ? List.of() : List.copyOf(elementsNonPublics);
    }

    public boolean isPublic(Long elementId) {
        return elementId == null || !elementsNonPublics.contains(elementId);
    }
}
