package be.cpas.pst.domain.progress;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What a page about a plan's work is narrowed to, the same for the plan page and the dashboard (and the reports that
 * build on its figures): the projets and actions below a volet, an axe, an OS or an OO, of a service, a pilote, a
 * responsable, a priority, a state or an ODD, late or without recent update, and a text found in the titles and codes
 * (and, on the plan page, the descriptions) of any element. Every field is optional; the elements above what matches
 * stay, to show where it sits.
 */
public record WorkFilter(Long volet, Long axe, Long os, Long oo, Long service, Long pilote, Long responsable,
        Long priority, Long state, Integer sdg, boolean late, boolean stale, String text) {

    public static final WorkFilter NONE = new WorkFilter(null, null, null, null, null, null, null, null, null, null,
            false, false, null);

    public WorkFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** Whether only the text is asked for (it applies to every element, not only to projets and actions). */
    public boolean onlyText() {
        return new WorkFilter(null, null, null, null, null, null, null, null, null, null, false, false, text)
                .equals(this);
    }

    /** The element ids of the tree's structure the work must be below (volet, axe, OS, OO), those given. */
    public java.util.List<Long> ancestors() {
        java.util.List<Long> ancestors = new java.util.ArrayList<>(4);
        for (Long id : new Long[] {volet, axe, os, oo}) {
            if (id != null) {
                ancestors.add(id);
            }
        }
        return ancestors;
    }

    /** The text's words, lower case and without accents, all of which a matching element contains. */
    public String[] words() {
        return text == null ? new String[0] : fold(text).split("\\s+");
    }

    /** Whether every word of the text is in one of these texts of an element (any case, any accents). */
    public boolean textIn(String... texts) {
        String[] words = words();
        if (words.length == 0) {
            return true;
        }
        StringBuilder haystack = new StringBuilder();
        for (String value : texts) {
            haystack.append(fold(value)).append(' ');
        }
        for (String word : words) {
            if (haystack.indexOf(word) < 0) {
                return false;
            }
        }
        return true;
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
