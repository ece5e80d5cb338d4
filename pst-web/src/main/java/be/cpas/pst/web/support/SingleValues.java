package be.cpas.pst.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A value a page expects once, sent twice ({@code title=Un&title=Deux}), is refused before anything is read: bound as
 * is, it would be stored as "Un,Deux". A parameter is single-valued when the form field or request parameter it binds
 * to is neither a list, a set nor an array (the checkboxes of services, partners, ODD… stay lists); a parameter no one
 * reads is left alone.
 */
final class SingleValues implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                if (parameter.getValue().length > 1 && expectsOne(method, parameter.getKey())) {
                    throw new RepeatedValue(parameter.getKey());
                }
            }
        }
        return true;
    }

    private static boolean expectsOne(HandlerMethod method, String name) {
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam != null) {
                String bound = requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name();
                if (name.equals(bound)) {
                    return !isMany(parameter.getParameterType());
                }
            } else if (isForm(parameter)) {
                Class<?> type = fieldType(ResolvableType.forMethodParameter(parameter), name);
                if (type != null) {
                    return !isMany(type);
                }
            }
        }
        return false;
    }

    /** A form object of the application, bound from the request's parameters. */
    private static boolean isForm(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return parameter.hasParameterAnnotation(ModelAttribute.class)
                || !BeanUtils.isSimpleProperty(type) && type.getName().startsWith("be.cpas.pst.");
    }

    /** The type a parameter path ("rows[2].committed") binds to in a form, or {@code null} when it names no field. */
    private static Class<?> fieldType(ResolvableType form, String path) {
        ResolvableType current = form;
        for (String segment : path.split("\\.")) {
            int index = segment.indexOf('[');
            current = property(current, index < 0 ? segment : segment.substring(0, index));
            if (current == null) {
                return null;
            }
            for (int at = index; at >= 0; at = segment.indexOf('[', at + 1)) {
                current = element(current);
            }
        }
        return current.resolve();
    }

    private static ResolvableType property(ResolvableType owner, String name) {
        Class<?> type = owner.resolve();
        if (type == null) {
            return null;
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals(name)) {
                    return ResolvableType.forMethodReturnType(component.getAccessor(), type);
                }
            }
            return null;
        }
        PropertyDescriptor descriptor = BeanUtils.getPropertyDescriptor(type, name);
        if (descriptor == null) {
            return null;
        }
        if (descriptor.getReadMethod() != null) {
            return ResolvableType.forMethodReturnType(descriptor.getReadMethod(), type);
        }
        return descriptor.getWriteMethod() == null ? null
                : ResolvableType.forMethodParameter(descriptor.getWriteMethod(), 0, type);
    }

    private static ResolvableType element(ResolvableType container) {
        if (container.isArray()) {
            return container.getComponentType();
        }
        if (container.asMap() != ResolvableType.NONE) {
            return container.asMap().getGeneric(1);
        }
        return container.asCollection().getGeneric(0);
    }

    private static boolean isMany(Class<?> type) {
        return type.isArray() || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
    }

    /** A value expected once was sent more than once. */
    static final class RepeatedValue extends RuntimeException {

        RepeatedValue(String name) {
            super("Parameter sent more than once: " + name.substring(0, Math.min(name.length(), 100)));
        }
    }
}
