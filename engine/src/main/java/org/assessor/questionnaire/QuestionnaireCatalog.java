package org.assessor.questionnaire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every questionnaire version Assessor knows, loaded once from a folder laid out as
 * {@code <id>/<version>.json}. Immutable and thread-safe.
 */
public final class QuestionnaireCatalog {
    private static final Comparator<String> VERSION_ORDER = VersionOrder.INSTANCE;

    private final Map<String, TreeMap<String, Questionnaire>> byId;
    /** By id and exact version, for {@link #get}: the ordered maps compare versions part by part. */
    private final Map<String, Map<String, Questionnaire>> exactly = new HashMap<>();

    private QuestionnaireCatalog(Map<String, TreeMap<String, Questionnaire>> byId) {
        this.byId = byId;
        byId.forEach((id, versions) -> exactly.put(id, new HashMap<>(versions)));
    }

    /** A catalog of the given questionnaires. */
    public static QuestionnaireCatalog of(Collection<Questionnaire> questionnaires) {
        Map<String, TreeMap<String, Questionnaire>> byId = new LinkedHashMap<>();
        for (Questionnaire q : questionnaires) {
            byId.computeIfAbsent(q.id(), id -> new TreeMap<>(VERSION_ORDER)).put(q.version(), q);
        }
        return new QuestionnaireCatalog(byId);
    }

    /**
     * Loads every {@code <id>/<version>.json} below {@code folder}.
     *
     * @throws QuestionnaireInvalid if a definition is invalid, or its id or version disagree
     *                              with its place in the folder
     */
    public static QuestionnaireCatalog load(Path folder) {
        QuestionnaireReader reader = new QuestionnaireReader();
        List<Questionnaire> all = new ArrayList<>();
        try (Stream<Path> ids = Files.list(folder)) {
            for (Path idFolder : ids.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(idFolder)) {
                    for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                        Questionnaire q = reader.read(file);
                        String expectedVersion = file.getFileName().toString().replaceFirst("\\.json$", "");
                        String expectedId = idFolder.getFileName().toString().replace("/", "");
                        if (!q.id().equals(expectedId) || !q.version().equals(expectedVersion)) {
                            throw new QuestionnaireInvalid(file.toString(), List.of("its id and version (" + q.id()
                                    + " " + q.version() + ") must match its path " + expectedId + "/"
                                    + expectedVersion + ".json"));
                        }
                        all.add(q);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read questionnaires from " + folder, e);
        }
        return of(all);
    }

    /** The latest version of each questionnaire, by id. */
    public List<Questionnaire> latest() {
        return byId.values().stream().map(versions -> versions.lastEntry().getValue()).toList();
    }

    /** The latest version of questionnaire {@code id}. */
    public Questionnaire latest(String id) {
        return versions(id).lastEntry().getValue();
    }

    /** Version {@code version} of questionnaire {@code id}. */
    public Questionnaire get(String id, String version) {
        Questionnaire q = exactly.getOrDefault(id, Map.of()).get(version);
        if (q == null) {
            q = versions(id).get(version);
        }
        if (q == null) {
            throw new NoSuchQuestionnaire("questionnaire '" + id + "' has no version '" + version + "'; known: "
                    + String.join(", ", byId.get(id).keySet()));
        }
        return q;
    }

    /** The versions of questionnaire {@code id}, in version order. */
    private TreeMap<String, Questionnaire> versions(String id) {
        TreeMap<String, Questionnaire> versions = byId.get(id);
        if (versions == null) {
            throw new NoSuchQuestionnaire("no questionnaire '" + id + "'; known: " + String.join(", ", byId.keySet()));
        }
        return versions;
    }

    /** True if questionnaire {@code id} is known. */
    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** True if questionnaire {@code id} has version {@code version}. */
    public boolean contains(String id, String version) {
        return byId.containsKey(id) && byId.get(id).containsKey(version);
    }

    /** The ids of every known questionnaire. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }
}
