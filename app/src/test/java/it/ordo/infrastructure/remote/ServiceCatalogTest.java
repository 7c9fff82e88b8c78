package it.ordo.infrastructure.remote;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.Services;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the server serves is read from {@link Services}: every service
 * accessor is on the wire, each method can be told apart by name and number
 * of arguments, and everything a method takes and gives is made of what JSON
 * carries faithfully (records, enums, strings, numbers, BigDecimal, dates,
 * lists, maps, byte[]) — never an entity, a path, a stream or a callback. A
 * service added by anyone is checked here the day it is added.
 */
class ServiceCatalogTest {

    @Test
    void everyServiceOfServicesIsServed() {
        List<String> accessors = Arrays.stream(Services.class.getMethods())
                .filter(m -> m.getParameterCount() == 0 && m.getReturnType().getSimpleName().endsWith("Service"))
                .map(Method::getName).toList();

        assertThat(ServiceCatalog.services().all().keySet()).containsExactlyInAnyOrderElementsOf(accessors)
                .contains("orders", "orderEntry", "orderDrafts", "documents", "customers", "products", "inventory",
                        "pricing", "users", "audit");
    }

    @Test
    void everyServedMethodTakesAndGivesOnlyWhatJsonCarries() {
        List<String> problems = new ArrayList<>();
        for (ServiceCatalog.Service service : ServiceCatalog.services().all().values()) {
            for (Method m : service.methods().values()) {
                String where = service.type().getSimpleName() + "." + m.getName();
                for (Type p : m.getGenericParameterTypes()) {
                    check(p, where + " argument", problems, new HashSet<>());
                }
                check(m.getGenericReturnType(), where + " result", problems, new HashSet<>());
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void check(Type type, String where, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        switch (type) {
            case ParameterizedType p -> {
                Class<?> raw = (Class<?>) p.getRawType();
                if (!(Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)
                        || raw == Optional.class)) {
                    problems.add(where + ": " + p);
                }
                for (Type argument : p.getActualTypeArguments()) {
                    check(argument, where, problems, seen);
                }
            }
            case WildcardType w -> Arrays.stream(w.getUpperBounds()).forEach(b -> check(b, where, problems, seen));
            case GenericArrayType a -> problems.add(where + ": " + a);
            case Class<?> c -> {
                if (c.isPrimitive() || c == String.class || c == byte[].class || c.isEnum()
                        || Number.class.isAssignableFrom(c) && (c == BigDecimal.class || c.getName().startsWith("java.lang."))
                        || Temporal.class.isAssignableFrom(c) && c.getName().startsWith("java.time.")
                        || c == Boolean.class || c == it.ordo.domain.Message.class) {
                    return;
                }
                if (c.isRecord()) {
                    for (RecordComponent rc : c.getRecordComponents()) {
                        check(rc.getGenericType(), where + " > " + c.getSimpleName() + "." + rc.getName(), problems,
                                seen);
                    }
                    return;
                }
                problems.add(where + ": " + c.getName());
            }
            default -> problems.add(where + ": " + type);
        }
    }
}
