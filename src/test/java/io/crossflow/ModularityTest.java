package io.crossflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The module structure and the few code rules of STYLE.md that a reviewer would otherwise have to
 * remember. Main code only: tests may use the engine and its internals freely.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(CrossflowApplication.class);

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("io.crossflow");

    private static final DescribedPredicate<JavaClass> OTHER_CROSSFLOW_MODULES =
            DescribedPredicate.describe("belong to another Crossflow module (or the application class)", target -> {
                String name = target.getPackageName();
                return (name.equals("io.crossflow") || name.startsWith("io.crossflow."))
                        && !(name.equals("io.crossflow.shared") || name.startsWith("io.crossflow.shared."));
            });

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        // target/spring-modulith-docs: one C4/PlantUML diagram per module and the module canvases
        new Documenter(MODULES).writeDocumentation();
    }

    @Test
    void onlyWorkflowAndProcessPackagesUseTheEngine() {
        noClasses()
                .that()
                .resideOutsideOfPackages("io.crossflow.workflow..", "io.crossflow.*.process..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.camunda..")
                .because("the engine is Camunda glue owned by the workflow module and process delegates (STYLE.md)")
                .check(MAIN_CLASSES);
    }

    @Test
    void engineInternalsOnlyInWorkflowInternal() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.crossflow.workflow.internal..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.camunda.bpm.engine.impl..")
                .because("engine plugins and the identity provider live in workflow.internal by documented"
                        + " decision (docs/architecture.md); nothing else may rely on engine internals")
                .check(MAIN_CLASSES);
    }

    @Test
    void noFieldInjection() {
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(MAIN_CLASSES);
    }

    @Test
    void controllersArePackagePrivateAndLiveInWebPackages() {
        classes()
                .that()
                .areMetaAnnotatedWith(Controller.class)
                .should()
                .notBePublic()
                .andShould()
                .resideInAPackage("..web..")
                .because("HTTP adapters are thin, package-private and kept in the module's web package")
                .allowEmptyShould(true)
                .check(MAIN_CLASSES);
    }

    @Test
    void afterCommitWorkGoesThroughTheEventPublicationRegistry() {
        noMethods()
                .should()
                .beAnnotatedWith(TransactionalEventListener.class)
                .because("after-commit work runs through @ApplicationModuleListener: durable, on listener threads,"
                        + " after the request let go of its connection (docs/adr/0003-durable-event-handover.md)")
                .check(MAIN_CLASSES);
    }

    @Test
    void noTransactionRequiresANewOneWhileHoldingAConnection() {
        DescribedPredicate<JavaAnnotation<?>> requiresNew = DescribedPredicate.describe(
                "@Transactional or @ApplicationModuleListener with propagation REQUIRES_NEW",
                annotation -> (annotation.getRawType().isEquivalentTo(Transactional.class)
                                || annotation.getRawType().isEquivalentTo(ApplicationModuleListener.class))
                        && annotation
                                .get("propagation")
                                .filter(p -> p instanceof JavaEnumConstant c
                                        && c.name().equals("REQUIRES_NEW"))
                                .isPresent());
        String because = "a thread that holds a connection and asks for a second one exhausts the pool under load"
                + " (issue 9); hand the work over with @ApplicationModuleListener instead (docs/adr/0003)";
        noMethods().should().beAnnotatedWith(requiresNew).because(because).check(MAIN_CLASSES);
        noClasses().should().beAnnotatedWith(requiresNew).because(because).check(MAIN_CLASSES);
        // TransactionDefinition.PROPAGATION_REQUIRES_NEW is a constant the compiler inlines: refuse setting any
        // propagation by hand, the default (REQUIRED) is the only one main code needs
        noClasses()
                .should()
                .callMethodWhere(DescribedPredicate.describe(
                        "a transaction propagation is set by hand",
                        call -> call.getName().startsWith("setPropagationBehavior")
                                && (call.getTargetOwner().isAssignableTo(DefaultTransactionDefinition.class)
                                        || call.getTargetOwner().isEquivalentTo(TransactionTemplate.class))))
                .because(because)
                .check(MAIN_CLASSES);
    }

    @Test
    void sharedDependsOnNoOtherModule() {
        noClasses()
                .that()
                .resideInAPackage("io.crossflow.shared..")
                .should()
                .dependOnClassesThat(OTHER_CROSSFLOW_MODULES)
                .because("shared holds value types every module may use, so it may use none of them")
                .check(MAIN_CLASSES);
    }
}
