package org.assessor.web;

import java.util.List;
import org.assessor.round.IssuedLink;

/** Links just made or renewed, shown once: each with its person and message; whether mail went out. */
public record LinksPage(String roundId, String heading, List<IssuedLink> links, boolean mail) {
}
