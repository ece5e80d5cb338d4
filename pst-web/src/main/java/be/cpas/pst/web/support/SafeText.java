package be.cpas.pst.web.support;

import be.cpas.pst.domain.shared.TypedText;
import java.beans.PropertyEditorSupport;

/**
 * Binds a text as typed, but refuses the characters no person types ({@link TypedText}: control characters other
 * than tabs and line breaks, marks reversing the direction of writing): the binding error becomes the field's French
 * message ({@code typeMismatch}).
 */
final class SafeText extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        if (TypedText.holdsForbidden(text)) {
            throw new IllegalArgumentException("A control or direction character was sent in a text");
        }
        setValue(text);
    }

    @Override
    public String getAsText() {
        Object value = getValue();
        return value == null ? "" : value.toString();
    }
}
