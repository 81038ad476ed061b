package dev.nextcall;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of architecture.md, one rule per constraint, checked on the compiled classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.nextcall");
    }

    @Test
    void domainUsesOnlyTheJdk() {
        classes().that().resideInAPackage("dev.nextcall.domain..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("dev.nextcall.domain..", "java.lang..", "java.time..", "java.util..")
                .because("the domain is pure Java: no JavaFX, no I/O, no libraries, time passed in")
                .check(classes);
    }

    @Test
    void appDependsOnlyOnTheDomain() {
        noClasses().that().resideInAPackage("dev.nextcall.app..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("dev.nextcall.adapters..", "dev.nextcall.ui..", "dev.nextcall.cli..",
                        "dev.nextcall.config..", "javafx..", "java.sql..", "net.fortuna..", "com.google..")
                .because("use cases speak to the outside only through their ports")
                .check(classes);
    }

    @Test
    void adaptersDoNotKnowTheUiOrTheCommandLine() {
        noClasses().that().resideInAPackage("dev.nextcall.adapters..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("dev.nextcall.ui..", "dev.nextcall.cli..", "dev.nextcall.config..", "javafx..")
                .because("adapters implement ports; they are driven, never driving")
                .check(classes);
    }

    @Test
    void adaptersDoNotKnowEachOther() {
        for (String adapter : new String[] {"ics", "sqlite", "google"}) {
            String own = "dev.nextcall.adapters." + adapter + "..";
            noClasses().that().resideInAPackage(own)
                    .should().dependOnClassesThat(
                            resideInAPackage("dev.nextcall.adapters..").and(not(resideInAPackage(own))))
                    .allowEmptyShould(true)
                    .because("each adapter stands alone behind its port")
                    .check(classes);
        }
    }

    @Test
    void onlyTheIcsAdapterUsesIcal4j() {
        noClasses().that().resideOutsideOfPackage("dev.nextcall.adapters.ics..")
                .should().dependOnClassesThat().resideInAPackage("net.fortuna.ical4j..")
                .because("ical4j types stop at the ics adapter's mappers")
                .check(classes);
    }

    @Test
    void onlyTheSqliteAdapterUsesJdbc() {
        noClasses().that().resideOutsideOfPackage("dev.nextcall.adapters.sqlite..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .because("JDBC stays inside the history store")
                .check(classes);
    }

    @Test
    void onlyTheGoogleAdapterUsesTheGoogleClient() {
        noClasses().that().resideOutsideOfPackage("dev.nextcall.adapters.google..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.api..", "com.google.auth..")
                .because("Google's Event, DateTime and friends never cross a port")
                .check(classes);
    }

    @Test
    void viewModelsNeverTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("view models hold state and commands; views build nodes and bind")
                .check(classes);
    }

    @Test
    void onlyViewsAndWindowsBuildNodes() {
        noClasses().that().resideInAnyPackage("dev.nextcall.ui.panel..", "dev.nextcall.ui.history..",
                        "dev.nextcall.ui.common..", "dev.nextcall.ui.settings..", "dev.nextcall.ui.welcome..")
                .and().haveNameNotMatching(".*View(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("state and its parts (clock, proposals, status line) stay testable without a scene graph")
                .check(classes);
    }

    @Test
    void uiAndCommandLineDoNotUseAdaptersDirectly() {
        noClasses().that().resideInAnyPackage("dev.nextcall.ui..", "dev.nextcall.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.nextcall.adapters..")
                .because("only the composition root knows concrete adapters")
                .check(classes);
    }

    @Test
    void commandLineNeverLoadsJavaFx() {
        noClasses().that().resideInAPackage("dev.nextcall.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.nextcall.ui..")
                .because("commands run headless, with no display and no toolkit")
                .check(classes);
    }

    @Test
    void onlyTheCompositionRootBuildsAdapters() {
        classes().that().resideInAPackage("dev.nextcall.adapters..").and().arePublic()
                .should().onlyHaveDependentClassesThat(
                        resideInAPackage("dev.nextcall.adapters..").or(belongToAnyOf(CompositionRoot.class)))
                .allowEmptyShould(true)
                .because("one class wires everything by constructor: no service locator")
                .check(classes);
    }

    /**
     * The panel sits beside the rep's call window and must never take focus from it. Monocle, the
     * headless platform the UI tests run on, does not model window focus (every shown window reports
     * focused), so the guarantee is made here: no code asks for focus or raises a window.
     */
    @Test
    void nothingRequestsFocusOrRaisesAWindow() {
        // One exception: Ctrl+N moves the keyboard to the notes inside the panel. An accelerator fires only
        // in the window that already has the keyboard, so this cannot take focus from the call window.
        DescribedPredicate<JavaCall<?>> ctrlNToNotes = DescribedPredicate.describe("Ctrl+N to the notes",
                call -> call.getOriginOwner().getName().equals("dev.nextcall.ui.panel.PanelView")
                        && call.getOrigin().getName().equals("goToNotesOnKey"));
        noClasses().that().resideInAPackage("dev.nextcall..")
                .should().callMethodWhere(target(name("requestFocus")).and(not(ctrlNToNotes)))
                .orShould().callMethodWhere(target(name("toFront")))
                .because("showing or changing state never steals focus from the call")
                .check(classes);
    }

    @Test
    void configDependsOnlyOnTheDomain() {
        noClasses().that().resideInAPackage("dev.nextcall.config..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("dev.nextcall.app..", "dev.nextcall.adapters..", "dev.nextcall.ui..",
                        "dev.nextcall.cli..", "javafx..")
                .because("settings are plain values read by the composition root")
                .check(classes);
    }
}
