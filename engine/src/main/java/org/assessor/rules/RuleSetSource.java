package org.assessor.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assessor.Ids;
import org.assessor.MalformedJson;
import org.assessor.StrictJson;

/**
 * The files of one rule-set version, as an auditor wrote them: {@code manifest.json}, rule files
 * ({@code .drl}, {@code .drl.csv}, {@code .drl.xlsx}) and test cases under {@code tests/}.
 * Immutable; its {@link #hash()} identifies the content exactly.
 */
public final class RuleSetSource {
    /** The manifest's file name. */
    public static final String MANIFEST = "manifest.json";
    /** The most files one rule-set version may have. */
    public static final int MAX_FILES = 200;
    /** The largest file of a rule set: 4 MiB. */
    public static final int MAX_FILE_BYTES = 4 << 20;
    /** The most bytes all files of a rule set may have together: 32 MiB. */
    public static final long MAX_TOTAL_BYTES = 32L << 20;
    private static final Pattern FILE_NAME =
            Pattern.compile("(tests/)?[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    /**
     * Binds a manifest already read by {@link StrictJson}: no unknown fields, and text fields must
     * be JSON strings (a number is not silently turned into text).
     */
    private static final ObjectMapper JSON = manifestMapper();

    private final SortedMap<String, byte[]> files;
    private final SortedMap<String, byte[]> shared;
    private final RuleSetManifest manifest;
    private final String hash;

    private RuleSetSource(SortedMap<String, byte[]> files, SortedMap<String, byte[]> shared, RuleSetManifest manifest,
                          String hash) {
        this.files = files;
        this.shared = shared;
        this.manifest = manifest;
        this.hash = hash;
    }

    /**
     * A rule set of the given files, keyed by their path relative to the rule-set folder.
     *
     * @throws RuleSetInvalid if a file name is unsafe (anything but letters, digits, '.', '_' and
     *                        '-', in the folder or in {@code tests/}, or with '..'), there are
     *                        more than {@link #MAX_FILES} files, one is larger than
     *                        {@link #MAX_FILE_BYTES} or all together than {@link #MAX_TOTAL_BYTES},
     *                        the manifest is missing or unreadable, or it names a shared layer
     *                        that the bundled layers do not have
     */
    public static RuleSetSource of(Map<String, byte[]> files) {
        return of(files, SharedLayers.bundled());
    }

    /** Like {@link #of(Map)}, with the shared layer the manifest names looked up in {@code layers}. */
    public static RuleSetSource of(Map<String, byte[]> files, SharedLayers layers) {
        List<RuleProblem> problems = new ArrayList<>();
        SortedMap<String, byte[]> copy = new TreeMap<>();
        if (files.size() > MAX_FILES) {
            throw new RuleSetInvalid("(" + files.size() + " files)", List.of(RuleProblem.inFile(MANIFEST,
                    "a rule set may have at most " + MAX_FILES + " files, not " + files.size())));
        }
        long total = 0;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String name = file.getKey();
            byte[] bytes = file.getValue();
            total += bytes.length;
            if (!FILE_NAME.matcher(name).matches() || name.contains("..")) {
                problems.add(RuleProblem.inFile(printable(name), "file names may hold only letters, digits, '.', "
                        + "'_' and '-' (in the folder itself or in tests/), and may not contain '..'"));
            } else if (bytes.length > MAX_FILE_BYTES) {
                problems.add(RuleProblem.inFile(name, "the file has " + bytes.length + " bytes; a rule-set file "
                        + "may have at most " + MAX_FILE_BYTES));
            } else {
                copy.put(name, bytes.clone());
            }
        }
        if (total > MAX_TOTAL_BYTES) {
            problems.add(RuleProblem.inFile(MANIFEST, "the files have " + total + " bytes together; a rule set may "
                    + "have at most " + MAX_TOTAL_BYTES));
        }
        RuleSetManifest manifest = readManifest(copy.get(MANIFEST), problems);
        SortedMap<String, byte[]> shared = manifest == null ? new TreeMap<>() : shared(manifest, copy, layers, problems);
        if (!problems.isEmpty()) {
            String label = manifest == null ? "(no manifest)" : manifest.questionnaireId() + "/" + manifest.version();
            throw new RuleSetInvalid(label, problems);
        }
        return new RuleSetSource(Collections.unmodifiableSortedMap(copy), Collections.unmodifiableSortedMap(shared),
                manifest, hash(copy, manifest.shared(), shared));
    }

