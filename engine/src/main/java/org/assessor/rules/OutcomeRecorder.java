package org.assessor.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Follows one session's working memory: keeps each fact a rule inserted, with the rule's name,
 * and forgets it when truth maintenance retracts it. Not thread-safe; one per session.
 *
 * <p>Conclusions are filed by type as they are drawn, while they are still in the processor's
 * cache: a second pass over several hundred of them afterwards costs more than the filing. With
 * layered rule files they are rarely retracted, so the index from fact handle to conclusion is
 * built only when the first retraction or update arrives.
 */
final class OutcomeRecorder implements RuleRuntimeEventListener {
    private final List<Outcomes.Derived<?>> conclusions = new ArrayList<>(1024);
    private final List<FactHandle> handles = new ArrayList<>(1024);
    private final Map<Class<?>, List<Outcomes.Derived<?>>> byType = new HashMap<>();
    private Map<FactHandle, Integer> positions;

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null) {
            Outcomes.Derived<?> derived = new Outcomes.Derived<>(event.getObject(), event.getRule().getName());
            if (positions != null) {
                positions.put(event.getFactHandle(), conclusions.size());
            }
            conclusions.add(derived);
            handles.add(event.getFactHandle());
            byType.computeIfAbsent(derived.fact().getClass(), t -> new ArrayList<>()).add(derived);
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        Integer at = positions().get(event.getFactHandle());
        if (at != null) {
            Outcomes.Derived<?> old = conclusions.get(at);
            Outcomes.Derived<?> updated = new Outcomes.Derived<>(event.getObject(), old.rule());
            conclusions.set(at, updated);
            List<Outcomes.Derived<?>> ofType = byType.get(old.fact().getClass());
            ofType.set(ofType.lastIndexOf(old), updated);
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        Integer at = positions().remove(event.getFactHandle());
        if (at != null) {
            Outcomes.Derived<?> old = conclusions.set(at, null);
            byType.get(old.fact().getClass()).remove(old);
        }
    }

    private Map<FactHandle, Integer> positions() {
        if (positions == null) {
            positions = new HashMap<>(handles.size() * 2);
            for (int i = 0; i < handles.size(); i++) {
                if (conclusions.get(i) != null) {
                    positions.put(handles.get(i), i);
                }
            }
        }
        return positions;
    }

    Outcomes outcomes(int firings) {
        return new Outcomes(conclusions, byType, firings);
    }
}
