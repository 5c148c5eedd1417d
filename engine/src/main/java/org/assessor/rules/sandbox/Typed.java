package org.assessor.rules.sandbox;

/**
 * What the guard knows of an expression's value: its type ({@code Object} when unknown), whether it
 * is a literal, and how many texts that are not literals a string concatenation joins.
 */
record Typed(Class<?> type, boolean literal, int texts) {
    static final Typed UNKNOWN = new Typed(Object.class, false, 0);
    /** A value whose expression was refused; compared by identity, so that nothing is refused twice for it. */
    static final Typed REFUSED = new Typed(Object.class, false, 0);
    static final Typed BOOLEAN = new Typed(Boolean.class, false, 0);
    static final Typed NUMBER = new Typed(Number.class, false, 0);

    static Typed of(Class<?> type) {
        return new Typed(Vocabulary.boxed(type), false, 0);
    }

    static Typed literal(Class<?> type) {
        return new Typed(type, true, 0);
    }

    /** True if the value may be text (a string, or a value of unknown type). */
    boolean textual() {
        return type == String.class || type == Object.class || type == CharSequence.class;
    }

    /** The number of non-literal texts this value contributes to a concatenation. */
    int textsJoined() {
        return texts > 0 ? texts : textual() && !literal ? 1 : 0;
    }

    boolean numeric() {
        return Number.class.isAssignableFrom(type);
    }
}
