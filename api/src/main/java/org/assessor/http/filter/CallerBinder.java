package org.assessor.http.filter;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.function.Supplier;
import org.assessor.access.Caller;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.process.internal.RequestScoped;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * Lets resources take the request's {@link Caller} as a {@code @Context Caller} parameter: the
 * caller {@link AccessFilter} worked out. Asking for it on an endpoint the policy leaves open
 * (where no caller is worked out) is a programming error, and fails the request.
 */
public final class CallerBinder extends AbstractBinder {

    @Override
    protected void configure() {
        bindFactory(CallerSupplier.class).to(Caller.class).in(RequestScoped.class);
    }

    /** Reads the caller from the request. */
    static final class CallerSupplier implements Supplier<Caller> {
        private final Provider<ContainerRequest> request;

        @Inject
        CallerSupplier(Provider<ContainerRequest> request) {
            this.request = request;
        }

        @Override
        public Caller get() {
            if (request.get().getProperty(AccessFilter.CALLER) instanceof Caller caller) {
                return caller;
            }
            throw new IllegalStateException("no caller for " + request.get().getRequestUri().getRawPath()
                    + ": the access policy leaves it open, so its resource may not ask who calls");
        }
    }
}
