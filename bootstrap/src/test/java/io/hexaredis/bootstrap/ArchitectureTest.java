package io.hexaredis.bootstrap;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The architecture of DESIGN.md as executable rules: dependencies point inwards, the domain uses
 * only the JDK, adapters do not know each other, and Dagger stays in the composition root.
 */
@AnalyzeClasses(packages = "io.hexaredis", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule ports_and_adapters = onionArchitecture()
            .domainModels("io.hexaredis.domain..")
            .applicationServices("io.hexaredis.application..")
            .adapter("resp", "io.hexaredis.adapter.resp..")
            .adapter("persistence", "io.hexaredis.adapter.persistence..")
            .adapter("replication", "io.hexaredis.adapter.replication..")
            .withOptionalLayers(true)
            .ignoreDependency(resideInAPackage("io.hexaredis.bootstrap.."), alwaysTrue())
            .ensureAllClassesAreContainedInArchitectureIgnoring("io.hexaredis.bootstrap..");

    @ArchTest
    static final ArchRule domain_uses_only_the_jdk = classes()
            .that().resideInAPackage("io.hexaredis.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.hexaredis.domain..", "java..")
            .because("the domain is the pure model: no framework, no logging, no I/O library");

    @ArchTest
    static final ArchRule domain_does_no_io = noClasses()
            .that().resideInAPackage("io.hexaredis.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.nio.channels..", "java.nio.file..", "java.net..")
            .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.File.*")
            .orShould().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "ch.qos.logback..", "java.util.logging..")
            .because("sockets, files and logs belong to adapters");

    @ArchTest
    static final ArchRule time_comes_from_the_clock = noClasses()
            .that().resideOutsideOfPackage("io.hexaredis.bootstrap..")
            .and().doNotHaveFullyQualifiedName("io.hexaredis.domain.time.SystemClock")
            .should().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .orShould().callMethod(java.time.Instant.class, "now")
            .because("expiry and timeouts must be testable without sleeping: time comes from the Clock port");

    @ArchTest
    static final ArchRule sockets_only_in_resp_and_replication_adapters = noClasses()
            .that().resideOutsideOfPackages("io.hexaredis.adapter.resp..", "io.hexaredis.adapter.replication..",
                    "io.hexaredis.bootstrap..")
            .should().dependOnClassesThat(resideInAnyPackage("java.nio.channels..", "java.net..")
                    .and(not(assignableTo(java.nio.channels.FileChannel.class))))
            .because("only the transport and the replication channel talk over sockets"
                    + " (a FileChannel is a file: the persistence adapter syncs files and directories with it)");

    @ArchTest
    static final ArchRule files_only_in_persistence_adapter_and_bootstrap = noClasses()
            .that().resideOutsideOfPackages("io.hexaredis.adapter.persistence..", "io.hexaredis.bootstrap..")
            .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..")
            .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.File(InputStream|OutputStream|Reader|Writer|)")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
            .because("RDB and AOF files are the persistence adapter's business; bootstrap reads redis.conf");

    @ArchTest
    static final ArchRule dagger_only_in_bootstrap = noClasses()
            .that().resideOutsideOfPackage("io.hexaredis.bootstrap..")
            .should().dependOnClassesThat().resideInAnyPackage("dagger..", "javax.inject..")
            .because("application and adapters are plain Java; bootstrap's modules wire them");

    @ArchTest
    static final ArchRule no_package_cycles = slices().matching("io.hexaredis.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule no_standard_streams = noClasses()
            .that().doNotHaveFullyQualifiedName(Main.class.getName())
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("the server logs through SLF4J; only Main prints, before logging exists (config errors, --version)");

    @ArchTest
    static final ArchRule no_java_util_logging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule no_generic_exceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    @ArchTest
    static final ArchRule loggers_are_private_static_final = fields()
            .that().haveRawType(org.slf4j.Logger.class)
            .should().bePrivate().andShould().beStatic().andShould().beFinal()
            .because("one logger per class, named after it");
}
