package be.cpas.pst.web.support;

import jakarta.persistence.Entity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Hibernate;
import org.hibernate.collection.spi.PersistentCollection;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Pages read records built for them, never entities: in every test that renders a page (MockMvc or a real browser),
 * each model attribute is walked — records, lists, maps, optionals, down to their elements — and a page that receives
 * an entity (or a collection Hibernate manages) is refused with an error naming the attribute and the path to the
 * entity. Found by the component scan of every Spring test of this module; the benchmark turns it off
 * ({@code pst.records-guard=off}), as it measures the application, not its tests.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "pst.records-guard", havingValue = "on", matchIfMissing = true)
public class RecordsOnlyGuard implements WebMvcConfigurer, HandlerInterceptor {

    /** Whether a class is an entity, read once per class. */
    private static final ClassValue<Boolean> ENTITY = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.isAnnotationPresent(Entity.class);
        }
    };

    /** A record's accessors, made accessible once per record class. */
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            return accessors;
        }
    };

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")) {
            return;
        }
        page.getModel().forEach((name, value) -> {
            if (name.startsWith("org.springframework.")) {
                return;
            }
            String entity = entityIn(value, name, new IdentityHashMap<>());
            if (entity != null) {
                throw new IllegalStateException("The page " + page.getViewName() + " (" + request.getRequestURI()
                        + ") reads an entity: " + entity);
            }
        });
    }

    /** The path to the first entity found in the value, or null. */
    static String entityIn(Object value, String path, IdentityHashMap<Object, Boolean> seen) {
        if (value == null || value instanceof CharSequence || value instanceof Number || value instanceof Enum<?>
                || value instanceof Boolean || seen.put(value, Boolean.TRUE) != null) {
            return null;
        }
        if (value instanceof PersistentCollection<?>) {
            return path + " (a collection of entities)";
        }
        Class<?> type = Hibernate.getClassLazy(value);
        if (ENTITY.get(type)) {
            return path + " (" + type.getSimpleName() + ")";
        }
        if (value instanceof Optional<?> optional) {
            return entityIn(optional.orElse(null), path, seen);
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                String found = entityIn(item, path + "[" + i++ + "]", seen);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (value instanceof Object[] items) {
            for (int i = 0; i < items.length; i++) {
                String found = entityIn(items[i], path + "[" + i + "]", seen);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String found = entityIn(entry.getKey(), path + ".key", seen);
                if (found == null) {
                    found = entityIn(entry.getValue(), path + "[" + entry.getKey() + "]", seen);
                }
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (type.isRecord()) {
            for (Method accessor : ACCESSORS.get(type)) {
                Object part;
                try {
                    part = accessor.invoke(value);
                } catch (ReflectiveOperationException | RuntimeException unreadable) {
                    continue;
                }
                String found = entityIn(part, path + "." + accessor.getName(), seen);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
