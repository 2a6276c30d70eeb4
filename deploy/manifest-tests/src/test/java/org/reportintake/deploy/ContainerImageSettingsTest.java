package org.reportintake.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Jib image settings the compose file and the manifests rely on. */
class ContainerImageSettingsTest {

    @ParameterizedTest
    @EnumSource(ServiceConfig.class)
    void imageBuildIsOffByDefaultAndNamedAsTheDeploymentsExpect(ServiceConfig s) {
        String pom = Repo.read(s.appName + "/pom.xml");
        assertTrue(pom.contains("<artifactId>quarkus-container-image-jib</artifactId>"), s.appName + " uses Jib");
        // On, every `mvn verify` would need a registry or a Docker daemon.
        assertEquals("false", s.property("quarkus.container-image.build"), s.appName);
        assertEquals("report-intake", s.property("quarkus.container-image.group"), s.appName);
        assertEquals(s.appName, s.property("quarkus.application.name"), "image name = application name");
    }

    @ParameterizedTest
    @EnumSource(ServiceConfig.class)
    void smallJvmImageWithContainerAwareHeap(ServiceConfig s) {
        String base = s.property("quarkus.jib.base-jvm-image");
        assertTrue(base.startsWith("registry.access.redhat.com/ubi9/openjdk-17-runtime:")
                || base.startsWith("eclipse-temurin:17-jre"), s.appName + " base " + base);
        assertTrue(s.property("quarkus.jib.jvm-additional-arguments").contains("-XX:MaxRAMPercentage=75"),
                s.appName + ": heap follows the container's memory limit");
    }
}
