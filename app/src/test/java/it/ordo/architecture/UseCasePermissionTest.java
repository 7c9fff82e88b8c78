package it.ordo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import it.ordo.application.security.AuthenticationService;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Every use case checks its permission itself, before anything else: a public
 * method of an application service whose first call is not {@link Guard#require}
 * (itself, or through an overload or helper of its class) fails the build. Signing in is the one exception (anyone may try).
 * The rule reads the in-process implementations ({@code LocalXService}); the
 * interfaces declare, and the remote client forwards to a server that runs them.
 */
class UseCasePermissionTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("it.ordo.application");

    @Test
    void everyPublicServiceMethodChecksItsPermissionFirst() {
        // An interface's methods are checked in its implementation (LocalXService).
        methods().that().arePublic().and().areNotStatic()
                .and().doNotHaveModifier(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)
                .and().areDeclaredInClassesThat().haveSimpleNameEndingWith("Service")
                // A service interface declares the use cases; its implementations (LocalXService) check them.
                .and().areDeclaredInClassesThat().areNotInterfaces()
                .and().areDeclaredInClassesThat().resideInAPackage("it.ordo.application..")
                .and().areDeclaredInClassesThat().doNotHaveFullyQualifiedName(AuthenticationService.class.getName())
                // A service interface has no body to check: its Local implementation is checked.
                .and().areDeclaredInClassesThat().areNotInterfaces()
                .should(callGuardRequire())
                .because("roles are enforced in the use cases, not only by hiding buttons (docs/security.md)")
                .check(CLASSES);
    }

    private static ArchCondition<JavaMethod> callGuardRequire() {
        return new ArchCondition<>("call Guard.require first") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean first = checksFirst(method, new HashSet<>());
                events.add(new SimpleConditionEvent(method, first, method.getFullName()
                        + (first ? " calls" : " does not call") + " Guard.require before anything else"));
            }
        };
    }

    /**
     * The method's first call (the lowest line: the guard's own argument, e.g. a getter, shares its line) is
     * Guard.require, or an overload or helper of its own class whose first call is. A permission checked after
     * a lookup would let a refused user learn, or cost, what the lookup did; which permission is the right one
     * for each use case is proven by PermissionEnforcementTest, role by role.
     */
    private static boolean checksFirst(JavaMethod method, Set<JavaMethod> seen) {
        if (!seen.add(method)) {
            return false;
        }
        List<JavaMethodCall> calls = method.getMethodCallsFromSelf().stream()
                .sorted(java.util.Comparator.comparingInt(JavaMethodCall::getLineNumber)).toList();
        if (calls.isEmpty()) {
            return false;
        }
        int firstLine = calls.getFirst().getLineNumber();
        for (JavaMethodCall call : calls) {
            if (call.getLineNumber() != firstLine) {
                break;
            }
            // requireScoped checks the permission as require does, and gives a sales agent's customers.
            if (call.getTargetOwner().isEquivalentTo(Guard.class)
                    && (call.getName().equals("require") || call.getName().equals("requireScoped"))) {
                return true;
            }
            if (call.getTargetOwner().equals(method.getOwner())) {
                for (JavaMethod target : call.getTarget().resolveMember().stream().toList()) {
                    if (checksFirst(target, seen)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** docs/security.md shows the same table as {@link Permission}: a change to one without the other fails. */
    @Test
    void theDocumentedTableIsThePermissionEnum() throws IOException {
        Path doc = Path.of("..", "docs", "security.md");
        List<String> lines = Files.readAllLines(doc);
        String header = lines.stream().filter(l -> l.startsWith("| permission |")).findFirst().orElseThrow();
        List<String> columns = Arrays.stream(header.split("\\|")).map(String::strip).toList();
        for (Permission p : Permission.values()) {
            String row = lines.stream().filter(l -> l.startsWith("| `" + p.name() + "` |")).findFirst()
                    .orElseThrow(() -> new AssertionError("docs/security.md has no row for " + p));
            List<String> cells = Arrays.stream(row.split("\\|", -1)).map(String::strip).toList();
            Set<String> documented = IntStream.range(0, Math.min(cells.size(), columns.size()))
                    .filter(i -> cells.get(i).equals("✓")).mapToObj(columns::get).collect(Collectors.toSet());
            Assertions.assertThat(documented).as(p.name())
                    .isEqualTo(p.roles().stream().map(Enum::name).collect(Collectors.toSet()));
        }
    }
}
