package io.github.policyreport.internal.quantity;

import io.github.policyreport.internal.text.NormalizedText;
import io.github.policyreport.internal.text.Normalizer;
import io.github.policyreport.mention.QuantityMention;
import io.github.policyreport.model.Quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds and resolves the quantities of a text: {@link QuantityExtractor} finds the mentions in the
 * normalized text ({@link Normalizer}: Simplified, half-width), {@link QuantityResolver} resolves
 * them, and the spans index the text as given; a minus sign before the number ({@link Signs}) widens the span and
 * marks the mention negative. Stateless and thread-safe.
 *
 * <p>Public because the facade's quantity probe ({@code Mentions}) calls it.
 */
public final class QuantityEngine {

    private QuantityEngine() {
    }

    /**
     * A mention found in normalized text, with its quantity.
     *
     * @param raw      the mention's parts and offsets
     * @param quantity its resolved quantity
     */
    record Found(RawMention raw, Quantity quantity) {
    }

    /**
     * Every quantity mention in {@code text}, in order: the text is normalized as the pipeline
     * normalizes a page ({@link Normalizer}), and the spans index {@code text} as given.
     */
    public static List<QuantityMention> find(String text) {
        return find(QuantityRules.defaults(), text);
    }

    /** {@link #find(String)} with the number grammar of {@code rules}. */
    public static List<QuantityMention> find(QuantityRules rules, String text) {
        Objects.requireNonNull(rules, "rules");
        NormalizedText nt = Normalizer.normalize(Objects.requireNonNull(text, "text"));
        String t = nt.text();
        Rules r = rules.rules;
        List<QuantityMention> out = new ArrayList<>();
        for (Found f : scan(r, t, 0, t.length())) {
            RawMention m = f.raw();
            int sign = m.start() == m.numStart() && m.high() == null ? Signs.signStart(r, t, m.start()) : -1;
            int start = sign < 0 ? m.start() : sign;
            out.add(new QuantityMention(nt.span(start, m.end()), f.quantity(), sign >= 0));
        }
        return List.copyOf(out);
    }

    /** The resolved mentions in {@code [from, to)} of normalized text. */
    static List<Found> scan(Rules rules, String t, int from, int to) {
        List<Found> out = new ArrayList<>();
        for (RawMention m : QuantityExtractor.find(rules, t, from, to)) {
            Optional<Quantity> q;
            try {
                q = QuantityResolver.resolve(rules, m);
            } catch (ArithmeticException | IllegalArgumentException e) {
                q = Optional.empty();
            }
            q.ifPresent(quantity -> out.add(new Found(m, quantity)));
        }
        return out;
    }
}
