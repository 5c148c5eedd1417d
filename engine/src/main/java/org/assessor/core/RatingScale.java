package org.assessor.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The rating scale a questionnaire declares: its rated levels, best first, each with a code, a
 * label, a letter for tables and a colour for reports; and the two levels that are not ratings
 * (the item does not apply; nothing rated it), which leave every denominator. Code outside this
 * class works from a scale, never from level names. Given to every evaluation, so rules for any
 * scale can name its levels ({@code $scale.level( "met" )}).
 *
 * <p>Immutable; equal when the levels are.
 */
@Given
public final class RatingScale {
    /**
     * The E-MHIP scale: met, partly-met, not-met; not-applicable and not-rated. The scale of a
     * questionnaire that declares none.
     */
    public static final RatingScale MET_SCALE = new RatingScale(List.of(
            new Level(Rating.MET, "Met", "M", "#1a9850"),
            new Level(Rating.PARTLY_MET, "Partly met", "P", "#fdae61"),
            new Level(Rating.NOT_MET, "Not met", "N", "#d73027")),
            new Level(Rating.NOT_APPLICABLE, "Not applicable", "NA", "#bfbfbf"),
            new Level(Rating.NOT_RATED, "Not rated", "NR", "#ffffff"));

    /**
     * A level and how people see it.
     *
     * @param letter a short form for tables and heat maps, e.g. {@code P}
     * @param colour {@code #rrggbb}, for reports
     */
    public record Level(Rating rating, String label, String letter, String colour) {
        public Level {
            Objects.requireNonNull(rating, "rating");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(letter, "letter");
            Objects.requireNonNull(colour, "colour");
        }

        public String code() {
            return rating.code();
        }
    }

    /** How a questionnaire declares one level: code, label, letter and colour ({@code #rrggbb}). */
    public record Declared(String code, String label, String letter, String colour) {
    }

    private final List<Level> rated;
    private final Level notApplicable;
    private final Level notRated;
    private final Map<String, Level> byCode = new LinkedHashMap<>();
    private final List<Rating> all;
    private final List<Rating> ratedLevels;
    private final List<Level> levels;

    private RatingScale(List<Level> rated, Level notApplicable, Level notRated) {
        this.rated = List.copyOf(rated);
        this.notApplicable = notApplicable;
        this.notRated = notRated;
        List<Rating> ordered = new ArrayList<>();
        for (int i = this.rated.size() - 1; i >= 0; i--) {
            ordered.add(this.rated.get(i).rating());
        }
        ordered.add(notApplicable.rating());
        ordered.add(notRated.rating());
        this.all = List.copyOf(ordered);
        this.ratedLevels = this.rated.stream().map(Level::rating).toList();
        List<Level> everyLevel = new ArrayList<>(this.rated);
        everyLevel.add(notApplicable);
        everyLevel.add(notRated);
        this.levels = List.copyOf(everyLevel);
        for (Level level : this.rated) {
            byCode.put(level.code(), level);
        }
        byCode.put(notApplicable.code(), notApplicable);
        byCode.put(notRated.code(), notRated);
    }

    /**
     * The scale of the {@code rated} levels (best first: their ranks follow from the order), and
     * the not-applicable and not-rated levels.
     *
     * @throws IllegalArgumentException if a code is used twice or there is no rated level
     */
    public static RatingScale of(List<Declared> rated, Declared notApplicable, Declared notRated) {
        if (rated.isEmpty()) {
            throw new IllegalArgumentException("a scale needs at least one rated level");
        }
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < rated.size(); i++) {
            Declared l = rated.get(i);
            levels.add(new Level(Rating.of(l.code(), rated.size() - 1 - i), l.label(), l.letter(), l.colour()));
        }
        RatingScale scale = new RatingScale(levels, unranked(notApplicable), unranked(notRated));
        if (scale.byCode.size() != rated.size() + 2) {
            throw new IllegalArgumentException("every level of a scale needs a code of its own");
        }
        return scale;
    }

    private static Level unranked(Declared l) {
        return new Level(Rating.of(l.code(), -1), l.label(), l.letter(), l.colour());
    }

    /** The level {@code code}. @throws IllegalArgumentException if the scale has none */
    public Rating level(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("the scale has no level '" + code
                + "'; it has " + String.join(", ", byCode.keySet())));
    }

    /** The level {@code code}, if the scale has it. */
    public Optional<Rating> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code)).map(Level::rating);
    }

    /** How people see {@code rating}. @throws IllegalArgumentException if it is not of this scale */
    public Level describe(Rating rating) {
        Level level = byCode.get(rating.code());
        if (level == null || !level.rating().equals(rating)) {
            throw new IllegalArgumentException("'" + rating + "' is not a level of this scale");
        }
        return level;
    }

    /** The rated levels, best first. */
    public List<Rating> rated() {
        return ratedLevels;
    }

    /** Every level, lowest rated first, then not-applicable and not-rated: the order of counts. */
    public List<Rating> all() {
        return all;
    }

    /** Every level as people see it, best first, then not-applicable and not-rated. */
    public List<Level> levels() {
        return levels;
    }

    /** The best level. */
    public Rating top() {
        return rated.get(0).rating();
    }

    /** The lowest rated level. */
    public Rating bottom() {
        return rated.get(rated.size() - 1).rating();
    }


    /** The level that says the item does not apply. */
    public Rating notApplicable() {
        return notApplicable.rating();
    }

    /** The level of an item nothing rated. */
    public Rating notRated() {
        return notRated.rating();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof RatingScale s && s.levels().equals(levels());
    }

    @Override
    public int hashCode() {
        return levels().hashCode();
    }

    @Override
    public String toString() {
        return "RatingScale" + byCode.keySet();
    }
}
