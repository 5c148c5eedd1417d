package org.assessor.api;

import java.util.List;
import org.assessor.round.IssuedLink;

/**
 * Links just made or renewed, with their messages: {@code mail} says whether messages went by mail
 * ({@code smtp}) or must be copied to the invitees by hand ({@code none}).
 */
public record IssuedLinksView(String mail, List<IssuedLinkView> links) {

    public static IssuedLinksView of(List<IssuedLink> links, boolean sendsMail) {
        return new IssuedLinksView(sendsMail ? "smtp" : "none", links.stream().map(IssuedLinkView::of).toList());
    }
}
