package org.rogatory.execution.domain;

import java.util.List;
import java.util.Optional;

/** The bars of the jurisdiction and the cities each covers; a city may have several (Brussels has two). */
public final class BarDirectory {

    private final List<Bar> bars;

    public BarDirectory(List<Bar> bars) {
        this.bars = List.copyOf(bars);
    }

    public List<Bar> all() {
        return bars;
    }

    public Optional<Bar> bar(String id) {
        return bars.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    /** The bars covering a city, by any of the names the directory knows it under. */
    public List<Bar> forCity(String city) {
        return bars.stream().filter(b -> b.districts().stream().anyMatch(d -> Names.same(d, city))).toList();
    }

    /** The bars whose president must hear of a search at this place: the one named, else every bar of its city. */
    public List<Bar> forPlace(ExecutionPlan.Place place) {
        if (place.bar() != null) {
            return bar(place.bar()).map(List::of).orElse(List.of());
        }
        return forCity(place.city());
    }
}
