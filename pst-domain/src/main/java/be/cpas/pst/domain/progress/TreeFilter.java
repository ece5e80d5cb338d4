package be.cpas.pst.domain.progress;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What the plan page is narrowed to: projets and actions of a volet, a service, a pilote, a responsable, a priority,
 * a state or an ODD, late or without recent update, and a text found in the titles, codes and descriptions of any
 * element. Every field is optional; the elements above what matches stay, to show where it sits.
 */
public record TreeFilter(Long volet, Long service, Long pilote, Long responsable, Long priority, Long state,
        Integer sdg, boolean late, boolean stale, String text) {

    public static final TreeFilter NONE = new TreeFilter(null, null, null, null, null, null, null, false, false,
            null);

    public TreeFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** Whether only the text is asked for (it applies to every element, not only to projets and actions). */
    boolean onlyText() {
        return new TreeFilter(null, null, null, null, null, null, null, false, false, text).equals(this);
    }

    /** The text's words, lower case and without accents, all of which a matching element contains. */
    String[] words() {
        return text == null ? new String[0] : fold(text).split("\\s+");
    }

    /** Lower case, without accents or markup, for comparing what a person types with what a plan says. */
    static String fold(String value) {
        if (value == null) {
            return "";
        }
        String plain = value.replaceAll("<[^>]*>", " ");
        return Normalizer.normalize(plain, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
