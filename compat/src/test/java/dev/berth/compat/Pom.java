package dev.berth.compat;

/**
 * A project's pom.xml as text, changed the way a user edits one: a dependency moved or added, a BOM imported, a
 * version set. Each change returns a copy and fails loudly when the pom lacks what it changes.
 */
record Pom(String xml) {

    /** @return a copy with the dependency of this artifactId moved to the top of {@code <dependencies>} */
    Pom withFirst(String artifactId) {
        String block = dependency(artifactId);
        return new Pom(xml.replace(block, "")).withDependencyFirst(block.strip());
    }

    /** @return a copy with this {@code <dependency>} block first in {@code <dependencies>} */
    Pom withDependencyFirst(String block) {
        return new Pom(insertAfter(dependencies(), "\n    " + block));
    }

    /** @return a copy with this {@code <dependency>} block last in {@code <dependencies>} */
    Pom withDependencyLast(String block) {
        int end = xml.lastIndexOf("</dependencies>");
        return new Pom(xml.substring(0, end) + "  " + block + "\n  " + xml.substring(end));
    }

    /** @return a copy that imports this BOM before any other in {@code <dependencyManagement>} */
    Pom withBomFirst(String groupId, String artifactId, String version) {
        String bom = "\n      <dependency><groupId>" + groupId + "</groupId><artifactId>" + artifactId + "</artifactId>"
                + "<version>" + version + "</version><type>pom</type><scope>import</scope></dependency>";
        int management = require(xml.indexOf("<dependencyManagement>"), "<dependencyManagement>");
        int inner = require(xml.indexOf("<dependencies>", management), "<dependencyManagement><dependencies>");
        int at = inner + "<dependencies>".length();
        return new Pom(xml.substring(0, at) + bom + xml.substring(at));
    }

    /**
     * @return a copy without {@code <dependencyManagement>}, where the dependency of this artifactId names its
     *         version itself: a project that names JUnit's version directly, as most existing builds do
     */
    Pom withoutManagementAndVersion(String artifactId, String version) {
        int start = require(xml.indexOf("<dependencyManagement>"), "<dependencyManagement>");
        int end = xml.indexOf("</dependencyManagement>") + "</dependencyManagement>".length();
        String block = dependency(artifactId);
        String versioned = block.replace("<artifactId>" + artifactId + "</artifactId>",
                "<artifactId>" + artifactId + "</artifactId>\n      <version>" + version + "</version>");
        return new Pom((xml.substring(0, start) + xml.substring(end)).replace(block, versioned));
    }

    private String dependency(String artifactId) {
        int id = require(xml.indexOf("<artifactId>" + artifactId + "</artifactId>", dependencies()),
                "a dependency on " + artifactId);
        int start = xml.lastIndexOf("<dependency>", id);
        int lineStart = xml.lastIndexOf('\n', start) + 1;
        int end = xml.indexOf("</dependency>", id) + "</dependency>".length();
        return xml.substring(lineStart, end + 1);
    }

    private int dependencies() {
        int management = xml.indexOf("</dependencyManagement>");
        return require(xml.indexOf("<dependencies>", Math.max(management, 0)), "<dependencies>");
    }

    private String insertAfter(int openTag, String text) {
        int at = openTag + "<dependencies>".length();
        return xml.substring(0, at) + text + xml.substring(at);
    }

    private static int require(int index, String what) {
        if (index < 0) {
            throw new IllegalStateException("the README's pom.xml has no " + what + "; the compatibility suite edits it");
        }
        return index;
    }
}
