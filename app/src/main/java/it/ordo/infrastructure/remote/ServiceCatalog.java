package it.ordo.infrastructure.remote;

import it.ordo.application.Services;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the server serves, read from {@link Services} itself: every accessor
 * that returns an application service interface ({@code orders()} gives
 * {@code /api/v1/orders/…}), and every method of that interface by its name
 * and number of arguments. Nothing is listed by hand, so a service added to
 * {@code Services} is on the wire at once. Two methods of one service with
 * the same name and number of arguments could not be told apart on the wire:
 * the catalog refuses them when it is built (and a test builds it).
 */
final class ServiceCatalog {

    /** One service: the accessor's name, its interface, and its methods by {@code name/arity}. */
    record Service(String name, Method accessor, Class<?> type, Map<String, Method> methods) {

        Optional<Method> method(String name, int arity) {
            return Optional.ofNullable(methods.get(key(name, arity)));
        }
    }

    /**
     * Built on first use, by the server: a workstation only asks {@link #isServiceAccessor}, and building the
     * catalog reflects on every method of every service (loading all their argument types), which a command
     * in shared mode paid at each run.
     */
    private static final class Served {
        static final ServiceCatalog SERVICES = new ServiceCatalog(Services.class);
    }

    /** The catalog of {@link Services}, as the server serves it. */
    static ServiceCatalog services() {
        return Served.SERVICES;
    }

    private final Map<String, Service> services = new LinkedHashMap<>();

    ServiceCatalog(Class<?> root) {
        Arrays.stream(root.getMethods())
                .filter(ServiceCatalog::isServiceAccessor)
                .sorted(Comparator.comparing(Method::getName))
                .forEach(accessor -> services.put(accessor.getName(), service(accessor)));
    }

    /** A no-argument accessor returning an interface of the application layer (not the Guard, not the clock). */
    static boolean isServiceAccessor(Method m) {
        Class<?> type = m.getReturnType();
        return m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && type.isInterface()
                && type.getPackageName().startsWith("it.ordo.application.")
                && type.getSimpleName().endsWith("Service");
    }

    private static Service service(Method accessor) {
        Map<String, Method> methods = new LinkedHashMap<>();
        for (Method m : accessor.getReturnType().getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) || m.isDefault()) {
                continue;
            }
            Method other = methods.put(key(m.getName(), m.getParameterCount()), m);
            if (other != null) {
                throw new IllegalStateException(accessor.getReturnType().getName() + " has two methods " + m.getName()
                        + " with " + m.getParameterCount() + " arguments: the wire tells methods apart by name and "
                        + "number of arguments; rename one");
            }
        }
        return new Service(accessor.getName(), accessor, accessor.getReturnType(), Map.copyOf(methods));
    }

    static String key(String name, int arity) {
        return name + "/" + arity;
    }

    Optional<Service> service(String name) {
        return Optional.ofNullable(services.get(name));
    }

    Map<String, Service> all() {
        return services;
    }
}
