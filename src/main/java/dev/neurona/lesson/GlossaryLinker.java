package dev.neurona.lesson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private final Map<String, Integer> termOfForm = new HashMap<>();
    private final Pattern anyForm;

    GlossaryLinker(Glossary glossary) {
        this.terms = glossary.terms();
        List<String> forms = new ArrayList<>();
        for (int t = 0; t < terms.size(); t++) {
            for (String form : terms.get(t).forms()) {
                if (termOfForm.putIfAbsent(form.toLowerCase(Locale.ROOT), t) == null) {
                    forms.add(form);
                }
            }
        }
        // one pattern for every form, longest first, so each text is scanned once
        forms.sort((a, b) -> b.length() - a.length());
        this.anyForm = forms.isEmpty() ? null : Pattern.compile(
                "(?<![\\p{L}\\p{N}])(" + String.join("|", forms.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    void link(Node document) {
        if (anyForm == null) {
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
        Matcher m = anyForm.matcher(literal);
        while (m.find()) {
            Integer term = termOfForm.get(m.group(1).toLowerCase(Locale.ROOT));
            if (term == null || linked.contains(term) || isProperNoun(literal, m.start(), m.end())) {
                continue;
            }
            linked.add(term);
            Glossary.Term entry = terms.get(term);
            Link link = new Link(PREFIX + entry.id(), entry.definition());
            link.appendChild(new Text(literal.substring(m.start(), m.end())));
            Text after = new Text(literal.substring(m.end()));
            text.setLiteral(literal.substring(0, m.start()));
            text.insertAfter(link);
            link.insertAfter(after);
            linkFirstTerm(after, linked);
            return;
        }
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
