package org.assessor.rules;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which build of the engine and of Drools this is, for {@link CompiledRuleCache}: a compiled
 * rule set is reused only by exactly the build that judged and compiled it. Thread-safe.
 */
final class EngineBuild {
    private static final Logger LOG = LoggerFactory.getLogger(EngineBuild.class);
    private static final String RULES = "org/assessor/rules/";
    private static final String CORE = "org/assessor/core/";
    private static volatile String cached;

    private EngineBuild() {
    }

    /**
     * The Drools version, the Java language level the rules' code is compiled for
     * ({@link RuleSetCompiler#JAVA_LEVEL}, the same on every Java that runs the engine, so a rule
     * set compiled on one is used on another), and the SHA-256 of the engine's classes that judge,
     * compile and make up a compiled rule set ({@value #RULES} and {@value #CORE}: the guard, the
     * compiler, the facts and the core types), the same whether they run from a folder, the engine
     * jar or a jar that bundles it with other code. Computed once.
     */
    static String key() {
        String key = cached;
        if (key == null) {
            key = "drools " + droolsVersion() + "; java level " + RuleSetCompiler.JAVA_LEVEL + "; engine " + engineClasses();
            cached = key;
        }
        return key;
    }

    /** drools-core's version, from its Maven properties (kept in shaded jars too), or "?" if absent. */
    private static String droolsVersion() {
        try (InputStream in = KnowledgeBaseFactory.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.drools/drools-core/pom.properties")) {
            if (in != null) {
                java.util.Properties properties = new java.util.Properties();
                properties.load(in);
                return properties.getProperty("version", "?");
            }
        } catch (IOException e) {
            LOG.debug("drools-core's version unreadable", e);
        }
        return "? " + System.nanoTime();
    }

    private static String engineClasses() {
        TreeMap<String, byte[]> classes = new TreeMap<>();
        try {
            Path location = location();
            if (Files.isDirectory(location)) {
                for (String prefix : new String[] {RULES, CORE}) {
                    try (Stream<Path> files = Files.walk(location.resolve(prefix))) {
                        for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                            classes.put(location.relativize(file).toString().replace('\\', '/'),
                                    Files.readAllBytes(file));
                        }
                    }
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
                        if ((entry.getName().startsWith(RULES) || entry.getName().startsWith(CORE))
                                && entry.getName().endsWith(".class")) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                classes.put(entry.getName(), in.readAllBytes());
                            }
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            LOG.warn("cannot fingerprint the engine's classes ({}); compiled rule sets will not be reused", e.toString());
            return "unknown " + System.nanoTime();
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            classes.forEach((name, bytes) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /**
     * The folder or jar this class was loaded from. Read from the class file's own address, not
     * from its protection domain: a class mapped from Java 25's ahead-of-time cache sometimes has
     * a code source without a location.
     */
    private static Path location() throws IOException, URISyntaxException {
        String self = EngineBuild.class.getName().replace('.', '/') + ".class";
        URL url = EngineBuild.class.getClassLoader().getResource(self);
        if (url == null) {
            throw new IOException(self + " not found by its own class loader");
        }
        if (url.getProtocol().equals("jar")) {
            return Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI());
        }
        Path file = Path.of(url.toURI());
        for (int i = self.split("/").length; i > 0; i--) {
            file = file.getParent();
        }
        return file;
    }
}
