package org.gridline.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Map;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of ARCHITECTURE.md as tests, over the main classes: features form an acyclic graph (and so do the
 * packages inside them), an entity is used only inside its own feature, and a resource never reaches the database
 * itself, and the Vert.x SQL client (the raw pool) is used only where avoiding Hibernate is the point. The known
 * violations still being removed are listed in {@link KnownViolations}, and only there.
 */
@AnalyzeClasses(packages = "org.gridline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String ROOT = "org.gridline.";
    /** Hibernate (ORM, Reactive, its Mutiny and Stage sessions), Panache's session helpers, the Vert.x SQL client. */
    private static final List<String> DATABASE_PACKAGES = List.of("org.hibernate", "io.vertx.sqlclient",
            "io.vertx.mutiny.sqlclient", "io.vertx.pgclient", "io.vertx.mutiny.pgclient",
            "io.quarkus.hibernate.reactive.panache.common.runtime");

    /**
     * The classes outside {@code platform.db} that may use the Vert.x SQL client, each with its reason. Everything else
     * reaches the database on the reactive session: entities and Panache, the feature's repository, {@code Sql}.
     */
    static final Map<String, String> RAW_SQL_CLIENT = Map.of(
            "org.gridline.inbox.InboxBatch", "the inbox's group commit: one INSERT … unnest per batch, one fsync",
            "org.gridline.inbox.InboxNonces", "the replay cache's statements, on the group commit's connection",
            "org.gridline.notify.OutboxStore", "the outbox claim (FOR UPDATE SKIP LOCKED) and the delivery outcomes",
            "org.gridline.notify.ClaimedMessage", "a claimed row, read from the claim's result",
            "org.gridline.notify.OutboxListener", "LISTEN needs a connection of its own held open (PgSubscriber)",
            "org.gridline.notify.ListenConnection", "LISTEN needs a connection of its own held open (PgSubscriber)",
            "org.gridline.report.ReportExport", "the CSV export streams from a cursor (Hibernate Reactive has none)");

    /** No cycle between features: {@code org.gridline.report..} and {@code org.gridline.conversation..} are slices. */
    @ArchTest
    static void featuresAreFreeOfCycles(JavaClasses classes) {
        ArchRule rule = slices().matching(ROOT + "(*)..").namingSlices("$1").should().beFreeOfCycles();
        KnownViolations.assertNoOtherViolation(rule.evaluate(classes));
    }

    /** No cycle between any two packages either, inside a feature too ({@code report} and {@code report.workorder}). */
    @ArchTest
    static void packagesAreFreeOfCycles(JavaClasses classes) {
        ArchRule rule = slices().matching(ROOT + "(**)").namingSlices("$1").should().beFreeOfCycles();
        KnownViolations.assertNoOtherViolation(rule.evaluate(classes));
    }

    /** A JPA entity is the table of its feature: only classes of that feature's top-level package use it. */
    @ArchTest
    static void entitiesStayInsideTheirFeature(JavaClasses classes) {
        ArchRule rule = classes().that().areAnnotatedWith(Entity.class).should(beUsedOnlyInsideTheirFeature());
        rule.check(classes);
    }

    /** A resource maps HTTP to a service call: no session, no Panache static query, no SQL pool, no EntityManager. */
    @ArchTest
    static final ArchRule resourcesDoNotTouchTheDatabase = noClasses().that().haveSimpleNameEndingWith("Resource")
            .should().dependOnClassesThat(areDatabaseAccess())
            .orShould().callMethodWhere(aPanacheEntityStaticMethod())
            .because("a resource calls one service method; the service owns the session and the transaction");

    /** The raw pool only where avoiding Hibernate is the point ({@link #RAW_SQL_CLIENT}) and in platform.db. */
    @ArchTest
    static final ArchRule onlyTheNamedPlacesUseTheRawPool = noClasses()
            .that().resideOutsideOfPackage("org.gridline.platform.db..").and(areNotNamedIn(RAW_SQL_CLIENT))
            .should().dependOnClassesThat().resideInAnyPackage("io.vertx..sqlclient..", "io.vertx..pgclient..")
            .because("a feature reaches the database on the reactive session: entities and Panache, its repository, "
                    + "platform.db.Sql for set-based SQL");

    private static DescribedPredicate<JavaClass> areNotNamedIn(Map<String, String> allowed) {
        return describe("are not one of " + allowed.keySet(), c -> allowed.keySet().stream()
                .noneMatch(name -> c.getName().equals(name) || c.getName().startsWith(name + "$")));
    }

    private static DescribedPredicate<JavaClass> areDatabaseAccess() {
        return describe("are Hibernate or Mutiny sessions, Panache, the Vert.x SQL client or the EntityManager",
                c -> inAny(c.getPackageName(), DATABASE_PACKAGES)
                        && !inAny(c.getPackageName(), List.of("org.hibernate.validator"))
                        || c.getName().equals("io.quarkus.hibernate.reactive.panache.Panache")
                        || c.isAssignableTo(EntityManager.class));
    }

    private static boolean inAny(String packageName, List<String> prefixes) {
        return prefixes.stream().anyMatch(p -> packageName.equals(p) || packageName.startsWith(p + "."));
    }

    private static DescribedPredicate<JavaMethodCall> aPanacheEntityStaticMethod() {
        return describe("the method is a static method of a Panache entity",
                call -> call.getTargetOwner().isAssignableTo(PanacheEntityBase.class)
                        && call.getTarget().resolveMember().map(m -> m.getModifiers().contains(JavaModifier.STATIC))
                        .orElse(false));
    }

    private static ArchCondition<JavaClass> beUsedOnlyInsideTheirFeature() {
        return new ArchCondition<>("be used only inside their own feature's package") {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                String feature = feature(entity);
                entity.getDirectDependenciesToSelf().stream()
                        .filter(d -> d.getOriginClass().getName().startsWith(ROOT)
                                && !feature(d.getOriginClass()).equals(feature)
                                && !KnownViolations.isKnownEntityUse(feature(d.getOriginClass()), entity.getName()))
                        .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
            }
        };
    }

    /** The feature of a class: the first package under {@code org.gridline}. */
    static String feature(JavaClass type) {
        if (!type.getPackageName().startsWith(ROOT)) {
            return "";
        }
        String rest = type.getPackageName().substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
