package org.assessor.api;

import java.util.List;

/** Rounds, newest first. */
public record RoundListView(List<RoundView> items) {
}
