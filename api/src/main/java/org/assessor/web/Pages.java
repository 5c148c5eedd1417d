package org.assessor.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * Renders the JTE templates compiled with the code (escaping by HTML context; raw output only
 * where a template says {@code $unsafe}) into responses that browsers and proxies never store.
 * Thread-safe.
 */
public final class Pages {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** The HTML of {@code template} (e.g. {@code "sign-in.jte"}) with {@code page} and {@code model}. */
    public String html(String template, Page page, Object model) {
        StringOutput output = new StringOutput();
        engine.render(template, model == null ? Map.of("page", page) : Map.of("page", page, "model", model), output);
        return output.toString();
    }

    /** A 200 (or {@code status}) response with the HTML of {@code template}. */
    public Response render(int status, String template, Page page, Object model) {
        return Response.status(status).entity(html(template, page, model)).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .cacheControl(noStore()).build();
    }

    /** A {@code status} page titled {@code title} saying {@code message}: for a page that cannot be shown. */
    public Response problem(int status, WebContext web, String title, String message) {
        return render(status, "error.jte", web.page(title), message);
    }

    /** Where {@code person} starts: a peer reviewer rates sites; an auditor keeps rule sets; everyone else sees rounds. */
    public static String startOf(Accounts.SignedIn person) {
        return switch (person.caller().role()) {
            case PEER_REVIEWER -> "/peer";
            case AUDITOR -> "/rulesets";
            default -> "/rounds";
        };
    }

    /** A 303 to {@code path}, after a form: post, redirect, get. */
    public static Response seeOther(String path) {
        return Response.seeOther(java.net.URI.create(path)).cacheControl(noStore()).build();
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        cache.setNoCache(true);
        return cache;
    }
}
