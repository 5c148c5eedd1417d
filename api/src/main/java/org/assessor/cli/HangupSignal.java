package org.assessor.cli;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an action when the process receives SIGHUP ({@code kill -HUP PID}), instead of the JVM's
 * default of shutting down. Uses {@code sun.misc.Signal} (module {@code jdk.unsupported}),
 * reached reflectively because javac warns about it at every use; on a JVM or platform without
 * it nothing is installed and {@link #onHangup} says so.
 */
final class HangupSignal {
    private static final Logger LOG = LoggerFactory.getLogger(HangupSignal.class);

    private HangupSignal() {
    }

    /** Calls {@code action} on every SIGHUP, on the JVM's signal thread; true if installed. */
    static boolean onHangup(Runnable action) {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
            InvocationHandler calls = (proxy, method, args) -> switch (method.getName()) {
                case "handle" -> {
                    action.run();
                    yield null;
                }
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> "SIGHUP handler";
            };
            Object hup = signal.getConstructor(String.class).newInstance("HUP");
            Object proxy = Proxy.newProxyInstance(HangupSignal.class.getClassLoader(), new Class<?>[] {handler}, calls);
            signal.getMethod("handle", signal, handler).invoke(null, hup, proxy);
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.info("SIGHUP cannot be handled on this platform ({}); restart the server to rotate tokens",
                    e.toString());
            return false;
        }
    }
}
