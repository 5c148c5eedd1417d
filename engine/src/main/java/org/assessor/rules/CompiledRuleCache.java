package org.assessor.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Optional;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled rule sets kept across restarts: the Drools packages of a rule-set version that the
 * {@link RuleFileGuard} judged and Drools compiled, serialised, so that a node (or a command)
 * that starts again builds its KieBase from them in a fraction of the compile time.
 *
 * <p>An entry is found by the rule set's content hash alone ({@link RuleSetSource#hash()}) and is
 * used only for exactly that hash: the file is named by it, and its header repeats it with the
 * <em>build key</em> ({@link EngineBuild#key()}: the Drools version and a SHA-256 of this engine's
 * own classes, the guard's included, so an entry judged by another build of the guard is never used) and the SHA-256 of
 * the serialised packages. Anything that does not match, cannot be read or does not deserialise
 * is ignored: the rule set is compiled (and judged) as if there were no cache, and the entry
 * written again. Entries are written only after a rule set was judged and compiled, never from
 * anywhere else, and read from two places: a folder of this node (under the data folder) and
 * the entries the engine jar carries for its bundled rule sets ({@value #CLASSPATH}).
 *
 * <p>Drafts have a cache of their own ({@link #forDrafts()}): a sub-folder that keeps only the
 * {@value #DRAFTS_KEPT} entries most recently written or read, since auditors upload many drafts
 * and use few of them again.
 *
 * <p>The folder is as trusted as the database beside it: an entry is Java serialisation that
 * becomes rule code. Whoever can write the data folder can change the stored rule sets too.
 * Thread-safe.
 */
public final class CompiledRuleCache {
    /** Where the engine jar carries the compiled bundled rule sets. */
    public static final String CLASSPATH = "assessor/compiled-rules/";
    private static final Logger LOG = LoggerFactory.getLogger(CompiledRuleCache.class);
    private static final String MAGIC = "assessor-compiled-rules/1";
    private static final String SUFFIX = ".kbase";
    /** How many drafts' entries {@link #forDrafts()} keeps: those most recently written or read. */
    static final int DRAFTS_KEPT = 8;
    private static final CompiledRuleCache NONE = new CompiledRuleCache(null, false, 0);
    /** {@code -Dassessor.compiledRules=off}: compile every rule set at start, as before the cache (for comparisons). */
    private static final boolean OFF = "off".equals(System.getProperty("assessor.compiledRules"));

    private final Path folder;
    private final boolean bundled;
    /** How many entries the folder keeps, the most recently used; 0 for all. */
    private final int kept;

    private CompiledRuleCache(Path folder, boolean bundled, int kept) {
        this.folder = folder;
        this.bundled = bundled;
        this.kept = kept;
    }

    /** No cache: every rule set is compiled. */
    public static CompiledRuleCache none() {
        return NONE;
    }

    /**
     * A cache in {@code folder} (made when first written), falling back to the entries the
     * engine jar carries; {@code folder} null for the jar's entries only.
     */
    public static CompiledRuleCache in(Path folder) {
        return OFF ? NONE : new CompiledRuleCache(folder, true, 0);
    }

    /** A cache in {@code folder} only, without the jar's entries (for writing them at build time). */
    public static CompiledRuleCache folderOnly(Path folder) {
        return new CompiledRuleCache(folder, false, 0);
    }

    /**
     * The cache of drafts that goes with this one: the folder {@code drafts} inside this cache's
     * folder, without the jar's entries, keeping the {@value #DRAFTS_KEPT} entries most recently
     * written or read and deleting the others; no cache if this one has no folder.
     */
    public CompiledRuleCache forDrafts() {
        return folder == null ? NONE : new CompiledRuleCache(folder.resolve("drafts"), false, DRAFTS_KEPT);
    }

    /** Whether this cache reads or writes anything. */
    public boolean isEnabled() {
        return folder != null || bundled;
    }

    /** The entry's file name for a content hash: {@code sha256:ab12...} becomes {@code ab12....kbase}. */
    static String fileName(String hash) {
        return hash.substring(hash.indexOf(':') + 1) + SUFFIX;
    }

    /**
     * The KieBase of {@code source} from a valid entry for exactly its hash, judged by the guard
     * {@code judgedBy} names (its class), or empty (no entry, or one that is corrupt, of another
     * hash, guard or build).
     */
    public Optional<KieBase> load(RuleSetSource source, String judgedBy) {
        return firstValid(source, in -> read(in.readAllBytes(), source, judgedBy));
    }

    /**
     * Whether this cache holds an entry for exactly {@code source}'s hash, judged by
     * {@code judgedBy}, written by this build: the cheap check of its header only. An entry that
     * passes may still turn out corrupt when {@linkplain #load read}; then the rule set is compiled
     * from its files, which this build has already judged and compiled once.
     */
    public boolean holds(RuleSetSource source, String judgedBy) {
        return firstValid(source, in -> headerMatches(in, source, judgedBy) ? Optional.of(in) : Optional.empty())
                .isPresent();
    }

    /** What {@link #firstValid} does with an entry: its value, or empty if the entry does not do. */
    @FunctionalInterface
    private interface EntryReader<T> {
        Optional<T> read(InputStream entry) throws IOException;
    }

    /**
     * What {@code reader} makes of {@code source}'s entry in this node's folder, else of the one the
     * engine jar carries; empty if the cache is off or neither does.
     */
    private <T> Optional<T> firstValid(RuleSetSource source, EntryReader<T> reader) {
        if (!isEnabled()) {
            return Optional.empty();
        }
        String name = fileName(source.hash());
        if (folder != null && Files.isRegularFile(folder.resolve(name))) {
            try (InputStream in = Files.newInputStream(folder.resolve(name))) {
                Optional<T> found = reader.read(in);
                if (found.isPresent()) {
                    markUsed(folder.resolve(name));
                    return found;
                }
            } catch (IOException e) {
                LOG.warn("compiled rule set {} unreadable in {}: {}", source.id(), folder, e.toString());
            }
        }
        if (bundled) {
            try (InputStream in = CompiledRuleCache.class.getClassLoader().getResourceAsStream(CLASSPATH + name)) {
                if (in != null) {
                    return reader.read(in);
                }
            } catch (IOException e) {
                LOG.warn("bundled compiled rule set {} unreadable: {}", source.id(), e.toString());
            }
        }
        return Optional.empty();
    }

    private static boolean headerMatches(InputStream entry, RuleSetSource source, String judgedBy)
            throws IOException {
        return mismatch(new DataInputStream(entry), source, judgedBy) == null;
    }

    /**
     * Reads an entry's header and says why it is not for {@code source} judged by {@code judgedBy}
     * in this build, or null if it is.
     */
    private static String mismatch(DataInputStream in, RuleSetSource source, String judgedBy) throws IOException {
        if (!MAGIC.equals(in.readUTF())) {
            return "not an entry of this format";
        }
        if (!(EngineBuild.key() + "; judged by " + judgedBy).equals(in.readUTF())) {
            return "written by another build of the engine or of Drools, or judged by another guard";
        }
        return source.hash().equals(in.readUTF()) ? null : "of other content";
    }

    /** Keeps the compiled {@code kieBase} of {@code source}, just judged and compiled; never throws. */
    public void store(RuleSetSource source, String judgedBy, KieBase kieBase) {
        if (folder == null) {
            return;
        }
        try {
            byte[] entry = write(source, judgedBy, kieBase);
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, "entry", ".tmp");
            try {
                Files.write(temp, entry);
                Files.move(temp, folder.resolve(fileName(source.hash())), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            prune();
        } catch (IOException | RuntimeException e) {
            LOG.warn("compiled rule set {} not kept in {}: {}", source.id(), folder, e.toString());
        }
    }

    /** In a cache that keeps only the most recently used entries, marks {@code entry} as just used. */
    private void markUsed(Path entry) {
        if (kept > 0) {
            RecentlyUsedFiles.touch(entry);
        }
    }

    /** In a cache that keeps only the most recently used entries, deletes the others. */
    private void prune() throws IOException {
        if (kept > 0) {
            RecentlyUsedFiles.keepNewest(folder, SUFFIX, kept);
        }
    }

    private static byte[] write(RuleSetSource source, String judgedBy, KieBase kieBase) throws IOException {
        ByteArrayOutputStream packages = new ByteArrayOutputStream(1 << 21);
        try (DroolsObjectOutputStream out = new DroolsObjectOutputStream(packages)) {
            out.writeObject(new ArrayList<>(kieBase.getKiePackages()));
        }
        byte[] payload = packages.toByteArray();
        ByteArrayOutputStream entry = new ByteArrayOutputStream(payload.length + 512);
        try (DataOutputStream out = new DataOutputStream(entry)) {
            out.writeUTF(MAGIC);
            out.writeUTF(EngineBuild.key() + "; judged by " + judgedBy);
            out.writeUTF(source.hash());
            out.writeUTF(sha256(payload));
            out.writeInt(payload.length);
            out.write(payload);
        }
        return entry.toByteArray();
    }

    private static Optional<KieBase> read(byte[] entry, RuleSetSource source, String judgedBy) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry))) {
            String why = mismatch(in, source, judgedBy);
            if (why != null) {
                LOG.info("compiled rule set {} not used: {}; compiling it", source.id(), why);
                return Optional.empty();
            }
            String digest = in.readUTF();
            byte[] payload = new byte[in.readInt()];
            in.readFully(payload);
            if (!digest.equals(sha256(payload))) {
                LOG.warn("compiled rule set {} is corrupt (its digest does not match); compiling it", source.id());
                return Optional.empty();
            }
            Collection<KiePackage> packages;
            try (DroolsObjectInputStream objects = new DroolsObjectInputStream(new ByteArrayInputStream(payload),
                    CompiledRuleCache.class.getClassLoader())) {
                @SuppressWarnings("unchecked")
                Collection<KiePackage> read = (Collection<KiePackage>) objects.readObject();
                packages = read;
            }
            InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
            kieBase.addPackages(packages);
            return Optional.of(kieBase);
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            LOG.warn("compiled rule set {} could not be read ({}); compiling it", source.id(), e.toString());
            return Optional.empty();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    @Override
    public String toString() {
        return folder == null ? (bundled ? "the engine jar's compiled rule sets" : "no cache") : folder.toString();
    }
}