    /** The files of the shared layer {@code manifest} names; none if it names none. */
    private static SortedMap<String, byte[]> shared(RuleSetManifest manifest, SortedMap<String, byte[]> own,
                                                    SharedLayers layers, List<RuleProblem> problems) {
        if (manifest.shared() == null) {
            return new TreeMap<>();
        }
        Optional<SortedMap<String, byte[]>> layer = layers.files(manifest.shared());
        if (layer.isEmpty()) {
            List<String> known = layers.names();
            problems.add(RuleProblem.inFile(MANIFEST, "shared names the layer '" + printable(manifest.shared())
                    + "', which this server does not have; " + (known.isEmpty() ? "it has no shared layers"
                    : "it has " + String.join(", ", known))));
            return new TreeMap<>();
        }
        for (String name : layer.get().keySet()) {
            if (own.containsKey(name)) {
                problems.add(RuleProblem.inFile(name, "the shared layer " + manifest.shared() + " has a file of this"
                        + " name too; rename this one (a rule set's files and its shared layer's are compiled together)"));
            }
        }
        return new TreeMap<>(layer.get());
    }

    /**
     * Reads every file of the rule-set folder {@code folder} (its own files and {@code tests/}).
     * A shared layer is looked up in the {@code _shared} folder of the rules folder that holds it
     * ({@code folder/../../_shared}) if there is one, and among the bundled layers otherwise.
     */
    public static RuleSetSource fromFolder(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try {
            readFiles(folder, "", files);
            Path tests = folder.resolve("tests");
            if (Files.isDirectory(tests)) {
                readFiles(tests, "tests/", files);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule set " + folder, e);
        }
        Path rules = folder.toAbsolutePath().normalize().getParent();
        rules = rules == null ? null : rules.getParent();
        boolean local = rules != null && Files.isDirectory(rules.resolve(SharedLayers.FOLDER));
        return of(files, local ? SharedLayers.in(rules) : SharedLayers.bundled());
    }

    private static void readFiles(Path folder, String prefix, Map<String, byte[]> into) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path file : entries.filter(Files::isRegularFile).toList()) {
                into.put(prefix + file.getFileName().toString().replace("/", ""), Files.readAllBytes(file));
            }
        }
    }

    /** {@code name} safe to show in a message: control characters replaced, at most 120 characters. */
    private static String printable(String name) {
        String plain = name.replaceAll("\\p{Cntrl}", "?");
        return plain.length() <= 120 ? plain : plain.substring(0, 120) + "…";
    }

    private static ObjectMapper manifestMapper() {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /**
     * Reads the manifest as strictly as an API body ({@link StrictJson}: no duplicate keys, no
     * trailing content, numbers and strings within limits), then binds it; every problem is
     * reported against {@link #MANIFEST}.
     */
    private static RuleSetManifest readManifest(byte[] bytes, List<RuleProblem> problems) {
        if (bytes == null) {
            problems.add(RuleProblem.inFile(MANIFEST, "missing: every rule set needs a manifest.json with "
                    + "questionnaireId, version, questionnaireVersion, date and notes"));
            return null;
        }
        if (bytes.length == 0) {
            problems.add(RuleProblem.inFile(MANIFEST, "empty: expected a JSON object with questionnaireId, version, "
                    + "questionnaireVersion, date and notes"));
            return null;
        }
        try {
            RuleSetManifest m = JSON.treeToValue(StrictJson.read(bytes), RuleSetManifest.class);
            if (m == null) {
                problems.add(RuleProblem.inFile(MANIFEST, "expected a JSON object, not null"));
                return null;
            }
            for (String[] field : new String[][] {{"questionnaireId", m.questionnaireId()}, {"version", m.version()},
                    {"questionnaireVersion", m.questionnaireVersion()}}) {
                if (!Ids.isValid(field[1])) {
                    problems.add(RuleProblem.inFile(MANIFEST, field[0] + " must be " + Ids.RULE));
                }
            }
            return m;
        } catch (MalformedJson e) {
            problems.add(RuleProblem.inFile(MANIFEST, e.getMessage()));
            return null;
        } catch (JsonProcessingException e) {
            problems.add(RuleProblem.inFile(MANIFEST, e.getOriginalMessage()));
            return null;
        }
    }

    private static String hash(SortedMap<String, byte[]> files, String layer, SortedMap<String, byte[]> shared) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((name, bytes) -> update(digest, name, bytes));
            shared.forEach((name, bytes) -> update(digest, SharedLayers.FOLDER + "/" + layer + "/" + name, bytes));
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /**
     * What this rule set's ratings depend on: the questionnaire version it rates and every file
     * that is compiled or read as rules, tables or policy (its own files but the manifest and
     * tests, and its shared layer's), by name and content; unlike {@link #hash()}, notes and test
     * cases do not count. Two rule sets with the same rating content hash compile to the same
     * rules and rate every submission alike.
     */
    public String ratingContentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, "questionnaireVersion", manifest().questionnaireVersion().getBytes(StandardCharsets.UTF_8));
            for (String name : fileNames()) {
                if (!name.equals(MANIFEST) && !name.startsWith("tests/")) {
                    update(digest, name, bytes(name));
                }
            }
            for (String name : sharedFileNames()) {
                update(digest, "_shared/" + manifest().shared() + "/" + name, bytes(name));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static void update(MessageDigest digest, String name, byte[] bytes) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) 0);
        digest.update(bytes);
    }

    public RuleSetManifest manifest() {
        return manifest;
    }

    /** The questionnaire id and version from the manifest. */
    public RuleSetId id() {
        return new RuleSetId(manifest.questionnaireId(), manifest.version());
    }

    /**
     * {@code sha256:} and the hex SHA-256 of every file's name and content, in name order, then
     * of the shared layer's files (named {@code _shared/<layer>/<file>}) in name order.
     */
    public String hash() {
        return hash;
    }

    /** Every file name of the rule set itself (not its shared layer's), sorted. */
    public List<String> fileNames() {
        return List.copyOf(files.keySet());
    }

    /** The bytes of file {@code name}; the file must exist. */
    public byte[] bytes(String name) {
        byte[] bytes = files.getOrDefault(name, shared.get(name));
        if (bytes == null) {
            throw new IllegalArgumentException("no file " + name);
        }
        return bytes.clone();
    }

    /** The text of file {@code name} (its own or its shared layer's), decoded as UTF-8. */
    public String text(String name) {
        return new String(files.getOrDefault(name, shared.get(name)), StandardCharsets.UTF_8);
    }

    /** The files of the shared layer the manifest names, sorted; empty if it names none. */
    public List<String> sharedFileNames() {
        return List.copyOf(shared.keySet());
    }

    /** True if the rule set has a file {@code name} of its own. */
    public boolean has(String name) {
        return files.containsKey(name);
    }

    /**
     * The rule files, in name order: DRL, decision tables and threshold tables at the top of the
     * folder, and the shared layer's DRL files.
     */
    public List<String> ruleFiles() {
        TreeMap<String, Boolean> all = new TreeMap<>();
        files.keySet().stream().filter(RuleSetSource::isRuleFile).forEach(n -> all.put(n, true));
        shared.keySet().forEach(n -> all.put(n, true));
        return List.copyOf(all.keySet());
    }

    /** The test-case files under {@code tests/}. */
    public List<String> testFiles() {
        return files.keySet().stream().filter(n -> n.startsWith("tests/") && n.endsWith(".json")).toList();
    }

    /**
     * True for the file names that become rules: {@code .drl}, {@code .drl.csv}, {@code .drl.xlsx}
     * and threshold tables ({@link ThresholdTable#FILE_SUFFIX}).
     */
    public static boolean isRuleFile(String name) {
        return !name.contains("/") && (name.endsWith(".drl") || isDecisionTable(name) || isThresholdTable(name));
    }

    /** True for criterion threshold tables, e.g. {@code 20-thresholds.csv}. */
    public static boolean isThresholdTable(String name) {
        return !name.contains("/") && name.endsWith(ThresholdTable.FILE_SUFFIX);
    }

    /** True for spreadsheet decision tables. */
    public static boolean isDecisionTable(String name) {
        return name.endsWith(".drl.csv") || name.endsWith(".drl.xlsx") || name.endsWith(".drl.xls");
    }

    @Override
    public String toString() {
        return id() + " (" + hash.substring(0, 19) + ")";
    }
}
