package dev.neurona.lesson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Links the first use of each glossary term in a lesson to its definition. Headings, links and
 * code are left alone; only whole words match, so "peso" does not match inside "pesos" unless
 * "pesos" is one of its forms.
 */
final class GlossaryLinker {

    static final String PREFIX = "/glossary#";

    private final List<Glossary.Term> terms;
    private final List<Pattern> patterns = new ArrayList<>();

    GlossaryLinker(Glossary glossary) {
        this.terms = glossary.terms();
        for (Glossary.Term term : terms) {
            String alternatives = String.join("|", term.forms().stream()
                    .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList());
            patterns.add(alternatives.isEmpty() ? null
                    : Pattern.compile("(?<![\\p{L}\\p{N}])(" + alternatives + ")(?![\\p{L}\\p{N}])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
    }

    void link(Node document) {
        if (terms.isEmpty()) {
            return;
        }
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                if (!inside(text)) {
                    texts.add(text);
                }
            }
        });
        Set<Integer> linked = new HashSet<>();
        for (Text text : texts) {
            linkFirstTerm(text, linked);
        }
    }

    private void linkFirstTerm(Text text, Set<Integer> linked) {
        String literal = text.getLiteral();
        int bestTerm = -1;
        Matcher best = null;
        for (int t = 0; t < terms.size(); t++) {
            if (linked.contains(t) || patterns.get(t) == null) {
                continue;
            }
            Matcher m = patterns.get(t).matcher(literal);
            while (m.find()) {
                if (isProperNoun(literal, m.start(), m.end())) {
                    continue;
                }
                if (best == null || m.start() < best.start()) {
                    best = m;
                    bestTerm = t;
                }
                break;
            }
        }
        if (best == null) {
            return;
        }
        linked.add(bestTerm);
        Glossary.Term term = terms.get(bestTerm);
        Link link = new Link(PREFIX + term.id(), term.definition());
        link.appendChild(new Text(literal.substring(best.start(), best.end())));
        Text after = new Text(literal.substring(best.end()));
        text.setLiteral(literal.substring(0, best.start()));
        text.insertAfter(link);
        link.insertAfter(after);
        linkFirstTerm(after, linked);
    }

    /**
     * A capitalised word in the middle of a sentence is a name, not the term: "la plataforma
     * Neurona" is not a neuron. Acronyms such as ReLU still match.
     */
    static boolean isProperNoun(String text, int start, int end) {
        String word = text.substring(start, end);
        boolean capitalised = Character.isUpperCase(word.charAt(0))
                && word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT)) && word.length() > 1;
        if (!capitalised) {
            return false;
        }
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        boolean sentenceStart = i < 0 || ".!?¿¡:«(\"".indexOf(text.charAt(i)) >= 0;
        return !sentenceStart;
    }

    private static boolean inside(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Heading || parent instanceof Link || parent instanceof Code) {
                return true;
            }
        }
        return false;
    }

    static boolean isTermLink(String destination) {
        return destination != null && destination.toLowerCase(Locale.ROOT).startsWith(PREFIX);
    }
}
