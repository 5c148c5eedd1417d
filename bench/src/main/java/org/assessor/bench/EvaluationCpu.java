package org.assessor.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The CPU time of the threads an evaluation runs on: the caller's threads, and the threads the
 * engine runs its Drools sessions on ({@code assessor-rules-N}, see {@code RuleRunner}), so that
 * work handed from one to the other is counted once and in full.
 */
final class EvaluationCpu {
    private static final String SESSION_THREADS = "assessor-rules-";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private EvaluationCpu() {
    }

    /** CPU nanoseconds so far of each live thread that is a session thread or named as {@code callers} accepts. */
    static Map<Long, Long> byThread(Predicate<String> callers) {
        Map<Long, Long> times = new HashMap<>();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && (callers.test(info.getThreadName()) || info.getThreadName().startsWith(SESSION_THREADS))) {
                long cpu = THREADS.getThreadCpuTime(info.getThreadId());
                if (cpu >= 0) {
                    times.put(info.getThreadId(), cpu);
                }
            }
        }
        return times;
    }

    /** The CPU nanoseconds spent between two {@link #byThread} readings (threads new since {@code before} count from 0). */
    static long between(Map<Long, Long> before, Map<Long, Long> after) {
        long nanos = 0;
        for (Map.Entry<Long, Long> thread : after.entrySet()) {
            nanos += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
        }
        return nanos;
    }
}
