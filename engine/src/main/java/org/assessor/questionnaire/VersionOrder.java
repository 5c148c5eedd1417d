package org.assessor.questionnaire;

import java.util.Comparator;

/**
 * Orders version strings such as {@code 1.2.0} and {@code 1.10.0} part by part, numerically
 * where both parts are numbers and as text otherwise, so {@code 1.10.0} follows {@code 1.9.0}.
 */
public enum VersionOrder implements Comparator<String> {
    INSTANCE;

    @Override
    public int compare(String a, String b) {
        String[] left = a.split("[.-]");
        String[] right = b.split("[.-]");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int c = comparePart(left[i], right[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static int comparePart(String a, String b) {
        boolean numbers = a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit)
                && !a.isEmpty() && !b.isEmpty() && a.length() < 10 && b.length() < 10;
        return numbers ? Integer.compare(Integer.parseInt(a), Integer.parseInt(b)) : a.compareTo(b);
    }
}
