package org.assessor.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Follows one session's working memory: keeps each fact a rule inserted, with the rule's name,
 * and forgets it when truth maintenance retracts it. Not thread-safe; one per session.
 */
final class OutcomeRecorder implements RuleRuntimeEventListener {
    /** Room for the conclusions of a large evaluation without rehashing on the way. */
    private static final int EXPECTED_CONCLUSIONS = 2048;
    private final Map<FactHandle, Outcomes.Derived> live = new LinkedHashMap<>(EXPECTED_CONCLUSIONS * 4 / 3 + 1);

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null) {
            live.put(event.getFactHandle(), new Outcomes.Derived(event.getObject(), event.getRule().getName()));
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        Outcomes.Derived old = live.get(event.getFactHandle());
        if (old != null) {
            live.put(event.getFactHandle(), new Outcomes.Derived(event.getObject(), old.rule()));
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        live.remove(event.getFactHandle());
    }

    Outcomes outcomes(int firings) {
        return new Outcomes(live.values(), firings);
    }
}
