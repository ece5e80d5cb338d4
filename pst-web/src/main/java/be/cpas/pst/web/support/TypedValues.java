package be.cpas.pst.web.support;

import java.util.Map;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.stereotype.Component;

/**
 * What a field of a form shows, for the pages with one form per line (budget lines, indicators, the monthly update),
 * where {@code th:field} cannot name the form: the text the person typed if it was refused, otherwise the form's
 * value printed by the same registered formatters that read it ({@code 1.250,50}, {@code 05/03/2026}). Templates call
 * {@code @typed.of(form, 'minimum', rejected)}. Only in the web application: the command line has no pages, and no
 * MVC conversion service.
 */
@Component("typed")
@ConditionalOnWebApplication
public class TypedValues {

    private final ConversionService conversions;

    public TypedValues(@Qualifier("mvcConversionService") ConversionService conversions) {
        this.conversions = conversions;
    }

    /**
     * @param rejected the refused texts by field ({@link FormErrors#rejected}), or {@code null} for a form shown as
     *                 stored
     */
    public String of(Object form, String field, Map<String, String> rejected) {
        if (rejected != null && rejected.containsKey(field)) {
            return rejected.get(field);
        }
        BeanWrapper bean = PropertyAccessorFactory.forBeanPropertyAccess(form);
        Object value = bean.getPropertyValue(field);
        if (value == null) {
            return "";
        }
        TypeDescriptor type = bean.getPropertyTypeDescriptor(field);
        Object text = conversions.convert(value, type == null ? TypeDescriptor.forObject(value) : type,
                TypeDescriptor.valueOf(String.class));
        return text == null ? "" : text.toString();
    }
}
