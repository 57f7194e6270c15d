package org.highroad.support;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Highroad's production classes as ArchUnit reads them, read once per test JVM for every architecture rule (reading
 * them takes several CPU seconds; the classes do not change while the tests run).
 */
public final class MainClasses {

    private static JavaClasses main;

    private MainClasses() {
    }

    public static synchronized JavaClasses imported() {
        if (main == null) {
            main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.highroad");
        }
        return main;
    }
}
